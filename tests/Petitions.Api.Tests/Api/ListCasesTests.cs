using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>Lists over the seeded appendix; this fixture's own app is only read, never written.</summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class ListCasesTests(string engine)
{
    private PetitionsApp _app = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        _app = new PetitionsApp(engine);
        _client = _app.As("dispatcher");
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        _client?.Dispose();
        _app?.Dispose();
    }

    [SetUp]
    public void ResetClock() => _app.Clock.SetToday(TestClock.MeetingMonday);

    private async Task<List<JsonNode>> Items(string query) =>
        [.. (await _client.GetJson("/api/cases?limit=200&" + query))["items"]!.AsArray().Select(n => n!)];

    private async Task<List<long>> Ids(string query) => [.. (await Items(query)).Select(c => c["id"]!.GetValue<long>())];

    [Test]
    public async Task The_twelve_appendix_cases_page_by_cursor_without_gaps_or_repeats()
    {
        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _client.GetJson("/api/cases?limit=5" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 12).Select(i => (long)i)));
    }

    [Test]
    public async Task Without_a_limit_a_page_holds_at_most_fifty()
    {
        var page = await _client.GetJson("/api/cases");

        Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(12));
        Assert.That(page["nextCursor"], Is.Null);
    }

    [Test]
    public async Task A_case_carries_what_outside_tools_rely_on()
    {
        var first = (await Items(""))[0].AsObject();

        Assert.That(first.Select(p => p.Key), Is.SupersetOf(new[]
        {
            "id", "petitionId", "sessionId", "text", "category", "location", "status", "departmentId", "dueDate",
            "lastWorkingDay", "overdue", "atRisk", "version", "submitterName", "organisation",
        }));
        Assert.That(first["submitterName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Bảo Bình"));
        Assert.That(first["organisation"]!.GetValue<string>(), Is.EqualTo("TDP số 19"));
    }

    [Test]
    public async Task Search_finds_Vietnamese_with_or_without_diacritics()
    {
        var plain = await Ids("q=" + Uri.EscapeDataString("ung ngap"));
        var accented = await Ids("q=" + Uri.EscapeDataString("úng ngập"));
        var typo = await Ids("q=" + Uri.EscapeDataString("ỨNG NGẬP"));

        Assert.That(plain, Is.EqualTo(new long[] { 1 }), "the appendix writes 'ứng ngập'");
        Assert.That(accented, Is.EqualTo(plain));
        Assert.That(typo, Is.EqualTo(plain));
        Assert.That(await Ids("q=" + Uri.EscapeDataString("nguyen thi due")), Is.EqualTo(new long[] { 10, 12 }));
        Assert.That(await Ids("q=" + Uri.EscapeDataString("Chi bộ 18")), Is.EqualTo(new long[] { 4, 5, 6 }), "the submitter's organisation is searched too");
        Assert.That(await Ids("q=" + Uri.EscapeDataString("100%_")), Is.Empty, "LIKE wildcards are taken literally");
    }

    [Test]
    public async Task Filters_by_category_status_session_and_department_combine()
    {
        Assert.That(await Ids("category=TrafficCongestion"), Is.EqualTo(new long[] { 3, 9, 10 }));
        Assert.That(await Ids("category=Security&q=tuan%20tra"), Is.EqualTo(new long[] { 5 }));
        Assert.That(await Ids("status=Received&sessionId=1"), Has.Count.EqualTo(12));
        Assert.That(await Ids("status=Assigned"), Is.Empty);
        Assert.That(await Ids("sessionId=2"), Is.Empty);
        Assert.That(await Ids("departmentId=2"), Is.Empty, "no case is routed yet; suggestions are not assignments");
    }

    [Test]
    public async Task Before_the_deadline_nothing_is_overdue_and_the_last_three_working_days_are_at_risk()
    {
        _app.Clock.SetToday(new DateOnly(2026, 4, 14));
        var tuesday = await Items("");
        _app.Clock.SetToday(new DateOnly(2026, 4, 15));
        var wednesday = await Items("");

        Assert.That(tuesday.Select(c => (c["overdue"]!.GetValue<bool>(), c["atRisk"]!.GetValue<bool>())), Is.All.EqualTo((false, false)));
        Assert.That(wednesday.Select(c => c["atRisk"]!.GetValue<bool>()), Is.All.True);
        Assert.That(wednesday.Select(c => c["lastWorkingDay"]!.GetValue<string>()), Is.All.EqualTo("2026-04-17"));
        Assert.That(await Ids("overdue=true"), Is.Empty);
        Assert.That(await Ids("overdue=false"), Has.Count.EqualTo(12));
    }

    [Test]
    public async Task On_the_deadline_every_unanswered_case_is_overdue()
    {
        _app.Clock.SetToday(new DateOnly(2026, 4, 20));

        Assert.That(await Ids("overdue=true"), Has.Count.EqualTo(12));
        Assert.That(await Ids("overdue=false"), Is.Empty);
        Assert.That((await Items("")).Select(c => c["overdue"]!.GetValue<bool>()), Is.All.True);
    }

    [Test]
    public async Task Deep_cursor_pages_read_from_where_the_last_one_ended()
    {
        var all = await Ids("");
        var cursor = (await _client.GetJson("/api/cases?limit=10"))["nextCursor"]!.GetValue<string>();

        var rest = await _client.GetJson("/api/cases?limit=10&cursor=" + Uri.EscapeDataString(cursor));

        Assert.That(rest["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(all.Skip(10)));
        await (await _client.GetAsync("/api/cases?limit=0")).ShouldBe(HttpStatusCode.BadRequest);
    }
}
