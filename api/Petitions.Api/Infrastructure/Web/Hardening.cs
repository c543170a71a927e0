using Microsoft.AspNetCore.Http.Features;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>Response headers every page and answer carries, and a cap on request bodies.</summary>
public static class Hardening
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    // The web app loads only its own scripts; Swagger UI's styles are inline.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseHardening(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;

        await next(http);
    });

    /// <summary>
    /// Caps request bodies at 1 MiB, or at the endpoint's <see cref="UploadLimit"/> for its uploads; after routing,
    /// which tells the endpoint.
    /// </summary>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = MaxRequestBodyBytes;
        if (http.Request.HasFormContentType && http.GetEndpoint()?.Metadata.GetMetadata<UploadLimit>() is { } upload)
        {
            limit = upload.Bytes;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        if (http.Request.ContentLength > limit)
        {
            await ProblemResponses.Write(
                http,
                StatusCodes.Status413PayloadTooLarge,
                ProblemCode.PayloadTooLarge,
                "Request too large",
                $"Request bodies are limited to {limit / 1024} KiB.",
                new { limitKiB = limit / 1024 });
            return;
        }

        await next(http);
    });
}

/// <summary>An endpoint's own cap on uploads (multipart/form-data), instead of the 1 MiB every other body has.</summary>
public sealed record UploadLimit(long Bytes);
