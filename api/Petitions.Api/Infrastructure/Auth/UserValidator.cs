using System.Security.Claims;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>
/// On every request, checks the token's or cookie's user against the database (through <see cref="UserCache"/>): a
/// disabled user, or one whose access changed since (new password, role, department), is signed out at once.
/// </summary>
public sealed class UserValidator(AuthOptions options, UserCache cache)
{
    private const string ActiveUser = $"SELECT {SignedInUser.Columns} FROM users WHERE is_disabled = 0 AND ";

    public async Task<ClaimsPrincipal?> Refresh(ClaimsPrincipal principal, string authenticationType, Db db, CancellationToken cancellationToken)
    {
        if (options.Oidc.Enabled && authenticationType == SignInSchemes.Bearer)
        {
            return await FromProvider(principal, db, cancellationToken);
        }

        if (!long.TryParse(principal.FindFirstValue(PetitionsClaims.UserId), out var id))
        {
            return null;
        }

        var user = await cache.Get(id, () => db.QuerySingleOrDefault<SignedInUser>(ActiveUser + "id = @Id", new { Id = id }, cancellationToken));
        return user is not null && user.SecurityStamp == principal.FindFirstValue(PetitionsClaims.SecurityStamp)
            ? user.ToPrincipal(authenticationType)
            : null;
    }

    /// <summary>The claim's provider role mapped to a Petitions role (through <c>Auth:Oidc:RoleMap</c>), if any.</summary>
    public Role? ProviderRole(ClaimsPrincipal principal)
    {
        if (options.Oidc.RoleClaim is null)
        {
            return null;
        }

        foreach (var value in principal.FindAll(options.Oidc.RoleClaim).Select(c => c.Value))
        {
            var mapped = options.Oidc.RoleMap.GetValueOrDefault(value, value);
            if (Enum.TryParse<Role>(mapped, ignoreCase: false, out var role) && Enum.IsDefined(role))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>An OpenID Connect provider vouches for who the user is; the user's ward and scope are Petitions'.</summary>
    private async Task<ClaimsPrincipal?> FromProvider(ClaimsPrincipal principal, Db db, CancellationToken cancellationToken)
    {
        var username = principal.FindFirstValue(options.Oidc.UsernameClaim);
        if (string.IsNullOrEmpty(username))
        {
            return null;
        }

        var user = await db.QuerySingleOrDefault<SignedInUser>(ActiveUser + "username = @Username", new { Username = username }, cancellationToken);
        return user is null ? null : (user with { Role = ProviderRole(principal) ?? user.Role }).ToPrincipal(SignInSchemes.Bearer);
    }
}
