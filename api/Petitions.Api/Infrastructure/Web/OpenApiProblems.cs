using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Petitions.Api.Infrastructure.Problems;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// Documents the problem shape once: every <c>application/problem+json</c> answer refers to <c>Problem</c>, whose
/// <c>code</c> is one of the <c>ProblemCode</c> enum (every code the API can send, from <see cref="ProblemCatalog"/>).
/// </summary>
public sealed class ProblemSchemaFilter(IServiceProvider services) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        using var scope = services.CreateScope();
        var schemas = document.Components!.Schemas!;
        schemas["ProblemCode"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = $"A refusal's stable code; the problem's type is \"{ProblemCode.TypePrefix}\" followed by it.",
            Enum = [.. ProblemCatalog.All(scope.ServiceProvider).Select(code => (JsonNode)JsonValue.Create(code))],
        };
        var code = new OpenApiSchemaReference("ProblemCode", document);
        var args = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "What the code's message needs, e.g. { \"max\": 200, \"actual\": 212 }; {} when nothing.",
            AdditionalProperties = new OpenApiSchema(),
        };
        schemas["FieldCode"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "code", "args" },
            Properties = new Dictionary<string, IOpenApiSchema> { ["code"] = code, ["args"] = args },
        };
        schemas["Problem"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details. Read code and args; title and detail are English for people reading logs.",
            Required = new HashSet<string> { "type", "title", "status", "code", "args" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["code"] = code,
                ["args"] = args,
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "400 only: each field's messages in English, as outside tools have always read them.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                ["fieldCodes"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "400 only: each field's codes and args, beside errors.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference("FieldCode", document) },
                },
            },
        };

        var problem = new OpenApiSchemaReference("Problem", document);
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var response in operation.Responses?.Values.AsEnumerable() ?? [])
            {
                if (response.Content?.TryGetValue("application/problem+json", out var media) == true && media is OpenApiMediaType concrete)
                {
                    concrete.Schema = problem;
                }
            }
        }

        schemas.Remove("ProblemDetails");
        schemas.Remove("HttpValidationProblemDetails");
    }
}
