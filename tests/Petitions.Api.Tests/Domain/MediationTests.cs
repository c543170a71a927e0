using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Mediation;

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

    [Test]
    public void Every_request_type_has_exactly_one_handler()
    {
        var services = new ServiceCollection().AddMediation();
        var requests = RequestTypes().ToList();

        Assert.That(requests, Is.Not.Empty);
        foreach (var (request, response) in requests)
        {
            var handlerType = typeof(IRequestHandler<,>).MakeGenericType(request, response);
            Assert.That(services.Count(s => s.ServiceType == handlerType), Is.EqualTo(1), $"{request.DeclaringType?.Name}.{request.Name}");
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
    public void Every_command_and_query_is_marked_as_one_or_the_other()
    {
        foreach (var (request, _) in RequestTypes())
        {
            var kinds = request.GetInterfaces().Count(i => i.IsGenericType &&
                (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>)));
            Assert.That(kinds, Is.EqualTo(1), $"{request.DeclaringType?.Name}.{request.Name}");
        }
    }
}
