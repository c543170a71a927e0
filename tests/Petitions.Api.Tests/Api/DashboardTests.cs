using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>The dashboard's figures, counted by the database, agree with the case list they replace.</summary>
public sealed class DashboardTests
{
    private PetitionsApp _app = null!;
    private Workflow _flow = null!;

    [SetUp]
    public void SetUp()
    {
        _app = new PetitionsApp(settings: new() { ["Notifications:Digest"] = "false" });
        _flow = new Workflow(_app);
    }

    [TearDown]
    public void TearDown() => _app.Dispose();

    private async Task<List<JsonNode>> AllCases(HttpClient client, string query = "")
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = await client.GetJson($"/api/cases?limit=200{query}{(cursor is null ? "" : $"&cursor={cursor}")}");
            all.AddRange(page["items"]!.AsArray().Select(n => n!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return all;
    }

    [Test]
    public async Task The_figures_match_the_cases_on_time_late_and_overdue()
    {
        var (onTimePetition, onTimeCase) = await _flow.InStatus("Resolved");
        await _flow.Reply(onTimePetition, onTimeCase);
        var (latePetition, lateCase) = await _flow.InStatus("Resolved");
        await _flow.InStatus("InProgress");
        _app.Clock.SetToday(new DateOnly(2026, 4, 21));
        await _flow.Reply(latePetition, lateCase);

        var summary = await _flow.Dispatcher.GetJson("/api/dashboard");
        var cases = await AllCases(_flow.Dispatcher);

        Assert.That(summary["total"]!.GetValue<int>(), Is.EqualTo(cases.Count));
        Assert.That(summary["replied"]!.GetValue<int>(), Is.EqualTo(cases.Count(c => c["repliedOn"] is not null)).And.EqualTo(2));
        Assert.That(summary["onTime"]!.GetValue<int>(), Is.EqualTo(1), "replied 13/4, before the due date; the other on 21/4");
        Assert.That(summary["overdue"]!.GetValue<int>(), Is.EqualTo(cases.Count(c => c["overdue"]!.GetValue<bool>())).And.EqualTo(cases.Count - 2));
        var byStatus = summary["byStatus"]!.AsArray().ToDictionary(s => s!["status"]!.GetValue<string>(), s => s!["count"]!.GetValue<int>());
        Assert.That(byStatus, Is.EquivalentTo(cases.GroupBy(c => c["status"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count())));
        var byDepartment = summary["byDepartment"]!.AsArray().ToDictionary(d => d!["departmentName"]?.GetValue<string>() ?? "-", d => d!["count"]!.GetValue<int>());
        Assert.That(byDepartment, Is.EquivalentTo(cases.GroupBy(c => c["departmentName"]?.GetValue<string>() ?? "-").ToDictionary(g => g.Key, g => g.Count())));
        var byCategory = summary["byCategory"]!.AsArray().Select(c => c!["count"]!.GetValue<int>()).ToList();
        Assert.That(byCategory, Is.Ordered.Descending);
        Assert.That(byCategory.Sum(), Is.EqualTo(cases.Count));
    }

    [Test]
    public async Task A_session_filter_counts_that_session_only_and_a_department_officer_is_refused()
    {
        var created = await _app.As("admin").Post("/api/sessions", new { code = "2026-Q2", title = "Hội nghị quý II/2026", heldOn = "2026-07-10", replyDeadline = "2026-07-24" });
        await created.ShouldBe(HttpStatusCode.Created);
        var sessionId = (await created.Json())["id"]!.GetValue<long>();

        var empty = await _flow.Dispatcher.GetJson($"/api/dashboard?sessionId={sessionId}");
        Assert.That(empty["total"]!.GetValue<int>(), Is.Zero);
        Assert.That(empty["byStatus"]!.AsArray(), Is.Empty);
        var seeded = await _app.As("partyoffice").GetJson("/api/dashboard?sessionId=1");
        Assert.That(seeded["total"]!.GetValue<int>(), Is.EqualTo((await AllCases(_flow.Dispatcher, "&sessionId=1")).Count));

        Assert.That((await _flow.Officer.GetAsync("/api/dashboard")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
