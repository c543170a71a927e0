using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Problems;
using Swashbuckle.AspNetCore.Swagger;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>
/// Every problem the API writes in any test passes through here: a code (or a field's code) that the OpenAPI document's
/// ProblemCode enum does not list fails the request, and with it the test that sent it.
/// </summary>
public static class DocumentedCodes
{
    public static void AddCheck(IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var complete = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                complete?.Invoke(context);
                Check(context.ProblemDetails, context.HttpContext);
            };
        });

    public static IReadOnlySet<string> Of(IServiceProvider services)
    {
        var document = services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1");
        var schema = document.Components!.Schemas!["ProblemCode"];
        return schema.Enum!.Select(node => node!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }

    private static void Check(ProblemDetails problem, HttpContext http)
    {
        var documented = http.RequestServices.GetRequiredService<Cache>().Get(http.RequestServices);
        var sent = new List<string>();
        if (problem.Extensions.TryGetValue("code", out var code) && code is string value)
        {
            sent.Add(value);
        }
        else
        {
            throw new InvalidOperationException($"A {problem.Status} problem was written without a code.");
        }

        if (problem.Extensions.TryGetValue("fieldCodes", out var fields) && fields is IDictionary<string, FieldCode[]> byField)
        {
            sent.AddRange(byField.Values.SelectMany(codes => codes.Select(c => c.Code)));
        }

        var missing = sent.Where(c => !documented.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The API sent {string.Join(", ", missing)}, which the OpenAPI document's ProblemCode does not list.");
        }
    }

    /// <summary>The document's codes, read once per app.</summary>
    public sealed class Cache
    {
        private IReadOnlySet<string>? _codes;

        public IReadOnlySet<string> Get(IServiceProvider services) => _codes ??= Of(services);
    }
}
