using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Web;

public static class Etag
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The version an <c>If-Match</c> header asks for; null when absent or "*".</summary>
    public static int? ParseIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        value = value.Trim('"');
        return int.TryParse(value, out var version) && version > 0
            ? version
            : throw Invalid.Field("If-Match", ProblemCode.IfMatchInvalid, $"If-Match must be the ETag of the case, such as \"3\"; got {ifMatch}.", new { value = ifMatch });
    }
}
