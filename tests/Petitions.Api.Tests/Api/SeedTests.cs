using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class SeedTests(string engine)
{
    private static readonly string SeedsFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    private static IReadOnlyList<(int Petition, string Text)> AppendixItems()
    {
        using var session = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsFolder, "sessions", "yen-hoa-2026-q1.json")));
        return [.. session.RootElement.GetProperty("petitions").EnumerateArray()
            .SelectMany(p => p.GetProperty("items").EnumerateArray()
                .Select(i => (p.GetProperty("number").GetInt32(), i.GetProperty("text").GetString()!)))];
    }

    [Test]
    public async Task The_appendix_is_there_on_first_start_seven_petitions_and_every_item_a_case()
    {
        using var app = new PetitionsApp(engine);
        using var client = app.As("dispatcher");

        var sessions = await client.GetJson("/api/sessions");
        var session = sessions.AsArray().Single()!;
        Assert.That(session["title"]!.GetValue<string>(), Does.StartWith("Hội nghị giao ban đánh giá công tác quý I/2026"));
        Assert.That(session["replyDeadline"]!.GetValue<string>(), Is.EqualTo("2026-04-20"));
        Assert.That(session["lastWorkingDay"]!.GetValue<string>(), Is.EqualTo("2026-04-17"));
        Assert.That(session["petitionCount"]!.GetValue<int>(), Is.EqualTo(7));

        var listed = await client.GetJson("/api/cases?limit=200");
        var texts = listed["items"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()).ToList();
        Assert.That(texts, Is.EqualTo(AppendixItems().Select(i => i.Text)), "every appendix item, verbatim and in order");
        Assert.That(texts, Has.Count.EqualTo(12));
    }

    [Test]
    public async Task Each_appendix_petition_keeps_its_submitter_and_its_cases()
    {
        using var app = new PetitionsApp(engine);
        using var client = app.As("dispatcher");

        var seventh = await client.GetJson("/api/petitions/7");

        Assert.That(seventh["submitterName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Thị Thu Vân"));
        Assert.That(seventh["submitterTitle"]!.GetValue<string>(), Is.EqualTo("Bí thư Chi bộ số 35"));
        Assert.That(seventh["organisation"]!.GetValue<string>(), Is.EqualTo("Chi bộ số 35"));
        Assert.That(seventh["leadAgency"]!.GetValue<string>(), Is.EqualTo("UBND phường"));
        var cases = seventh["cases"]!.AsArray();
        Assert.That(cases.Select(c => c!["category"]!.GetValue<string>()), Is.EqualTo(new[] { "TrafficCongestion", "Infrastructure", "Security" }));
        Assert.That(cases.Select(c => c!["suggestedDepartmentName"]!.GetValue<string>()), Is.EqualTo(new[] { "Công an phường", "KT-HT-ĐT", "Công an phường" }));
        Assert.That(cases.Select(c => c!["status"]!.GetValue<string>()), Is.All.EqualTo("Received"));
        var history = (await client.GetJson($"/api/cases/{cases[0]!["id"]}"))["history"]!.AsArray();
        Assert.That(history.Single()!["details"]!["stt"]!.GetValue<int>(), Is.EqualTo(7));
    }

    [Test]
    public async Task Loading_the_seeds_again_changes_nothing()
    {
        using var app = new PetitionsApp(engine);
        using var client = app.As("dispatcher");
        var tables = new[] { "wards", "departments", "categories", "category_departments", "calendar_days", "sessions", "petitions", "cases", "case_events" };
        async Task<long[]> Counts() => await app.WithDb(async db =>
        {
            var counts = new List<long>();
            foreach (var table in tables)
            {
                counts.Add(await db.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}", null, CancellationToken.None));
            }

            return counts.ToArray();
        });
        var first = await Counts();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().Load(SeedsFolder, demoSessions: true, currentQuarter: false, CancellationToken.None);
        }

        Assert.That(await Counts(), Is.EqualTo(first));
        Assert.That(first[Array.IndexOf(tables, "cases")], Is.EqualTo(12));
    }

    [Test]
    public async Task A_restart_on_the_same_file_keeps_the_work_done_and_adds_no_seed_twice()
    {
        if (engine != Engines.Sqlite)
        {
            Assert.Ignore("Restarting on the same file is a SQLite matter.");
        }

        var folder = Directory.CreateTempSubdirectory("petitions-restart").FullName;
        var file = Path.Combine(folder, "petitions.db");
        try
        {
            using (var first = new PetitionsApp(engine, sqliteFile: file))
            using (var client = first.As("dispatcher"))
            {
                await (await new Workflow(first).Assign(1)).ShouldBe(HttpStatusCode.OK);
            }

            using var second = new PetitionsApp(engine, sqliteFile: file);
            using var again = second.As("dispatcher");
            var listed = await again.GetJson("/api/cases?limit=200");
            Assert.That(listed["items"]!.AsArray(), Has.Count.EqualTo(12));
            Assert.That((await again.GetJson("/api/cases/1"))["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task The_working_day_calendar_covers_2026_and_2027_with_the_lunar_holidays()
    {
        using var app = new PetitionsApp(engine);
        using var client = app.As("dispatcher");

        var days = await app.WithDb(db => db.Query<DateOnly>("SELECT day FROM calendar_days WHERE is_working_day = 0", null, CancellationToken.None));

        Assert.That(days, Does.Contain(new DateOnly(2026, 2, 17)), "Tết Bính Ngọ");
        Assert.That(days, Does.Contain(new DateOnly(2026, 4, 26)), "Giỗ Tổ Hùng Vương 2026");
        Assert.That(days, Does.Contain(new DateOnly(2027, 2, 6)), "Tết Đinh Mùi");
        Assert.That(days, Does.Contain(new DateOnly(2027, 4, 16)), "Giỗ Tổ Hùng Vương 2027");
    }
}
