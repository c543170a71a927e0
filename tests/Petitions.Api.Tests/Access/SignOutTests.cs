using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Access;

/// <summary>Signing out ends the sign-in on the server: a copied cookie or token stops working with it.</summary>
public sealed class SignOutTests
{
    [Test]
    public async Task A_copied_cookie_stops_working_once_its_browser_signs_out()
    {
        using var app = new PetitionsApp();
        using var browser = app.CreateClient();
        var login = await browser.Post("/api/auth/login", new { username = "leader19", password = "petitions-demo" });
        await login.ShouldBe(HttpStatusCode.OK);
        var antiforgery = (await login.Json())["antiforgery"]!["token"]!.GetValue<string>();
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-petitions=", StringComparison.Ordinal)).Split(';')[0];
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = app.ClientOptions.BaseAddress });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        await (await thief.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("X-CSRF-TOKEN", antiforgery);
        await (await browser.SendAsync(logout)).ShouldBe(HttpStatusCode.NoContent);

        await (await thief.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await browser.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        var again = await browser.Post("/api/auth/login", new { username = "leader19", password = "petitions-demo" });
        await again.ShouldBe(HttpStatusCode.OK);
        await (await browser.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
        await (await thief.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_new_sign_in_in_the_same_browser_ends_the_one_before()
    {
        using var app = new PetitionsApp();
        using var browser = app.CreateClient();
        var first = await browser.Post("/api/auth/login", new { username = "leader19", password = "petitions-demo" });
        var antiforgery = (await first.Json())["antiforgery"]!["token"]!.GetValue<string>();
        var oldCookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-petitions=", StringComparison.Ordinal)).Split(';')[0];

        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = System.Net.Http.Json.JsonContent.Create(new { username = "leader19", password = "petitions-demo" }) };
        second.Headers.Add("X-CSRF-TOKEN", antiforgery);
        await (await browser.SendAsync(second)).ShouldBe(HttpStatusCode.OK);

        using var copy = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = app.ClientOptions.BaseAddress });
        copy.DefaultRequestHeaders.Add("Cookie", oldCookie);
        await (await copy.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await browser.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_bearer_token_is_revoked_by_its_owner_and_only_that_token()
    {
        using var app = new PetitionsApp();
        using var one = app.AsNewSignIn("dispatcher");
        using var other = app.AsNewSignIn("dispatcher");
        await (await one.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);

        await (await one.Post("/api/auth/logout")).ShouldBe(HttpStatusCode.NoContent);

        await (await one.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await one.Post("/api/auth/logout")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await other.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_ended_session_is_forgotten_once_no_token_of_it_could_still_be_valid()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:TokenLifetime"] = "08:00:00" });
        using var early = app.AsNewSignIn("dispatcher");
        await (await early.Post("/api/auth/logout")).ShouldBe(HttpStatusCode.NoContent);
        Assert.That(await EndedSessions(app), Is.EqualTo(1));

        app.Clock.Advance(TimeSpan.FromHours(11));
        using var late = app.AsNewSignIn("dispatcher");
        await (await late.Post("/api/auth/logout")).ShouldBe(HttpStatusCode.NoContent);

        Assert.That(await EndedSessions(app), Is.EqualTo(1), "the first is past every lifetime and dropped");
        await (await late.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static Task<long> EndedSessions(PetitionsApp app) =>
        app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM ended_sessions", null, CancellationToken.None));
}
