using Microsoft.AspNetCore.Antiforgery;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Cookie-authenticated unsafe requests must carry the antiforgery token in <see cref="Header"/>.</summary>
public static class AntiforgeryForCookies
{
    public const string Header = "X-CSRF-TOKEN";

    public static void AddAntiforgeryForCookies(this IServiceCollection services, bool secure) =>
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = Header;
            antiforgery.Cookie.Name = secure ? "__Host-petitions.af" : "petitions.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

    public static IApplicationBuilder UseAntiforgeryForCookies(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var unsafeMethod = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        if (unsafeMethod && http.User.Identity is { IsAuthenticated: true, AuthenticationType: SignInSchemes.Cookie } &&
            !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await ProblemResponses.Write(
                http,
                StatusCodes.Status403Forbidden,
                ProblemCode.AntiforgeryRejected,
                "Antiforgery token missing or invalid",
                $"Requests signed in by cookie must send the token of GET /api/auth/antiforgery in the {Header} header.");
            return;
        }

        await next(http);
    });
}
