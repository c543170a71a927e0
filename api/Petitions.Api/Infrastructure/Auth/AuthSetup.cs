using Microsoft.AspNetCore.Authorization;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>
/// Sign-in and access, put together: the Bearer and cookie schemes (<see cref="SignInSchemes"/>), every endpoint
/// signed-in unless it says otherwise, antiforgery for cookies (<see cref="AntiforgeryForCookies"/>) and the rate
/// limits (<see cref="RateLimits"/>).
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddPetitionsAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, DataFolder data)
    {
        var options = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(options);
        services.AddSingleton<Passwords>();
        services.AddSingleton<UserCache>();
        services.AddSingleton<UserValidator>();
        services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        var secure = !environment.IsDevelopment();

        services.AddSignInSchemes(options, secure, database, data);
        services.AddAuthorization(authorization => authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgeryForCookies(secure);
        services.AddRateLimits(options);
        return services;
    }
}
