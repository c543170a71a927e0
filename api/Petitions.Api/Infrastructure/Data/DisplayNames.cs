namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// Records name their users by username (an event's actor, a reply's author); screens show people by their display
/// name. Usernames are unique, so the lookup is one index seek; it gives NULL for an actor that is no user ("seed").
/// </summary>
public static class DisplayNames
{
    public static string Of(string usernameColumn) =>
        $"(SELECT u.display_name FROM users u WHERE u.username = {usernameColumn})";
}
