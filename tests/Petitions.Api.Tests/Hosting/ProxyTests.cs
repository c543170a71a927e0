using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy the sign-in limit counts each client by the address the proxy forwards, but only when the
/// request comes from a configured proxy; a spoofed X-Forwarded-For from anywhere else changes nothing.
/// </summary>
public sealed class ProxyTests
{
    private const string Proxy = "10.0.0.2";

    private static PetitionsApp App(string environment = "Testing") => new(
        environment: environment,
        settings: new Dictionary<string, string> { ["Auth:SignInsPerAddressPerMinute"] = "2", ["ForwardedHeaders:KnownProxies:0"] = Proxy });

    /// <summary>The test server has no TCP peer; this stands in for the address a connection comes from.</summary>
    private static HttpClient From(PetitionsApp app, string peer) => app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        services.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer))))).CreateClient();

    private static async Task<HttpStatusCode> SignIn(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = System.Net.Http.Json.JsonContent.Create(new { username = "nobody", password = "wrong-password" }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    [Test]
    public async Task Clients_behind_the_known_proxy_are_counted_one_by_one()
    {
        using var app = App();
        using var proxy = From(app, Proxy);

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4" })
        {
            statuses.Add(await SignIn(proxy, client));
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized), "each client has its own two sign-ins a minute");
        Assert.That(await SignIn(proxy, "203.0.113.1"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignIn(proxy, "203.0.113.1"), Is.EqualTo((HttpStatusCode)429), "the third from one client is refused");
    }

    [Test]
    public async Task A_spoofed_forwarded_address_from_elsewhere_is_ignored()
    {
        using var app = App();
        using var stranger = From(app, "198.51.100.7");

        Assert.That(await SignIn(stranger, "203.0.113.1"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignIn(stranger, "203.0.113.2"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignIn(stranger, "203.0.113.3"), Is.EqualTo((HttpStatusCode)429), "one address however many it claims to forward");
    }

    [Test]
    public async Task Production_sends_HSTS_over_HTTPS_including_what_a_known_proxy_says_was_HTTPS()
    {
        using var app = App("Production");
        using var proxy = From(app, Proxy);
        proxy.BaseAddress = new Uri("http://petitions.example");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.1");
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/health/live");

        var forwarded = await proxy.SendAsync(request);
        var overHttp = await proxy.SendAsync(plain);

        Assert.That(forwarded.Headers.GetValues("Strict-Transport-Security").Single(), Is.EqualTo("max-age=31536000"));
        Assert.That(overHttp.Headers.Contains("Strict-Transport-Security"), Is.False, "HSTS is sent over HTTPS only");
    }

    [Test]
    public async Task Development_sends_no_HSTS()
    {
        using var app = App();
        using var client = From(app, Proxy);
        client.BaseAddress = new Uri("https://petitions.example");

        var response = await client.GetAsync("/health/live");

        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False);
    }

    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate following) =>
            {
                http.Connection.RemoteIpAddress = address;
                return following(http);
            });
            next(app);
        };
    }
}
