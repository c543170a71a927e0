using Microsoft.AspNetCore.StaticFiles;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// The web app (web-client/, built into wwwroot/ by the project's BuildWebClient target) served from the API's
/// own origin: its files, and index.html for every other path that is not the API's or Swagger's.
/// </summary>
public static class WebClient
{
    private const string Immutable = "public, max-age=31536000, immutable";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // Best first: what the build wrote beside each file under assets/ (vite.config.ts, precompress).
    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static IApplicationBuilder UseWebClient(this IApplicationBuilder app)
    {
        app.Use(ServePrecompressed);
        app.UseDefaultFiles();
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // File names under assets/ carry their content hash: keep them; always re-check index.html.
                var headers = context.Context.Response.Headers;
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets") ? Immutable : "no-cache";
            },
        });
    }

    public static void MapWebClientFallback(this IEndpointRouteBuilder app) =>
        // Client-side routes (/cases/12, /petitions/new) load the app, which then asks the API. Paths under /api and
        // /swagger, and paths of files (/assets/x.js), are not matched: they keep their own answers (an unknown API
        // path is still a problem-details 404), and "/" is index.html through UseDefaultFiles.
        app.MapFallbackToFile(
            "{first:regex(^(?!(api|swagger)$)):nonfile}/{**path:nonfile}",
            "index.html",
            new StaticFileOptions { OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache" })
            .AllowAnonymous()
            .ExcludeFromDescription();

    /// <summary>A file under assets/ goes as its brotli or gzip copy to a browser that accepts it; anything else as it is.</summary>
    private static async Task ServePrecompressed(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path;
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) || !path.StartsWithSegments("/assets") ||
            !ContentTypes.TryGetContentType(path.Value!, out var contentType))
        {
            await next(http);
            return;
        }

        var files = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        if (!files.GetFileInfo(path.Value!).Exists)
        {
            await next(http);
            return;
        }

        http.Response.Headers.Vary = "Accept-Encoding";
        var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, extension) in Encodings)
        {
            var wanted = accepted.Any(a => (a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) || a.Value == "*") && (a.Quality ?? 1) > 0) &&
                         !accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality == 0);
            var compressed = files.GetFileInfo(path.Value + extension);
            if (!wanted || !compressed.Exists)
            {
                continue;
            }

            http.Response.ContentType = contentType;
            http.Response.ContentLength = compressed.Length;
            http.Response.Headers.ContentEncoding = encoding;
            http.Response.Headers.CacheControl = Immutable;
            if (HttpMethods.IsGet(http.Request.Method))
            {
                await http.Response.SendFileAsync(compressed, http.RequestAborted);
            }

            return;
        }

        await next(http);
    }
}
