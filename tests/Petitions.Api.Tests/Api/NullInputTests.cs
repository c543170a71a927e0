using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// Every command's body, read from the served OpenAPI document: a null where the document says a value is required is
/// a 400 naming that field, and no null, anywhere, brings a 500.
/// </summary>
public sealed class NullInputTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_null_password_for_a_reset_is_a_400_naming_password()
    {
        var admin = App.As("admin");
        var response = await admin.Post("/api/users/2/reset-password", Http.RawJson("""{"password": null}"""));

        await response.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public async Task Every_required_field_of_every_command_refuses_null_by_name_and_nothing_answers_500()
    {
        var admin = App.As("admin");
        var document = await admin.GetJson("/swagger/v1/swagger.json");
        var schemas = document["components"]!["schemas"]!.AsObject();
        var probed = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                if (operation!["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
                {
                    continue;
                }

                var url = path.Replace("{id}", "1").Replace("{code}", "Environment");
                foreach (var literal in new[] { "null", "[]", "\"text\"", "1" })
                {
                    var whole = await Send(admin, method, url, literal);
                    Assert.That((int)whole.StatusCode, Is.InRange(400, 499), $"{method} {path} with body {literal}");
                }

                foreach (var (field, nullable) in Fields(Resolve(schema, schemas), schemas, ""))
                {
                    var response = await Send(admin, method, url, NullAt(field));
                    probed++;
                    Assert.That((int)response.StatusCode, Is.LessThan(500), $"{method} {path} with {field} null: {await response.Content.ReadAsStringAsync()}");
                    if (!nullable)
                    {
                        await response.ShouldBe(HttpStatusCode.BadRequest);
                        var errors = (await response.Json())["errors"]!.AsObject();
                        Assert.That(errors.Select(e => e.Key), Does.Contain(field), $"{method} {path}");
                    }
                }
            }
        }

        Assert.That(probed, Is.GreaterThan(40));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = Http.RawJson(json) });

    private static JsonObject Resolve(JsonNode schema, JsonObject schemas) =>
        schema["$ref"] is { } reference ? schemas[reference.GetValue<string>().Split('/')[^1]]!.AsObject() : schema.AsObject();

    /// <summary>Each property as the 400 names it ("submitter.name", "items[0].text") and whether the document allows null.</summary>
    private static IEnumerable<(string Field, bool Nullable)> Fields(JsonObject schema, JsonObject schemas, string prefix)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var field = prefix + name;
            var nullable = property!["nullable"]?.GetValue<bool>() == true || property["allOf"] is not null;
            yield return (field, nullable);
            if (property["$ref"] is not null && Resolve(property, schemas)["properties"] is not null)
            {
                foreach (var inner in Fields(Resolve(property, schemas), schemas, field + "."))
                {
                    yield return inner;
                }
            }
            else if (property["items"] is { } items && Resolve(items, schemas)["properties"] is not null)
            {
                foreach (var inner in Fields(Resolve(items, schemas), schemas, field + "[0]."))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>{"submitter": {"name": null}} for "submitter.name", {"items": [{"text": null}]} for "items[0].text".</summary>
    private static string NullAt(string field)
    {
        JsonNode? node = null;
        foreach (var segment in field.Split('.').Reverse())
        {
            var list = segment.EndsWith("[0]", StringComparison.Ordinal);
            var name = list ? segment[..^3] : segment;
            node = new JsonObject { [name] = list ? new JsonArray(node) : node };
        }

        return node!.ToJsonString();
    }
}
