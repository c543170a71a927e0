using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Access;

/// <summary>Every answer, refusals and failures included, carries the security headers and is a problem document.</summary>
public sealed class ErrorResponseTests
{
    [Test]
    public async Task Every_refusal_and_failure_carries_the_security_headers_and_is_a_problem_document()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:SignInsPerAddressPerMinute"] = "10" });
        var flow = new Workflow(app);
        var caseId = await flow.NewCase();
        using var anonymous = app.CreateClient();
        using var browser = app.CreateClient();
        await (await browser.Post("/api/auth/login", new { username = "leader19", password = "petitions-demo" })).ShouldBe(HttpStatusCode.OK);

        var answers = new List<(string What, HttpStatusCode Expected, HttpResponseMessage Response)>
        {
            ("a field error", HttpStatusCode.BadRequest, await flow.Leader.Post("/api/petitions", new { sessionId = 0 })),
            ("malformed JSON", HttpStatusCode.BadRequest, await flow.Leader.Post("/api/petitions", Http.RawJson("{\"sessionId\": "))),
            ("a key given twice", HttpStatusCode.BadRequest, await flow.Leader.Post("/api/petitions", Http.RawJson("""{"sessionId": 1, "sessionId": 2}"""))),
            ("not signed in", HttpStatusCode.Unauthorized, await anonymous.GetAsync("/api/cases")),
            ("a role that may not", HttpStatusCode.Forbidden, await flow.Leader.Post($"/api/cases/{caseId}/assign", Workflow.Assignment())),
            ("no antiforgery token", HttpStatusCode.Forbidden, await browser.Post("/api/petitions", Workflow.Petition("Đề nghị"))),
            ("an unknown path", HttpStatusCode.NotFound, await flow.Leader.GetAsync("/api/nothing-here")),
            ("an unknown case", HttpStatusCode.NotFound, await flow.Leader.GetAsync("/api/cases/999999")),
            ("a method the path does not take", HttpStatusCode.MethodNotAllowed, await flow.Leader.DeleteAsync($"/api/cases/{caseId}")),
            ("a refused transition", HttpStatusCode.Conflict, await flow.Leader.Post($"/api/cases/{caseId}/close")),
            ("a body over 1 MiB", HttpStatusCode.RequestEntityTooLarge, await flow.Leader.Post("/api/petitions", Http.RawJson("\"" + new string('a', 1100 * 1024) + "\""))),
            ("text that is not JSON", HttpStatusCode.UnsupportedMediaType, await flow.Leader.Post("/api/petitions", new StringContent("hello"))),
        };
        HttpResponseMessage signIn;
        do
        {
            signIn = await anonymous.Post("/api/auth/token", new { username = "nobody", password = "wrong-password" });
        }
        while (signIn.StatusCode == HttpStatusCode.Unauthorized);
        answers.Add(("too many sign-ins", HttpStatusCode.TooManyRequests, signIn));

        // A failure of our own: the departments table is gone.
        await app.WithDb(db => db.Execute("ALTER TABLE departments RENAME TO departments_gone", null, CancellationToken.None));
        answers.Add(("a failure on our side", HttpStatusCode.InternalServerError, await flow.Leader.GetAsync("/api/departments")));

        foreach (var (what, expected, response) in answers)
        {
            await response.ShouldBe(expected);
            AssertSecurityHeaders(response, what);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), what);
            var problem = await response.Json();
            Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)expected), what);
            Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Empty, what);
        }
    }

    [Test]
    public async Task Kestrel_names_no_server_and_its_own_answers_carry_the_headers()
    {
        using var app = new PetitionsApp();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var notFoundRequest = new HttpRequestMessage(HttpMethod.Get, "/api/cases/999999");
        var token = await client.Post("/api/auth/token", new { username = "leader19", password = "petitions-demo" });
        notFoundRequest.Headers.Authorization = new("Bearer", (await token.Json())["accessToken"]!.GetValue<string>());
        var notFound = await client.SendAsync(notFoundRequest);
        var unauthorised = await client.GetAsync("/api/cases");
        var invalid = await client.Post("/api/auth/token", Http.RawJson("""{"username": "a\u0000", "password": "x"}"""));

        foreach (var (response, status) in new[] { (notFound, HttpStatusCode.NotFound), (unauthorised, HttpStatusCode.Unauthorized), (invalid, HttpStatusCode.BadRequest) })
        {
            await response.ShouldBe(status);
            AssertSecurityHeaders(response, $"{(int)status} from Kestrel");
        }
    }

    [Test]
    public async Task A_key_given_twice_names_the_field()
    {
        using var app = new PetitionsApp();
        using var admin = app.As("admin");

        var response = await admin.Post("/api/users/2/reset-password", Http.RawJson("""{"password": "mật-khẩu-mới-2026", "password": "another-password"}"""));

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await response.Json())["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public async Task A_page_keeps_its_own_stricter_policy()
    {
        using var app = new PetitionsApp();
        using var partyOffice = app.As("partyoffice");

        var page = await partyOffice.GetAsync("/api/sessions/1/report?format=html");

        await page.ShouldBe(HttpStatusCode.OK);
        AssertSecurityHeaders(page, "the printable report");
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"));
    }

    public static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        Assert.That(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) ? sniff : [], Is.EqualTo(new[] { "nosniff" }), what);
        Assert.That(response.Headers.TryGetValues("Referrer-Policy", out var referrer) ? referrer : [], Is.EqualTo(new[] { "no-referrer" }), what);
        Assert.That(response.Headers.TryGetValues("X-Frame-Options", out var frame) ? frame : [], Is.EqualTo(new[] { "DENY" }), what);
        Assert.That(response.Headers.TryGetValues("Content-Security-Policy", out var policy) ? policy : [], Has.Exactly(1).Items, what);
        Assert.That(response.Headers.Contains("Server"), Is.False, what);
    }
}
