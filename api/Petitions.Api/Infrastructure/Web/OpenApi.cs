using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Petitions.Api.Infrastructure.Problems;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Petitions.Api.Infrastructure.Web;

public static class OpenApi
{
    public static IServiceCollection AddPetitionsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Petitions API",
                Version = "v1",
                Description = "Citizens' petitions (kiến nghị) of a ward, from intake to a written reply. " +
                              "Errors are RFC 9457 problem details with a stable `code` (the ProblemCode enum) and its `args`: " +
                              "400 names each field in `errors` (English) and `fieldCodes` (codes and args), 404 for what does not exist, " +
                              "409 for a refused transition or a stale If-Match.",
            });
            // Slices nest their records (AssignCase.Command): name schemas after slice and record.
            options.CustomSchemaIds(type => type.DeclaringType is null ? type.Name : type.DeclaringType.Name + type.Name);
            options.SupportNonNullableReferenceTypes();
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from POST /api/auth/token. The web app signs in with a cookie instead (POST /api/auth/login).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            options.SchemaFilter<EnumAsNamesFilter>();
            options.SchemaFilter<NullableReferenceFilter>();
            options.OperationFilter<ExamplesFilter>();
            options.DocumentFilter<ProblemSchemaFilter>();
            var xml = Path.Combine(AppContext.BaseDirectory, "Petitions.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    /// <summary>Enums travel as their names (see <see cref="Json"/>); say so in the schema.</summary>
    private sealed class EnumAsNamesFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
            if (!type.IsEnum || schema is not OpenApiSchema concrete)
            {
                return;
            }

            concrete.Type = JsonSchemaType.String;
            concrete.Format = null;
            concrete.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }
    }

    /// <summary>
    /// A property that may be null and whose type has a schema of its own (a case's first event has no <c>from</c>
    /// status; a notice's organisation may have no account) refers to that schema, and OpenAPI 3.0 ignores anything
    /// beside a <c>$ref</c>: wrap the reference so that it can say "or null".
    /// </summary>
    private sealed class NullableReferenceFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema { Properties: { } properties })
            {
                return;
            }

            var nullability = new NullabilityInfoContext();
            foreach (var property in context.Type.GetProperties())
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (nullability.Create(property).ReadState == NullabilityState.Nullable &&
                    properties.TryGetValue(name, out var propertySchema) && propertySchema is OpenApiSchemaReference reference)
                {
                    properties[name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
                }
            }
        }
    }

    /// <summary>
    /// Puts an example on every request body and response. A type's example is its own public static <c>Example</c>
    /// property, written beside its slice; a list's is its element type's static <c>Examples</c>, or its
    /// <c>Example</c> alone. A document's text example is the endpoint's <see cref="DocumentExample"/> metadata.
    /// </summary>
    private sealed class ExamplesFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var anonymous = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            if (!anonymous)
            {
                operation.Responses ??= [];
                operation.Responses.TryAdd("401", Problem(context, "Not signed in, or the token or cookie is no longer valid", ProblemExamples.Unauthorized));
                operation.Responses.TryAdd("403", Problem(context, "The caller's role may not do this", ProblemExamples.Forbidden));
            }

            var bodyType = context.ApiDescription.ParameterDescriptions
                .FirstOrDefault(p => p.Source.Id == "Body")?.Type;
            if (bodyType is not null && operation.RequestBody?.Content is { } requestContent &&
                Examples.For(bodyType) is { } requestExample)
            {
                foreach (var media in requestContent.Values)
                {
                    media.Example = ToNode(requestExample);
                }
            }

            var documents = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentExample>().ToList();
            foreach (var responseType in context.ApiDescription.SupportedResponseTypes)
            {
                if (operation.Responses?.TryGetValue(responseType.StatusCode.ToString(), out var response) != true ||
                    response?.Content is not { } responseContent)
                {
                    continue;
                }

                var example = responseType.StatusCode switch
                {
                    400 => ProblemExamples.Validation,
                    401 => ProblemExamples.Unauthorized,
                    403 => ProblemExamples.Forbidden,
                    404 => ProblemExamples.NotFound,
                    409 => ProblemExamples.Conflict,
                    413 => ProblemExamples.PayloadTooLarge,
                    415 => ProblemExamples.UnsupportedMediaType,
                    429 => ProblemExamples.TooManyRequests,
                    _ when responseType.Type is not null => Examples.For(responseType.Type),
                    _ => null,
                };
                foreach (var (mediaType, media) in responseContent)
                {
                    if (IsJson(mediaType))
                    {
                        if (example is not null)
                        {
                            media.Example = ToNode(example);
                        }

                        continue;
                    }

                    // A document: text (CSV, HTML) carries a text example; a Word file is binary and carries none.
                    var isText = mediaType.StartsWith("text/", StringComparison.Ordinal);
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = isText ? null : "binary" };
                    media.Example = documents.FirstOrDefault(d => d.MediaType == mediaType) is { } document ? JsonValue.Create(document.Text) : null;
                }
            }
        }

        private OpenApiResponse Problem(OperationFilterContext context, string description, ProblemDetails example) => new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                    Example = ToNode(example),
                },
            },
        };

        private static bool IsJson(string mediaType) =>
            mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);

        private JsonNode? ToNode(object example) =>
            JsonSerializer.SerializeToNode(example, example.GetType(), jsonOptions.Value.SerializerOptions);
    }

    /// <summary>Finds the examples the slices keep beside their records.</summary>
    private static class Examples
    {
        private static readonly ConcurrentDictionary<Type, object?> Found = new();

        public static object? For(Type type) => Found.GetOrAdd(type, Find);

        private static object? Find(Type type)
        {
            if (Own(type, "Example") is { } example)
            {
                return example;
            }

            var element = type.IsArray ? type.GetElementType() : type.IsGenericType && type.GetGenericArguments() is [var only] &&
                typeof(IEnumerable<>).MakeGenericType(only).IsAssignableFrom(type) ? only : null;
            if (element is null)
            {
                return null;
            }

            if (Own(element, "Examples") is { } examples)
            {
                return examples;
            }

            return Own(element, "Example") is { } one ? ToArray(element, one) : null;
        }

        /// <summary>The value of <paramref name="type"/>'s own public static property of that name, if it has one.</summary>
        private static object? Own(Type type, string name) =>
            type.GetProperty(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)?.GetValue(null);

        private static Array ToArray(Type element, object item)
        {
            var array = Array.CreateInstance(element, 1);
            array.SetValue(item, 0);
            return array;
        }
    }
}

/// <summary>The text example (CSV, HTML) of a document an endpoint answers with, put on the endpoint beside its slice.</summary>
public sealed record DocumentExample(string MediaType, string Text);
