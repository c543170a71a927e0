using System.IO.Compression;
using System.Net;
using System.Text;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The API serves the web app from its own origin: its files, index.html for the app's own paths, and nothing of
/// that for /api or /swagger. A web root of its own stands in for the built app, so the test needs no npm.
/// </summary>
public sealed class WebClientHostingTests
{
    private string _webRoot = null!;
    private PetitionsApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _webRoot = Path.Combine(Path.GetTempPath(), "petitions-webroot", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_webRoot, "assets"));
        File.WriteAllText(Path.Combine(_webRoot, "index.html"), "<!doctype html><title>Kiến nghị</title><div id=\"root\"></div>");
        File.WriteAllText(Path.Combine(_webRoot, "assets", "index-abc123.js"), "console.log('app');");
        // As the build writes them (vite.config.ts): a brotli and a gzip copy beside each asset.
        File.WriteAllText(Path.Combine(_webRoot, "assets", "app-def456.js"), Script);
        Compress(Path.Combine(_webRoot, "assets", "app-def456.js"));
        _app = new PetitionsApp(settings: new Dictionary<string, string> { ["webroot"] = _webRoot });
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _app.Dispose();
        Directory.Delete(_webRoot, recursive: true);
    }

    [TestCase("/")]
    [TestCase("/sign-in")]
    [TestCase("/cases/12")]
    [TestCase("/petitions/new")]
    [TestCase("/apiary")]
    public async Task The_apps_own_paths_answer_its_page_under_the_content_security_policy(string path)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(path);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<div id=\"root\">"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True, "index.html must be re-checked so a new build is picked up");
    }

    [Test]
    public async Task Built_assets_are_served_and_kept_by_browsers()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/assets/index-abc123.js");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
    }

    private static readonly string Script = string.Concat(Enumerable.Repeat("export const lời = 'Kiến nghị của cử tri';\n", 400));

    [TestCase("br", "br")]
    [TestCase("gzip, deflate, br, zstd", "br")]
    [TestCase("gzip", "gzip")]
    [TestCase("br;q=0, gzip", "gzip")]
    [TestCase("identity", null)]
    [TestCase(null, null)]
    public async Task Assets_go_precompressed_to_browsers_that_ask_and_keep_their_caching(string? acceptEncoding, string? expected)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app-def456.js");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentEncoding, expected is null ? Is.Empty : Is.EqualTo(new[] { expected }));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That(Encoding.UTF8.GetString(Decode(bytes, expected)), Is.EqualTo(Script));
        Assert.That(bytes.Length, expected is null ? Is.EqualTo(Encoding.UTF8.GetByteCount(Script)) : Is.LessThan(Encoding.UTF8.GetByteCount(Script) / 10));
    }

    [Test]
    public async Task An_asset_without_compressed_copies_goes_as_it_is()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index-abc123.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var response = await client.SendAsync(request);

        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("console.log('app');"));
    }

    private static void Compress(string file)
    {
        var data = File.ReadAllBytes(file);
        using (var brotli = new BrotliStream(File.Create(file + ".br"), CompressionLevel.SmallestSize))
        {
            brotli.Write(data);
        }

        using var gzip = new GZipStream(File.Create(file + ".gz"), CompressionLevel.SmallestSize);
        gzip.Write(data);
    }

    private static byte[] Decode(byte[] bytes, string? encoding)
    {
        using Stream source = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => new MemoryStream(bytes),
        };
        using var decoded = new MemoryStream();
        source.CopyTo(decoded);
        return decoded.ToArray();
    }

    [Test]
    public async Task An_unknown_API_path_is_still_a_problem_details_404()
    {
        using var client = _app.As("dispatcher");
        var response = await client.GetAsync("/api/no-such-thing/1");

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.Json())["status"]!.GetValue<int>(), Is.EqualTo(404));
    }

    [Test]
    public async Task An_unknown_API_path_asks_an_anonymous_caller_to_sign_in_as_before()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/api/no-such-thing");

        await response.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Swagger_is_untouched()
    {
        using var client = _app.CreateClient();
        var document = await client.GetAsync("/swagger/v1/swagger.json");
        var missing = await client.GetAsync("/swagger/v2/nothing.json");

        await document.ShouldBe(HttpStatusCode.OK);
        Assert.That(document.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(missing.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized), "not the web app's page");
        Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
