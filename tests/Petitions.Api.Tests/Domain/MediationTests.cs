using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Domain;

public sealed class MediationTests
{
    private static readonly Assembly ApiAssembly = typeof(MediationRegistration).Assembly;

    private static IEnumerable<(Type Request, Type Response)> RequestTypes() =>
        ApiAssembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
                .Select(i => (t, i.GetGenericArguments()[0])));

    /// <summary>Every validator class of the assembly with the type it validates.</summary>
    private static IEnumerable<(Type Validator, Type Validated)> ValidatorTypes() =>
        ApiAssembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (t, i.GetGenericArguments()[0])));

    private static string Name(Type type) => type.DeclaringType is null ? type.Name : $"{type.DeclaringType.Name}.{type.Name}";

    [Test]
    public void Every_request_type_has_exactly_one_handler()
    {
        var services = new ServiceCollection().AddMediation();
        var requests = RequestTypes().ToList();

        Assert.That(requests, Is.Not.Empty);
        foreach (var (request, response) in requests)
        {
            var handlerType = typeof(IRequestHandler<,>).MakeGenericType(request, response);
            Assert.That(services.Count(s => s.ServiceType == handlerType), Is.EqualTo(1), Name(request));
        }
    }

    [Test]
    public void Every_registered_handler_serves_a_request_of_this_assembly()
    {
        var requests = RequestTypes().Select(r => r.Request).ToHashSet();
        var handled = new ServiceCollection().AddMediation()
            .Where(s => s.ServiceType.IsGenericType && s.ServiceType.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(s => s.ServiceType.GetGenericArguments()[0]);

        Assert.That(handled, Is.SubsetOf(requests));
    }

    [Test]
    public void Every_validator_of_a_request_is_registered_once_for_that_request()
    {
        var services = new ServiceCollection().AddMediation();
        var requests = RequestTypes().Select(r => r.Request).ToHashSet();
        var requestValidators = ValidatorTypes().Where(v => requests.Contains(v.Validated)).ToList();

        Assert.That(requestValidators, Is.Not.Empty);
        foreach (var (validator, request) in requestValidators)
        {
            var serviceType = typeof(IValidator<>).MakeGenericType(request);
            Assert.That(
                services.Count(s => s.ServiceType == serviceType && s.ImplementationType == validator),
                Is.EqualTo(1),
                $"{Name(validator)} for {Name(request)}");
        }
    }

    [Test]
    public void Only_validators_of_requests_are_registered()
    {
        var requests = RequestTypes().Select(r => r.Request).ToHashSet();
        var validated = new ServiceCollection().AddMediation()
            .Where(s => s.ServiceType.IsGenericType && s.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(s => s.ServiceType.GetGenericArguments()[0]);

        Assert.That(validated, Is.SubsetOf(requests));
    }

    [Test]
    public async Task The_app_builds_every_handler_and_validator_it_registered()
    {
        using var app = new PetitionsApp();
        await using var scope = app.Services.CreateAsyncScope();
        var registered = new ServiceCollection().AddMediation()
            .Where(s => s.ServiceType.IsGenericType &&
                        (s.ServiceType.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) ||
                         s.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Select(s => s.ServiceType)
            .Distinct()
            .ToList();

        foreach (var serviceType in registered)
        {
            Assert.That(scope.ServiceProvider.GetServices(serviceType), Is.Not.Empty, serviceType.ToString());
        }
    }

    [Test]
    public void Every_command_and_query_is_marked_as_one_or_the_other()
    {
        foreach (var (request, _) in RequestTypes())
        {
            var kinds = request.GetInterfaces().Count(i => i.IsGenericType &&
                (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>)));
            Assert.That(kinds, Is.EqualTo(1), Name(request));
        }
    }
}
