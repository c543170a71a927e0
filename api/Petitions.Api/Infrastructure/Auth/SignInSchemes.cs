using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>
/// Sign-in for API clients (Bearer tokens) and for the web app (an HttpOnly, SameSite=Strict cookie); either way
/// the user is checked against the database on every request.
/// </summary>
public static class SignInSchemes
{
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    private const string Either = "BearerOrCookie";
    private const string SignedInAt = "signedInAt";

    public static void AddSignInSchemes(this IServiceCollection services, AuthOptions options, bool secure, DatabaseOptions database, DataFolder data)
    {
        var authentication = services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "Bearer token or sign-in cookie", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie)
            .AddCookie(Cookie, cookie =>
            {
                cookie.Cookie.Name = secure ? "__Host-petitions" : "petitions.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.Path = "/";
                cookie.ExpireTimeSpan = options.CookieIdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    DateTimeOffset? signedInAt = context.Properties.Items.TryGetValue(SignedInAt, out var text)
                        ? DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture)
                        : null;
                    var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    var refreshed = signedInAt is not null && now - signedInAt < options.CookieAbsoluteLifetime
                        ? await Refresh(context.HttpContext, context.Principal!, Cookie)
                        : null;
                    if (refreshed is null)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(Cookie);
                    }
                    else
                    {
                        context.ReplacePrincipal(refreshed);
                    }
                };
            });

        if (!options.Oidc.Enabled)
        {
            // Read (or made) when start-up asks for it, after the checks of the data folder, not while services are registered.
            services.AddSingleton(_ => SigningKey.Resolve(options, database.Provider == DatabaseProvider.Sqlite ? data : null));
            services.AddSingleton<TokenIssuer>();
        }

        authentication.AddJwtBearer(Bearer, bearer =>
        {
            bearer.MapInboundClaims = false;
            if (options.Oidc.Enabled)
            {
                bearer.Authority = options.Oidc.Authority;
                bearer.Audience = options.Oidc.ClientId;
                bearer.TokenValidationParameters.NameClaimType = options.Oidc.UsernameClaim;
            }
            else
            {
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = PetitionsClaims.Username,
                    RoleClaimType = PetitionsClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            }

            bearer.Events = new JwtBearerEvents
            {
                OnTokenValidated = async context =>
                {
                    var refreshed = await Refresh(context.HttpContext, context.Principal!, Bearer);
                    if (refreshed is null)
                    {
                        context.Fail("The account is disabled or its access has changed; sign in again.");
                    }
                    else
                    {
                        context.Principal = refreshed;
                    }
                },
            };
        });

        // Token lifetimes are checked against the application's clock, like every other deadline.
        services.AddOptions<JwtBearerOptions>(Bearer).Configure<TimeProvider, IServiceProvider>((bearer, time, provider) =>
        {
            bearer.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now + parameters.ClockSkew) && expires > now - parameters.ClockSkew;
            };
            if (!options.Oidc.Enabled)
            {
                bearer.TokenValidationParameters.IssuerSigningKey = provider.GetRequiredService<SigningKey>().Value;
                bearer.TokenHandlers.Clear();
                bearer.TokenHandlers.Add(new RememberingTokenHandler(time));
            }
        });
    }

    /// <summary>A cookie session of its own for this sign-in (any earlier one is ended), remembering when it began.</summary>
    public static async Task SignInWithCookie(HttpContext http, SignedInUser user, DateTimeOffset now)
    {
        if (http.User.Identity is { IsAuthenticated: true, AuthenticationType: Cookie })
        {
            await http.SignOutAsync(Cookie);
        }

        var properties = new AuthenticationProperties { IsPersistent = false, IssuedUtc = now };
        properties.Items[SignedInAt] = now.ToString("O", CultureInfo.InvariantCulture);
        var principal = user.ToPrincipal(Cookie, SignedInUser.NewSession());
        await http.SignInAsync(Cookie, principal, properties);
        http.User = principal;
    }

    private static Task<ClaimsPrincipal?> Refresh(HttpContext http, ClaimsPrincipal principal, string scheme) =>
        http.RequestServices.GetRequiredService<UserValidator>().Refresh(principal, scheme, http.RequestServices.GetRequiredService<Db>(), http.RequestAborted);

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
