using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// Production never has usable demo accounts nor the demo appendix: the reference seeds load, the Yên Hòa session does
/// not unless configured, and demo accounts left by an earlier Development start are disabled, saying so.
/// </summary>
public sealed class DemoDataTests
{
    private string _data = null!;

    [SetUp]
    public void CreateDataFolder() => _data = Directory.CreateTempSubdirectory("petitions-demo-").FullName;

    [TearDown]
    public void DeleteDataFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Test]
    public async Task Production_loads_the_reference_seeds_but_no_demo_session_and_has_no_demo_account()
    {
        using var app = new PetitionsApp(sqliteFile: Path.Combine(_data, "petitions.db"), environment: "Production");
        using var client = app.CreateClient();

        await (await client.Post("/api/auth/token", new { username = "admin", password = "petitions-demo" })).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.That(await Count(app, "users"), Is.Zero);
        Assert.That(await Count(app, "sessions"), Is.Zero);
        Assert.That(await Count(app, "petitions"), Is.Zero);
        Assert.That(await Count(app, "categories"), Is.EqualTo(8));
        Assert.That(await Count(app, "calendar_days"), Is.GreaterThan(20));
        Assert.That(await Count(app, "wards"), Is.EqualTo(1), "the ward seeds are the installation's reference data");
    }

    [Test]
    public async Task Production_loads_the_demo_session_when_told_to()
    {
        using var app = new PetitionsApp(
            sqliteFile: Path.Combine(_data, "petitions.db"),
            environment: "Production",
            settings: new Dictionary<string, string> { ["Database:LoadDemoSessions"] = "true" });
        _ = app.Server;

        Assert.That(await Count(app, "sessions"), Is.EqualTo(1));
        Assert.That(await Count(app, "cases"), Is.EqualTo(12));
        Assert.That(await Count(app, "users"), Is.Zero);
    }

    [Test]
    public async Task Demo_accounts_left_by_a_Development_start_are_disabled_in_Production_and_start_up_says_so()
    {
        var file = Path.Combine(_data, "petitions.db");
        using (var development = new PetitionsApp(sqliteFile: file))
        {
            await development.AddUser("chau", Petitions.Api.Domain.Role.Admin, password: "mật-khẩu-của-châu");
            using var client = development.As("dispatcher");
            await (await client.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var production = AppProcess.Api(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Data__Path"] = _data }))
        {
            var line = production.WaitForLine(l => l.Contains("demo accounts", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            Assert.That(line, Does.Contain("admin, congan, dispatcher, ktht, leader19, leader25, overseer, partyoffice").And.Contain("disabled"));
            production.WaitForLine(l => l.Contains("Application started", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        }

        using var again = new PetitionsApp(sqliteFile: file, environment: "Production");
        using var anonymous = again.CreateClient();
        await (await anonymous.Post("/api/auth/token", new { username = "dispatcher", password = "petitions-demo" })).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.Post("/api/auth/token", new { username = "chau", password = "mật-khẩu-của-châu" })).ShouldBe(HttpStatusCode.OK);
        Assert.That(await again.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM users WHERE is_disabled = 1", null, CancellationToken.None)), Is.EqualTo(8));
    }

    [Test]
    public async Task Development_also_opens_the_current_quarter_so_a_newcomer_can_submit_after_the_appendix_deadline()
    {
        using var app = new PetitionsApp(sqliteFile: Path.Combine(_data, "petitions.db"), environment: "Development");
        app.Clock.SetToday(new DateOnly(2026, 12, 2));
        using var leader = app.As("leader19");

        var sessions = (await leader.GetJson("/api/sessions")).AsArray();
        var appendix = sessions.Single(s => s!["code"]!.GetValue<string>() == "2026-Q1")!;
        var quarter = sessions.Single(s => s!["code"]!.GetValue<string>() == "2026-Q4")!;
        Assert.That(appendix["takesPetitions"]!.GetValue<bool>(), Is.False, "the appendix's deadline, 20/4/2026, has passed");
        Assert.That(quarter["takesPetitions"]!.GetValue<bool>(), Is.True);
        Assert.That(quarter["heldOn"]!.GetValue<string>(), Is.EqualTo("2026-12-02"));
        Assert.That(quarter["replyDeadline"]!.GetValue<string>(), Is.EqualTo("2027-01-20"));
        Assert.That(quarter["title"]!.GetValue<string>(), Is.EqualTo("Hội nghị giao ban quý IV/2026 (dữ liệu mẫu)"));

        var petition = await leader.Post("/api/petitions", new
        {
            sessionId = quarter["id"]!.GetValue<long>(),
            submitter = new { name = "Nguyễn Bảo Bình", title = "Tổ trưởng TDP số 19", organisation = "TDP số 19", area = "Trung Hòa" },
            items = new[] { new { text = "Đề nghị lắp đèn chiếu sáng ngõ 5" } },
        });
        await petition.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Outside_Development_no_current_quarter_session_is_opened()
    {
        using var app = new PetitionsApp(sqliteFile: Path.Combine(_data, "petitions.db"));
        _ = app.Server;

        Assert.That(await Count(app, "sessions"), Is.EqualTo(1), "the tests' environment has the appendix's session only");
    }

    private static Task<long> Count(PetitionsApp app, string table) =>
        app.WithDb(db => db.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}", null, CancellationToken.None));
}
