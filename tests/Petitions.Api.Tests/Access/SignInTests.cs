using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Access;

public sealed class SignInTests
{
    private static Task<HttpResponseMessage> SignIn(HttpClient client, string username, string password) =>
        client.Post("/api/auth/token", new { username, password });

    private static HttpClient WithToken(PetitionsApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Base64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=')));
    }

    [Test]
    public async Task A_token_signs_in_an_API_client_and_says_when_it_expires()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:TokenLifetime"] = "08:00:00" });
        using var client = app.CreateClient();

        var response = await SignIn(client, "Dispatcher ", "petitions-demo");

        await response.ShouldBe(HttpStatusCode.OK);
        var json = await response.Json();
        Assert.That(DateTimeOffset.Parse(json["expiresAt"]!.GetValue<string>()), Is.EqualTo(app.Clock.GetUtcNow().AddHours(8)).Within(TimeSpan.FromSeconds(1)));
        using var signedIn = WithToken(app, json["accessToken"]!.GetValue<string>());
        Assert.That((await signedIn.GetJson("/api/auth/me"))["role"]!.GetValue<string>(), Is.EqualTo("Dispatcher"));
    }

    [Test]
    public async Task Wrong_passwords_and_unknown_users_are_refused_alike()
    {
        using var app = new PetitionsApp();
        using var client = app.CreateClient();

        var wrong = await SignIn(client, "leader19", "not-the-password");
        var unknown = await SignIn(client, "nobody", "not-the-password");

        await wrong.ShouldBe(HttpStatusCode.Unauthorized);
        await unknown.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.That((await wrong.Json())["detail"]!.ToString(), Is.EqualTo((await unknown.Json())["detail"]!.ToString()));
    }

    [Test]
    public async Task Five_failures_lock_the_account_for_a_while_even_against_the_right_password()
    {
        using var app = new PetitionsApp();
        using var client = app.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            await (await SignIn(client, "leader25", "guess-" + i)).ShouldBe(HttpStatusCode.Unauthorized);
        }

        var fifth = await SignIn(client, "leader25", "guess-5");
        var right = await SignIn(client, "leader25", "petitions-demo");

        await fifth.ShouldBe(HttpStatusCode.TooManyRequests);
        Assert.That(fifth.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));
        await right.ShouldBe(HttpStatusCode.TooManyRequests);
        Assert.That(right.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        await (await SignIn(client, "leader19", "petitions-demo")).ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        await (await SignIn(client, "leader25", "petitions-demo")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Sign_ins_from_one_address_are_rate_limited()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:SignInsPerAddressPerMinute"] = "3" });
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await (await SignIn(client, "overseer", "petitions-demo")).ShouldBe(HttpStatusCode.OK);
        }

        var fourth = await SignIn(client, "overseer", "petitions-demo");

        await fourth.ShouldBe(HttpStatusCode.TooManyRequests);
        Assert.That(fourth.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task Intake_is_rate_limited_per_user()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:PetitionsPerUserPerMinute"] = "2" });
        using var leader = app.As("leader19");
        using var dispatcher = app.As("dispatcher");

        await (await leader.Post("/api/petitions", Workflow.Petition("Một"))).ShouldBe(HttpStatusCode.Created);
        await (await leader.Post("/api/petitions", Workflow.Petition("Hai"))).ShouldBe(HttpStatusCode.Created);
        var third = await leader.Post("/api/petitions", Workflow.Petition("Ba"));

        await third.ShouldBe(HttpStatusCode.TooManyRequests);
        Assert.That(third.Headers.RetryAfter, Is.Not.Null);
        await (await dispatcher.Post("/api/petitions", Workflow.Petition("Bốn"))).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_tampered_forged_or_unsigned_token_is_refused()
    {
        using var app = new PetitionsApp();
        var token = app.TokenFor("leader19");
        var parts = token.Split('.');
        var payload = JsonNode.Parse(FromBase64Url(parts[1]))!;
        payload["role"] = "Admin";

        var tampered = $"{parts[0]}.{Base64Url(payload.ToJsonString())}.{parts[2]}";
        var unsigned = $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{Base64Url(payload.ToJsonString())}.";
        var forged = $"{parts[0]}.{parts[1]}.{Base64Url("not the signature")}";
        using var genuine = WithToken(app, token);
        await (await genuine.GetAsync("/api/users")).ShouldBe(HttpStatusCode.Forbidden);

        foreach (var bad in new[] { tampered, unsigned, forged, "garbage" })
        {
            using var client = WithToken(app, bad);
            await (await client.GetAsync("/api/users")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        await (await genuine.GetAsync("/api/users")).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_expired_token_is_refused()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:TokenLifetime"] = "08:00:00" });
        using var client = WithToken(app, app.TokenFor("dispatcher"));
        await (await client.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromHours(9));

        await (await client.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_disabled_user_is_out_at_once_and_back_when_enabled()
    {
        using var app = new PetitionsApp();
        using var admin = app.As("admin");
        using var overseer = app.As("overseer");
        var id = (await admin.GetJson("/api/users")).AsArray().Single(u => u!["username"]!.GetValue<string>() == "overseer")!["id"]!.GetValue<long>();
        await (await overseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);

        await (await admin.Post($"/api/users/{id}/disable")).ShouldBe(HttpStatusCode.OK);

        await (await overseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        using var anonymous = app.CreateClient();
        await (await SignIn(anonymous, "overseer", "petitions-demo")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await admin.Post($"/api/users/{id}/enable")).ShouldBe(HttpStatusCode.OK);
        await (await SignIn(anonymous, "overseer", "petitions-demo")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_edit_straight_in_the_database_is_noticed_once_the_user_cache_lifetime_has_passed()
    {
        using var app = new PetitionsApp(settings: new() { ["Auth:UserCacheLifetime"] = "00:00:05" });
        using var overseer = app.As("overseer");
        await (await overseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);

        await app.WithDb(db => db.Execute("UPDATE users SET is_disabled = 1 WHERE username = 'overseer'", null, CancellationToken.None));
        await (await overseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        await (await overseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_administrator_creates_a_user_who_signs_in_with_the_role_and_scope_given()
    {
        using var app = new PetitionsApp();
        using var admin = app.As("admin");

        var created = await admin.Post("/api/users", new { username = "leader23", displayName = "Quách Văn Vinh", role = "GroupLeader", organisation = "TDP số 23", password = "mật-khẩu-tạm-thời" });
        await created.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Json())["id"]!.GetValue<long>();

        var cases = await WithToken(app, app.TokenFor("leader23", "mật-khẩu-tạm-thời")).GetJson("/api/cases?limit=200");
        Assert.That(cases["items"]!.AsArray().Select(c => c!["organisation"]!.GetValue<string>()), Is.All.EqualTo("TDP số 23"));

        var missing = await admin.Post("/api/users", new { username = "officer9", displayName = "Cán bộ", role = "DepartmentOfficer", password = "mật-khẩu-tạm-thời" });
        await missing.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await missing.Json())["errors"]!["departmentId"], Is.Not.Null);
        var taken = await admin.Post("/api/users", new { username = "leader23", displayName = "Trùng", role = "Overseer" });
        await taken.ShouldBe(HttpStatusCode.Conflict);
        Assert.That(id, Is.GreaterThan(0));
    }

    [Test]
    public async Task A_new_password_or_role_ends_the_old_sessions()
    {
        using var app = new PetitionsApp();
        using var admin = app.As("admin");
        var users = (await admin.GetJson("/api/users")).AsArray();
        long IdOf(string name) => users.Single(u => u!["username"]!.GetValue<string>() == name)!["id"]!.GetValue<long>();
        using var oldCongan = WithToken(app, app.TokenFor("congan"));
        using var oldOverseer = WithToken(app, app.TokenFor("overseer"));
        await (await oldCongan.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
        await (await oldOverseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);

        await (await admin.Post($"/api/users/{IdOf("congan")}/reset-password", new { password = "mật-khẩu-mới-2026" })).ShouldBe(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/users/{IdOf("overseer")}", System.Net.Http.Json.JsonContent.Create(new { displayName = "Thường trực HĐND", role = "PartyOffice" }))).ShouldBe(HttpStatusCode.OK);

        await (await oldCongan.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await oldOverseer.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
        using var anonymous = app.CreateClient();
        await (await SignIn(anonymous, "congan", "petitions-demo")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await SignIn(anonymous, "congan", "mật-khẩu-mới-2026")).ShouldBe(HttpStatusCode.OK);
        var promoted = await SignIn(anonymous, "overseer", "petitions-demo");
        using var newOverseer = WithToken(app, (await promoted.Json())["accessToken"]!.GetValue<string>());
        Assert.That((await newOverseer.GetJson("/api/auth/me"))["role"]!.GetValue<string>(), Is.EqualTo("PartyOffice"));
    }

    [Test]
    public async Task The_web_app_signs_in_with_a_strict_HttpOnly_cookie_and_changes_need_the_antiforgery_token()
    {
        using var app = new PetitionsApp();
        using var browser = app.CreateClient();

        var login = await browser.Post("/api/auth/login", new { username = "leader19", password = "petitions-demo" });

        await login.ShouldBe(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-petitions=", StringComparison.Ordinal));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("httponly").And.Contain("samesite=strict").And.Contain("secure").And.Contain("path=/"));
        var json = await login.Json();
        Assert.That(json["user"]!["username"]!.GetValue<string>(), Is.EqualTo("leader19"));
        var antiforgery = json["antiforgery"]!["token"]!.GetValue<string>();

        await (await browser.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
        var withoutToken = await browser.Post("/api/petitions", Workflow.Petition("Đề nghị"));
        await withoutToken.ShouldBe(HttpStatusCode.Forbidden);
        Assert.That((await withoutToken.Json())["title"]!.GetValue<string>(), Is.EqualTo("Antiforgery token missing or invalid"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/petitions") { Content = System.Net.Http.Json.JsonContent.Create(Workflow.Petition("Đề nghị")) };
        request.Headers.Add("X-CSRF-TOKEN", antiforgery);
        await (await browser.SendAsync(request)).ShouldBe(HttpStatusCode.Created);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("X-CSRF-TOKEN", antiforgery);
        await (await browser.SendAsync(logout)).ShouldBe(HttpStatusCode.NoContent);
        await (await browser.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_cookie_session_ends_after_30_idle_minutes_and_after_10_hours_in_any_case()
    {
        using var app = new PetitionsApp();
        using var idle = app.CreateClient();
        using var busy = app.CreateClient();
        await (await idle.Post("/api/auth/login", new { username = "dispatcher", password = "petitions-demo" })).ShouldBe(HttpStatusCode.OK);
        await (await busy.Post("/api/auth/login", new { username = "partyoffice", password = "petitions-demo" })).ShouldBe(HttpStatusCode.OK);

        // Every 20 minutes the busy user does something; the idle one does nothing after signing in.
        for (var minutes = 20; minutes < 600; minutes += 20)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            await (await busy.GetAsync("/api/sessions")).ShouldBe(HttpStatusCode.OK);
            if (minutes == 40)
            {
                await (await idle.GetAsync("/api/sessions")).ShouldBe(HttpStatusCode.Unauthorized);
            }
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await (await busy.GetAsync("/api/sessions")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Responses_carry_the_security_headers_and_oversized_bodies_are_refused()
    {
        using var app = new PetitionsApp();
        using var client = app.As("leader19");

        var response = await client.GetAsync("/api/sessions");
        var huge = await client.Post("/api/petitions", Http.RawJson("{\"items\":[{\"text\":\"" + new string('a', 2 * 1024 * 1024) + "\"}]}"));

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'"));
        await huge.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task No_password_or_token_reaches_the_logs()
    {
        var logs = new CapturingLoggerProvider();
        using var app = new PetitionsApp();
        using var logged = app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        using var client = logged.CreateClient();

        var signIn = await SignIn(client, "leader19", "petitions-demo");
        var token = (await signIn.Json())["accessToken"]!.GetValue<string>();
        await SignIn(client, "leader19", "sai-mật-khẩu-bí-mật");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await (await client.Post("/api/petitions", Workflow.Petition("Đề nghị"))).ShouldBe(HttpStatusCode.Created);

        Assert.That(logs.Messages, Is.Not.Empty);
        Assert.That(logs.Messages, Has.None.Contain("petitions-demo").And.None.Contain("sai-mật-khẩu-bí-mật").And.None.Contain(token[..40]));
    }

    [Test]
    public async Task Events_record_the_acting_user()
    {
        using var app = new PetitionsApp();
        var flow = new Workflow(app);
        var caseId = await flow.NewCase();

        await (await flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        await (await flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);

        var history = (await flow.Dispatcher.GetJson($"/api/cases/{caseId}"))["history"]!.AsArray();
        Assert.That(history.Select(e => e!["actor"]!.GetValue<string>()), Is.EqualTo(new[] { "leader19", "dispatcher", "ktht" }));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Capturing(this);

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Messages)
                {
                    owner.Messages.Add(formatter(state, exception) + exception);
                }
            }
        }
    }
}
