namespace Petitions.Api.Infrastructure.Auth;

/// <summary>The claims Petitions puts in its tokens and cookies.</summary>
public static class PetitionsClaims
{
    public const string UserId = "sub";
    public const string Username = "name";
    public const string Role = "role";
    public const string Ward = "ward";
    public const string Department = "department";
    public const string Organisation = "organisation";
    public const string SecurityStamp = "stamp";

    /// <summary>The sign-in a token or cookie belongs to; signing out ends it (<c>ended_sessions</c>).</summary>
    public const string Session = "sid";
}
