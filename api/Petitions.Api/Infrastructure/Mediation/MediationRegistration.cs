using System.Reflection;
using FluentValidation;
using MediatR;

namespace Petitions.Api.Infrastructure.Mediation;

/// <summary>
/// MediatR 5.1.0 has no AddMediatR: this scans the assembly instead. Every request handler is registered for the
/// request it handles, every validator of a request for that request; a test checks that every request type has
/// exactly one handler and every request validator is registered.
/// </summary>
public static class MediationRegistration
{
    public static IServiceCollection AddMediation(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // Outermost first: log everything, refuse who may not (403) before saying what is invalid (400),
        // and both before a transaction opens.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));

        foreach (var type in ConcreteTypes(typeof(MediationRegistration).Assembly))
        {
            foreach (var handled in type.GetInterfaces().Where(i => IsClosed(i, typeof(IRequestHandler<,>))))
            {
                services.AddScoped(handled, type);
            }

            // Only validators of requests run in the pipeline; a validator of a part (a petition's item) is used by
            // its request's validator through SetValidator and needs no registration.
            foreach (var validated in type.GetInterfaces().Where(i => IsClosed(i, typeof(IValidator<>)) && IsRequest(i.GetGenericArguments()[0])))
            {
                services.AddScoped(validated, type);
            }
        }

        return services;
    }

    private static bool IsRequest(Type type) => type.GetInterfaces().Any(i => IsClosed(i, typeof(IRequest<>)));

    private static IEnumerable<Type> ConcreteTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false });

    private static bool IsClosed(Type candidate, Type openGeneric) =>
        candidate.IsGenericType && candidate.GetGenericTypeDefinition() == openGeneric;
}
