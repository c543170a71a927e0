using System.Diagnostics;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// One log line per request: method, route template (never the query string, a body or who asked), status, time and
/// the W3C trace id that problem details also carry, so a user's "traceId" finds its line.
/// </summary>
public static class RequestLog
{
    public const string Category = "Petitions.Requests";

    private const string RouteKey = "Petitions.RequestLog.Route";

    /// <summary>Right after routing: remembers the matched route, which an exception handler clears before the line is written.</summary>
    public static IApplicationBuilder UseRequestLogRoute(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Items[RouteKey] = Route(http);
        return next(http);
    });

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (http, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                await next(http);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                logger.LogInformation(
                    "{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms, trace {TraceId}",
                    http.Request.Method,
                    http.Items.TryGetValue(RouteKey, out var route) ? route : Route(http),
                    http.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
            }
        });
    }

    // The template (/api/cases/{id:long}) names the endpoint without what the caller typed; a file of the web app is its path.
    private static string Route(HttpContext http) => http.GetEndpoint() switch
    {
        RouteEndpoint { RoutePattern.RawText: { } template } when !template.Contains("{**path", StringComparison.Ordinal) => "/" + template.Trim('/'),
        _ when !http.Request.Path.StartsWithSegments("/api") && Path.HasExtension(http.Request.Path.Value) => http.Request.Path.Value!,
        _ => http.Request.Path.StartsWithSegments("/api") ? "(no route)" : "(web app page)",
    };
}
