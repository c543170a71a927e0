namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    /// <summary>Key for signing access tokens (at least 32 bytes, base64). Left out on the embedded default, one is made and kept beside the database.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The sign-in cookie ends after this long without a request…</summary>
    public TimeSpan CookieIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>…and after this long in any case.</summary>
    public TimeSpan CookieAbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>
    /// How long the per-request check may trust what it last read of a user. Changes made through this instance apply
    /// at once; this bounds how late another instance, or an edit straight in the database, is noticed. Zero reads
    /// the user on every request.
    /// </summary>
    public TimeSpan UserCacheLifetime { get; set; } = TimeSpan.FromSeconds(5);

    public int LockoutAfterFailures { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int SignInsPerAddressPerMinute { get; set; } = 30;

    public int PetitionsPerUserPerMinute { get; set; } = 60;

    /// <summary>Set to trust an OpenID Connect provider's access tokens instead of Petitions' own.</summary>
    public OidcOptions Oidc { get; set; } = new();
}

public sealed class OidcOptions
{
    /// <summary>The provider, e.g. https://login.example.gov.vn/realms/hanoi. Setting it switches OIDC on.</summary>
    public string? Authority { get; set; }

    /// <summary>The API's client id, expected as the token's audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>The claim naming the Petitions user (created by an Admin, without a password).</summary>
    public string UsernameClaim { get; set; } = "preferred_username";

    /// <summary>The claim carrying the provider's role, if the provider decides roles.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>Provider role value → Petitions role, e.g. "ward-dispatcher" → "Dispatcher".</summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
