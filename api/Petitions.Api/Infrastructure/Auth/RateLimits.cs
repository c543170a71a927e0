using System.Threading.RateLimiting;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Sign-ins per address and petitions per user, per minute; beyond them a 429 with Retry-After.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Intake = "intake";

    public static void AddRateLimits(this IServiceCollection services, AuthOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => ProblemResponses.TooManyRequests(
                context.HttpContext,
                ProblemCode.TooManyRequests,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1),
                "Too many requests from here; wait before trying again.");
            limiter.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.AddPolicy(Intake, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PetitionsPerUserPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
}
