namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// The web app (web-client/, built into wwwroot/ by the project's BuildWebClient target) served from the API's
/// own origin: its files, and index.html for every other path that is not the API's or Swagger's.
/// </summary>
public static class WebClient
{
    public static IApplicationBuilder UseWebClient(this IApplicationBuilder app)
    {
        app.UseDefaultFiles();
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // File names under assets/ carry their content hash: keep them; always re-check index.html.
                var headers = context.Context.Response.Headers;
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
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
}
