using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The web client's types are generated from web-client/openapi.json; this keeps that snapshot equal to what the
/// API serves, so a change to the API cannot leave the web app's types behind unnoticed.
/// </summary>
public sealed class OpenApiSnapshotTests
{
    [Test]
    public async Task The_web_clients_OpenAPI_snapshot_is_the_document_the_API_serves()
    {
        using var app = new PetitionsApp();
        using var client = app.As("dispatcher");
        var served = await client.GetJson("/swagger/v1/swagger.json");

        var snapshotFile = Path.Combine(RepositoryRoot(), "web-client", "openapi.json");
        Assert.That(File.Exists(snapshotFile), Is.True, $"{snapshotFile} is missing: run `npm run gen:api` in web-client/.");
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(snapshotFile));

        Assert.That(
            JsonNode.DeepEquals(served, snapshot),
            Is.True,
            "web-client/openapi.json differs from the API's /swagger/v1/swagger.json: run `npm run gen:api` in web-client/ " +
            "(it regenerates openapi.json and src/api/schema.d.ts) and commit both.");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Petitions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Petitions.sln not found above the test directory.");
    }
}
