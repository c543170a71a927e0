using System.Text.Json.Nodes;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>Every command body the served OpenAPI document describes, and each field in it, for probing them all.</summary>
public static class CommandBodies
{
    public sealed record Operation(string Method, string Path, string Url, IReadOnlyList<Field> Fields);

    /// <param name="Name">As a 400 names it: "submitter.name", "items[0].text".</param>
    /// <param name="Format">"date", "int64"…; null for free text.</param>
    public sealed record Field(string Name, string? Type, string? Format, bool Nullable);

    public static async Task<IReadOnlyList<Operation>> All(HttpClient client)
    {
        var document = await client.GetJson("/swagger/v1/swagger.json");
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = new List<Operation>();
        foreach (var (path, methods) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in methods!.AsObject())
            {
                if (operation!["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema)
                {
                    var url = path.Replace("{id}", "1").Replace("{code}", "Environment").Replace("{year}", "2030");
                    operations.Add(new Operation(method.ToUpperInvariant(), path, url, [.. Fields(Resolve(schema, schemas), schemas, "")]));
                }
            }
        }

        return operations;
    }

    public static Task<HttpResponseMessage> Send(this HttpClient client, Operation operation, string json) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url) { Content = Http.RawJson(json) });

    /// <summary>A body with only <paramref name="field"/> set: {"submitter": {"name": v}} for "submitter.name", {"items": [{"text": v}]} for "items[0].text".</summary>
    public static string With(string field, JsonNode? value)
    {
        var node = value;
        foreach (var segment in field.Split('.').Reverse())
        {
            var list = segment.EndsWith("[0]", StringComparison.Ordinal);
            var name = list ? segment[..^3] : segment;
            node = new JsonObject { [name] = list ? new JsonArray(node) : node };
        }

        return node!.ToJsonString();
    }

    private static JsonObject Resolve(JsonNode schema, JsonObject schemas) =>
        schema["$ref"] is { } reference ? schemas[reference.GetValue<string>().Split('/')[^1]]!.AsObject() : schema.AsObject();

    private static IEnumerable<Field> Fields(JsonObject schema, JsonObject schemas, string prefix)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var field = prefix + name;
            var nullable = property!["nullable"]?.GetValue<bool>() == true || property["allOf"] is not null;
            yield return new Field(field, property["type"]?.GetValue<string>(), property["format"]?.GetValue<string>(), nullable);
            var inner = property["$ref"] is not null ? Resolve(property, schemas) : property["items"] is { } items ? Resolve(items, schemas) : null;
            if (inner?["properties"] is not null)
            {
                foreach (var nested in Fields(inner, schemas, field + (property["items"] is null ? "." : "[0].")))
                {
                    yield return nested;
                }
            }
        }
    }
}
