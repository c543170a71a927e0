using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>One file of a multipart/form-data upload, with the form's other fields.</summary>
public sealed record Upload(string FileName, byte[] Content, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// Reads a multipart/form-data upload into memory, its file capped at the endpoint's limit. Unlike
/// <c>ReadFormAsync</c>, nothing is buffered to a temporary file, so a process killed mid-upload leaves no file
/// behind: what is kept of an upload is only what its command commits.
/// </summary>
public static class Uploads
{
    private const int MaxFieldBytes = 4096;

    /// <summary>The first file of the form (or the one in <paramref name="fileField"/>); null when it holds none.</summary>
    public static async Task<Upload?> Read(HttpRequest request, long maxFileBytes, string fileField, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UnsupportedMediaTypeException("Send the file as multipart/form-data.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Upload? upload = null;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                var content = await ReadCapped(section.Body, maxFileBytes, ct);
                if (upload is null || name == fileField)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    upload = new Upload(fileName, content, fields);
                }
            }
            else
            {
                var value = await ReadCapped(section.Body, MaxFieldBytes, ct);
                fields[name] = Encoding.UTF8.GetString(value);
            }
        }

        return upload;
    }

    private static async Task<byte[]> ReadCapped(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new PayloadTooLargeException(max);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
