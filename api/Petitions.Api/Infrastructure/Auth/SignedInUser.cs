using System.Security.Claims;
using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>A user as their token or cookie carries them.</summary>
public sealed record SignedInUser
{
    public long Id { get; init; }

    public string Username { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public Role Role { get; init; }

    public long? WardId { get; init; }

    public long? DepartmentId { get; init; }

    public string? Organisation { get; init; }

    public string SecurityStamp { get; init; } = "";

    public const string Columns =
        """
        id AS Id, username AS Username, display_name AS DisplayName, role AS Role, ward_id AS WardId,
        department_id AS DepartmentId, organisation AS Organisation, security_stamp AS SecurityStamp
        """;

    public IEnumerable<Claim> Claims(string session)
    {
        yield return new Claim(PetitionsClaims.Session, session);
        yield return new Claim(PetitionsClaims.UserId, Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new Claim(PetitionsClaims.Username, Username);
        yield return new Claim(PetitionsClaims.Role, Role.ToString());
        yield return new Claim(PetitionsClaims.SecurityStamp, SecurityStamp);
        if (WardId is not null)
        {
            yield return new Claim(PetitionsClaims.Ward, WardId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (DepartmentId is not null)
        {
            yield return new Claim(PetitionsClaims.Department, DepartmentId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Organisation is not null)
        {
            yield return new Claim(PetitionsClaims.Organisation, Organisation);
        }
    }

    public ClaimsPrincipal ToPrincipal(string authenticationType, string session) =>
        new(new ClaimsIdentity(Claims(session), authenticationType, PetitionsClaims.Username, PetitionsClaims.Role));

    /// <summary>A new sign-in's id: random, so that it cannot be guessed from another.</summary>
    public static string NewSession() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
