using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Auth;

public static class AuthEndpoints
{
    public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt)
    {
        public static TokenResponse Example { get; } = new("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…", new DateTimeOffset(2026, 4, 11, 1, 0, 0, Clock.VietnamOffset));
    }

    public sealed record AntiforgeryToken(string HeaderName, string Token)
    {
        public static AntiforgeryToken Example { get; } = new("X-CSRF-TOKEN", "CfDJ8…");
    }

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");

        group.MapPost("/token", async (SignIn.Command body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var user = await SignedIn(http, await mediator.Send(body, ct));
                if (user is null)
                {
                    return Results.Empty;
                }

                var issuer = http.RequestServices.GetService<TokenIssuer>();
                if (issuer is null)
                {
                    throw new NotFoundException("Token endpoint", "(sign-in is through the OpenID Connect provider)");
                }

                var (token, expiresAt) = issuer.Issue(user);
                return TypedResults.Ok(new TokenResponse(token, expiresAt));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithName("IssueToken")
            .WithSummary("Sign in with username and password; answers a Bearer access token for API clients")
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/login", async (SignIn.Command body, HttpContext http, IMediator mediator, Clock clock, IAntiforgery antiforgery, CancellationToken ct) =>
            {
                var user = await SignedIn(http, await mediator.Send(body, ct));
                if (user is null)
                {
                    return Results.Empty;
                }

                await SignInSchemes.SignInWithCookie(http, user, clock.Now);
                var me = await mediator.Send(new GetMe.Query(), ct);
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new LoginResponse(me, new AntiforgeryToken(AntiforgeryForCookies.Header, tokens.RequestToken!)));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithName("SignIn")
            .WithSummary("Sign in the web app: sets the session cookie and answers the antiforgery token to send with changes")
            .Produces<LoginResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/logout", async (HttpContext http) =>
            {
                await http.SignOutAsync(SignInSchemes.Cookie);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithSummary("End the web app's session");

        group.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
                TypedResults.Ok(new AntiforgeryToken(AntiforgeryForCookies.Header, antiforgery.GetAndStoreTokens(http).RequestToken!)))
            .WithName("GetAntiforgeryToken")
            .WithSummary("The token cookie-signed-in clients send in X-CSRF-TOKEN with every change");

        group.MapGet("/me", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMe.Query(), ct))
            .WithName("GetMe")
            .WithSummary("The signed-in user, role and scope");
    }

    public sealed record LoginResponse(GetMe.Me User, AntiforgeryToken Antiforgery)
    {
        public static LoginResponse Example { get; } = new(GetMe.Me.Example, AntiforgeryToken.Example);
    }

    /// <summary>The signed-in user, or null once the refusal (401, or 429 with Retry-After) has been written.</summary>
    private static async Task<SignedInUser?> SignedIn(HttpContext http, SignIn.Result result)
    {
        switch (result.Outcome)
        {
            case SignIn.Outcome.SignedIn:
                return result.User;
            case SignIn.Outcome.LockedOut:
                await ProblemResponses.TooManyRequests(http, ProblemCode.AccountLocked, result.RetryAfter, "This account is locked after repeated failed sign-ins.");
                return null;
            default:
                await ProblemResponses.Write(http, StatusCodes.Status401Unauthorized, ProblemCode.SignInRefused, "Sign-in refused", "Wrong username or password, or the account is disabled.");
                return null;
        }
    }
}
