using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class OpenApiTests
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    [Test]
    public async Task The_OpenAPI_document_lists_every_endpoint_with_its_errors_and_an_example()
    {
        using var app = new PetitionsApp();
        using var client = app.As("dispatcher");
        var document = await client.GetJson("/swagger/v1/swagger.json");
        var paths = document["paths"]!.AsObject();

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(m => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/').Replace(":long", "").TrimEnd('/'), Method: m.ToLowerInvariant())))
            .ToList();
        Assert.That(endpoints, Has.Count.GreaterThanOrEqualTo(18));

        foreach (var (path, method) in endpoints)
        {
            var operation = paths[path]?[method];
            Assert.That(operation, Is.Not.Null, $"{method} {path} is missing from the document");
            var responses = operation!["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.That(success, Is.Not.Empty, $"{method} {path} has no success response");
            Assert.That(success.All(r => r.Key == "204" || HasExample(r.Value!) || BinaryOnly(r.Value!)), Is.True, $"{method} {path} success has no example");
            foreach (var problem in responses.Where(r => r.Key.StartsWith('4')))
            {
                Assert.That(HasExample(problem.Value!), Is.True, $"{method} {path} {problem.Key} has no example");
            }

            if (operation["requestBody"] is { } body)
            {
                Assert.That(HasExample(body), Is.True, $"{method} {path} request body has no example");
            }

            // A case's commands; an attachment leaves the case's version as it is.
            if (method == "post" && path.StartsWith("/api/cases/", StringComparison.Ordinal) && !path.EndsWith("/attachments", StringComparison.Ordinal))
            {
                Assert.That(responses.Select(r => r.Key), Is.SupersetOf(new[] { "200", "400", "404", "409" }), $"{method} {path}");
                // Routing several cases carries each one's version in its body instead.
                if (path != "/api/cases/route")
                {
                    Assert.That(operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Does.Contain("If-Match"));
                }
            }
        }

        var status = document["components"]!["schemas"]!["CaseStatus"]!;
        Assert.That(status["enum"]!.AsArray().Select(v => v!.GetValue<string>()), Does.Contain("InProgress"));
    }

    [Test]
    public async Task A_status_that_can_be_null_is_described_as_nullable()
    {
        using var app = new PetitionsApp();
        using var client = app.As("dispatcher");
        var schemas = (await client.GetJson("/swagger/v1/swagger.json"))["components"]!["schemas"]!;
        var history = schemas["GetCaseHistoryEntry"]!["properties"]!;

        Assert.That(history["from"]!["nullable"]?.GetValue<bool>(), Is.True, "a case's first event comes from no status");
        Assert.That(history["from"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/CaseStatus"));
        Assert.That(history["to"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/CaseStatus"), "never null");
        var submittedCase = await (await client.GetAsync("/api/cases/1")).Json();
        Assert.That(submittedCase["history"]![0]!["from"], Is.Null);
    }

    [Test]
    public async Task The_Swagger_UI_is_served()
    {
        using var app = new PetitionsApp();
        using var client = app.As("dispatcher");

        var page = await client.GetStringAsync("/swagger/index.html");

        Assert.That(page, Does.Contain("swagger-ui"));
    }

    /// <summary>Photos and PDFs: bytes that no JSON or text example can show.</summary>
    private static bool BinaryOnly(JsonNode node) =>
        node["content"]?.AsObject().All(media => media.Value?["schema"]?["format"]?.GetValue<string>() == "binary") == true;

    private static bool HasExample(JsonNode node) =>
        node["content"]?.AsObject().Any(media => media.Value?["example"] is not null) == true;
}
