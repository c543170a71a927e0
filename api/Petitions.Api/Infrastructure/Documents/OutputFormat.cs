using Microsoft.Net.Http.Headers;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>What a document endpoint can answer with.</summary>
public enum OutputFormat
{
    Json,
    Docx,
    Csv,
    Html,
    Xlsx,
}

public static class OutputFormats
{
    public static readonly ProblemCode UnknownFormat = new("document.format.unknown");

    private static readonly Dictionary<string, OutputFormat> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json"] = OutputFormat.Json,
        [Docx.ContentType] = OutputFormat.Docx,
        ["text/csv"] = OutputFormat.Csv,
        [Xlsx.ContentType] = OutputFormat.Xlsx,
    };

    /// <summary>
    /// The format asked for: <c>?format=</c> wins; without it the <c>Accept</c> media type of highest quality that this
    /// endpoint offers (JSON, Word, CSV or Excel); otherwise <paramref name="fallback"/>. HTML is given only on <c>?format=html</c>,
    /// so a browser opening the JSON address still gets JSON. An unknown or unoffered format is a 400 naming
    /// <c>format</c>.
    /// </summary>
    public static OutputFormat Resolve(string? format, string? accept, OutputFormat fallback, params OutputFormat[] offered)
    {
        if (format is not null)
        {
            if (Enum.TryParse<OutputFormat>(format.Trim(), ignoreCase: true, out var asked) &&
                !char.IsDigit(format.Trim().FirstOrDefault('0')) && offered.Contains(asked))
            {
                return asked;
            }

            var names = offered.Select(f => f.ToString().ToLowerInvariant()).ToArray();
            throw Invalid.Field(
                "format",
                UnknownFormat,
                $"'{format}' is not a format of this document; use one of: {string.Join(", ", names)}.",
                new { value = format, allowed = names });
        }

        if (!string.IsNullOrWhiteSpace(accept) && MediaTypeHeaderValue.TryParseList([accept], out var mediaTypes))
        {
            foreach (var mediaType in mediaTypes.OrderByDescending(m => m.Quality ?? 1))
            {
                if (MediaTypes.TryGetValue(mediaType.MediaType.Value ?? "", out var wanted) && offered.Contains(wanted))
                {
                    return wanted;
                }
            }
        }

        return fallback;
    }
}
