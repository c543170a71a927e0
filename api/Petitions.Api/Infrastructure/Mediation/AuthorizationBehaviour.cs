using System.Reflection;
using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Mediation;

/// <summary>Function-level access: the request's <see cref="AllowedForAttribute"/> against the caller's role.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(RequestContext context) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AllowedForAttribute? Allowed = typeof(TRequest).GetCustomAttribute<AllowedForAttribute>();
    private static readonly bool ForEveryRole = typeof(TRequest).IsDefined(typeof(AllowedForEveryRoleAttribute));
    private static readonly bool ForAnyone = typeof(TRequest).IsDefined(typeof(AllowedForAnyoneAttribute));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (ForAnyone)
        {
            return next();
        }

        if (!context.IsSignedIn || context.Role is not { } role)
        {
            throw new UnauthorizedAccessException("Sign in first.");
        }

        if (Allowed is null && !ForEveryRole)
        {
            throw new InvalidOperationException($"{RequestName.Of(typeof(TRequest))} states no rule for who may send it.");
        }

        if (Allowed is not null && !Allowed.Roles.Contains(role))
        {
            throw new ForbiddenException(
                ProblemCode.Forbidden,
                $"{RequestName.Of(typeof(TRequest))} is for {string.Join(", ", Allowed.Roles)}; a {role} may not send it.");
        }

        return next();
    }
}
