using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>
/// Sign-in for API clients (Bearer tokens) and for the web app (an HttpOnly, SameSite=Strict cookie with an
/// antiforgery token on unsafe requests), rate limits, and the security headers of every response.
/// </summary>
public static class AuthSetup
{
    public const string BearerScheme = JwtBearerDefaults.AuthenticationScheme;
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInLimit = "sign-in";
    public const string IntakeLimit = "intake";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    private const string EitherScheme = "BearerOrCookie";
    private const string SignedInAt = "signedInAt";

    public static IServiceCollection AddPetitionsAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, DataFolder data)
    {
        var options = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(options);
        services.AddSingleton<Passwords>();
        services.AddSingleton<UserCache>();
        services.AddSingleton<UserValidator>();
        var secure = !environment.IsDevelopment();

        var authentication = services.AddAuthentication(EitherScheme)
            .AddPolicyScheme(EitherScheme, "Bearer token or sign-in cookie", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? BearerScheme : CookieScheme)
            .AddCookie(CookieScheme, cookie =>
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
                        ? await Refresh(context.HttpContext, context.Principal!, CookieScheme)
                        : null;
                    if (refreshed is null)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieScheme);
                    }
                    else
                    {
                        context.ReplacePrincipal(refreshed);
                    }
                };
            });

        SigningKey? key = null;
        if (!options.Oidc.Enabled)
        {
            key = SigningKey.Resolve(options, database.Provider == DatabaseProvider.Sqlite ? data : null);
            services.AddSingleton(key);
            services.AddSingleton<TokenIssuer>();
        }

        authentication.AddJwtBearer(BearerScheme, bearer =>
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
                    IssuerSigningKey = key!.Value,
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
                    var refreshed = await Refresh(context.HttpContext, context.Principal!, BearerScheme);
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
        services.AddOptions<JwtBearerOptions>(BearerScheme).Configure<TimeProvider>((bearer, time) =>
        {
            bearer.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now + parameters.ClockSkew) && expires > now - parameters.ClockSkew;
            };
            if (!options.Oidc.Enabled)
            {
                bearer.TokenHandlers.Clear();
                bearer.TokenHandlers.Add(new RememberingTokenHandler(time));
            }
        });

        services.AddAuthorization(authorization => authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeader;
            antiforgery.Cookie.Name = secure ? "__Host-petitions.af" : "petitions.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => ProblemResponses.TooManyRequests(
                context.HttpContext,
                ProblemCode.TooManyRequests,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1),
                "Too many requests from here; wait before trying again.");
            limiter.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.AddPolicy(IntakeLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PetitionsPerUserPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    /// <summary>A cookie session of its own for this sign-in (any earlier one is ended), remembering when it began.</summary>
    public static async Task SignInWithCookie(HttpContext http, SignedInUser user, DateTimeOffset now)
    {
        if (http.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieScheme })
        {
            await http.SignOutAsync(CookieScheme);
        }

        var properties = new AuthenticationProperties { IsPersistent = false, IssuedUtc = now };
        properties.Items[SignedInAt] = now.ToString("O", CultureInfo.InvariantCulture);
        var principal = user.ToPrincipal(CookieScheme);
        await http.SignInAsync(CookieScheme, principal, properties);
        http.User = principal;
    }

    /// <summary>Cookie-authenticated unsafe requests must carry the antiforgery token in <c>X-CSRF-TOKEN</c>.</summary>
    public static IApplicationBuilder UseAntiforgeryForCookies(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var unsafeMethod = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        if (unsafeMethod && http.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieScheme } &&
            !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await ProblemResponses.Write(
                http,
                StatusCodes.Status403Forbidden,
                ProblemCode.AntiforgeryRejected,
                "Antiforgery token missing or invalid",
                $"Requests signed in by cookie must send the token of GET /api/auth/antiforgery in the {AntiforgeryHeader} header.");
            return;
        }

        await next(http);
    });


    private static Task<System.Security.Claims.ClaimsPrincipal?> Refresh(HttpContext http, System.Security.Claims.ClaimsPrincipal principal, string scheme) =>
        http.RequestServices.GetRequiredService<UserValidator>().Refresh(principal, scheme, http.RequestServices.GetRequiredService<Db>(), http.RequestAborted);

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
