using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// GET /api/cases's filters for at risk, organisation, submission dates and escalation reason, and GET
/// /api/cases/counts. No test here changes a seeded case: the seeded twelve (submitted 10/4/2026) are counted as they
/// are, and each test's own petitions are told apart by a word of their own.
/// </summary>
public sealed class CaseFiltersTests(string engine) : ApiTests(engine)
{
    private static readonly long[] Seeded = [.. Enumerable.Range(1, 12).Select(i => (long)i)];

    private async Task<List<JsonNode>> Items(string query, HttpClient? client = null) =>
        [.. (await (client ?? Client).GetJson("/api/cases?limit=200&" + query))["items"]!.AsArray().Select(n => n!)];

    private async Task<List<long>> Ids(string query, HttpClient? client = null) => [.. (await Items(query, client)).Select(c => c["id"]!.GetValue<long>())];

    private static string Word() => "kiemtra" + Guid.NewGuid().ToString("N")[..8];

    private async Task<long> Assigned(string text, string dueDate)
    {
        var caseId = (await Flow.Submit(text)).CaseIds[0];
        await (await Client.Post($"/api/cases/{caseId}/assign", Workflow.Assignment(dueDate: dueDate))).ShouldBe(HttpStatusCode.OK);
        return caseId;
    }

    [Test]
    public async Task At_risk_finds_the_cases_whose_own_at_risk_flag_is_set_and_not_the_overdue_or_the_later_ones()
    {
        var word = Word();
        // Monday 13/4: due Thursday 16/4 (last working day Wednesday 15/4, two working days from today) is at risk;
        // due today is overdue; due 30/4 is neither.
        var atRisk = await Assigned($"Đề nghị sửa cống {word} một", "2026-04-16");
        var overdue = await Assigned($"Đề nghị sửa cống {word} hai", "2026-04-13");
        var later = await Assigned($"Đề nghị sửa cống {word} ba", "2026-04-30");

        var risky = await Items($"q={word}&atRisk=true");
        var notRisky = await Ids($"q={word}&atRisk=false");

        Assert.That(risky.Select(c => c["id"]!.GetValue<long>()), Is.EqualTo(new[] { atRisk }));
        Assert.That(risky.Select(c => c["atRisk"]!.GetValue<bool>()), Is.All.True);
        Assert.That(notRisky, Is.EqualTo(new[] { overdue, later }));
        Assert.That(await Ids($"q={word}&overdue=true"), Is.EqualTo(new[] { overdue }));

        // Two days on, 30/4 is still ahead and 16/4 has become the last of its at-risk days.
        App.Clock.SetToday(new DateOnly(2026, 4, 15));
        Assert.That(await Ids($"q={word}&atRisk=true"), Is.EqualTo(new[] { atRisk }));
        App.Clock.SetToday(new DateOnly(2026, 4, 16));
        Assert.That(await Ids($"q={word}&atRisk=true"), Is.Empty, "due today: overdue, no longer at risk");
    }

    [Test]
    public async Task At_risk_uses_the_working_calendar_across_a_holiday()
    {
        var word = Word();
        // Due Monday 4/5 after 30/4 – 3/5 off: the last working day is Wednesday 29/4, at risk from Monday 27/4? No:
        // 27/4 is Giỗ Tổ's day off in lieu, so from Friday 24/4.
        var caseId = await Assigned($"Đề nghị sửa đèn {word}", "2026-05-04");

        App.Clock.SetToday(new DateOnly(2026, 4, 23));
        Assert.That(await Ids($"q={word}&atRisk=true"), Is.Empty);
        App.Clock.SetToday(new DateOnly(2026, 4, 24));
        Assert.That(await Ids($"q={word}&atRisk=true"), Is.EqualTo(new[] { caseId }));
    }

    [Test]
    public async Task Organisation_finds_the_cases_of_one_residential_group_or_Party_cell()
    {
        Assert.That(await Ids("organisation=" + Uri.EscapeDataString("Chi bộ 18") + "&submittedTo=2026-04-10"), Is.EqualTo(new long[] { 4, 5, 6 }));
        Assert.That(await Ids("organisation=" + Uri.EscapeDataString("Chi bộ số 35")), Is.EqualTo(new long[] { 10, 11, 12 }));
        Assert.That(await Ids("organisation=" + Uri.EscapeDataString("Chi bộ số 99")), Is.Empty);
        Assert.That(await Ids("organisation=" + Uri.EscapeDataString("Chi bộ 18") + "&category=Environment"), Is.EqualTo(new long[] { 6 }), "filters combine");
    }

    [Test]
    public async Task Submission_dates_bound_the_list_by_Vietnam_days_inclusive()
    {
        var word = Word();
        var today = (await Flow.Submit($"Đề nghị dọn vệ sinh {word}")).CaseIds[0];

        Assert.That(await Ids("submittedFrom=2026-04-10&submittedTo=2026-04-10"), Is.EqualTo(Seeded), "the appendix, entered on the meeting day");
        Assert.That(await Ids($"q={word}&submittedFrom=2026-04-13&submittedTo=2026-04-13"), Is.EqualTo(new[] { today }));
        Assert.That(await Ids($"q={word}&submittedTo=2026-04-12"), Is.Empty);
        Assert.That(await Ids($"q={word}&submittedFrom=2026-04-14"), Is.Empty);
    }

    [Test]
    public async Task Dates_are_validated_with_the_field_and_the_reason()
    {
        var reversed = await Client.GetAsync("/api/cases?submittedFrom=2026-04-20&submittedTo=2026-04-10");
        var malformed = await Client.GetAsync("/api/cases?submittedFrom=20%2F04%2F2026");
        var unknownReason = await Client.GetAsync("/api/cases?escalationReason=Late");
        var countsReversed = await Client.GetAsync("/api/cases/counts?submittedFrom=2026-04-20&submittedTo=2026-04-10");

        await reversed.ShouldBe(HttpStatusCode.BadRequest);
        var code = (await reversed.Json())["fieldCodes"]!["submittedTo"]![0]!;
        Assert.That(code["code"]!.GetValue<string>(), Is.EqualTo("cases.submittedTo.beforeFrom"));
        Assert.That((code["args"]!["from"]!.GetValue<string>(), code["args"]!["to"]!.GetValue<string>()), Is.EqualTo(("2026-04-20", "2026-04-10")));
        await malformed.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await malformed.Json())["fieldCodes"]!.AsObject().Select(f => f.Key), Is.EqualTo(new[] { "submittedFrom" }));
        await unknownReason.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await unknownReason.Json())["fieldCodes"]!.AsObject().Select(f => f.Key), Is.EqualTo(new[] { "escalationReason" }));
        await countsReversed.ShouldBe(HttpStatusCode.BadRequest);
    }

    [TestCase("2026-04-15")]
    [TestCase("2026-04-21")]
    public async Task Each_escalation_reason_lists_the_cases_the_escalation_list_groups_under_it(string day)
    {
        // A referred case, a newly arising one (entered three days after the meeting) and one replied on time.
        await Flow.InStatus("Referred");
        await Flow.InStatus("Replied");
        await Flow.NewCase();
        App.Clock.SetToday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        var escalations = (await Client.GetJson("/api/escalations")).AsArray().Select(e => e!).ToList();
        foreach (var reason in new[] { "Overdue", "RepliedLate", "AtRisk", "BeyondAuthority", "NewlyArising" })
        {
            var expected = escalations
                .Where(e => e["reasons"]!.AsArray().Any(r => r!.GetValue<string>() == reason))
                .Select(e => e["caseId"]!.GetValue<long>())
                .Order();
            Assert.That(await Ids("escalationReason=" + reason), Is.EqualTo(expected), $"{reason} on {day}");
        }

        Assert.That(await Ids("escalationReason=BeyondAuthority"), Is.Not.Empty);
        Assert.That(await Ids("escalationReason=NewlyArising"), Is.Not.Empty);
        Assert.That(await Ids("escalationReason=" + (day == "2026-04-15" ? "AtRisk" : "Overdue")), Is.SupersetOf(Seeded));
    }

    [Test]
    public async Task Counts_of_the_seeded_triage_by_category_suggested_department_and_organisation()
    {
        var counts = await Client.GetJson("/api/cases/counts?status=Received&submittedTo=2026-04-10");

        Assert.That(counts["total"]!.GetValue<int>(), Is.EqualTo(12));
        Assert.That(counts["byCategory"]!.AsArray().ToDictionary(c => c!["category"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>()), Is.EquivalentTo(new Dictionary<string, int>
        {
            ["TrafficCongestion"] = 3,
            ["Security"] = 3,
            ["Environment"] = 2,
            ["Infrastructure"] = 2,
            ["Flooding"] = 1,
            ["UrbanOrder"] = 1,
        }));
        Assert.That(counts["bySuggestedDepartment"]!.AsArray().Select(d => (d!["departmentName"]!.GetValue<string>(), d["count"]!.GetValue<int>())),
            Is.EquivalentTo(new[] { ("KT-HT-ĐT", 6), ("Công an phường", 6) }));
        Assert.That(counts["byOrganisation"]!.AsArray().Select(o => o!["organisation"]!.GetValue<string>()),
            Is.EqualTo(new[] { "Chi bộ 13", "Chi bộ 18", "Chi bộ số 27", "Chi bộ số 35", "TDP số 19", "TDP số 23", "TDP số 25" }));
        var security = await Client.GetJson("/api/cases/counts?status=Received&submittedTo=2026-04-10&category=Security");
        Assert.That(security["total"]!.GetValue<int>(), Is.EqualTo(3), "the counts follow the filters");
    }

    [Test]
    public async Task Counts_agree_with_every_page_of_the_list_and_with_the_caller_s_scope()
    {
        await Flow.InStatus("Assigned");
        var all = await Items("status=Assigned");
        var counts = await Client.GetJson("/api/cases/counts?status=Assigned");
        var officers = await Flow.Officer.GetJson("/api/cases/counts");

        Assert.That(counts["total"]!.GetValue<int>(), Is.EqualTo(all.Count));
        Assert.That(officers["total"]!.GetValue<int>(), Is.EqualTo((await Items("", Flow.Officer)).Count));
        using var leader25 = App.As("leader25");
        Assert.That((await leader25.GetJson("/api/cases/counts"))["byOrganisation"]!.AsArray().Select(o => o!["organisation"]!.GetValue<string>()), Is.EqualTo(new[] { "TDP số 25" }));
    }

    [Test]
    public async Task A_supporting_department_still_finds_the_cases_it_supports_and_only_those()
    {
        var word = Word();
        var supported = await Assigned($"Đề nghị giải tỏa {word} một", "2026-04-16");
        var notSupported = await Assigned($"Đề nghị giải tỏa {word} hai", "2026-04-17");
        await (await Flow.Support(supported)).ShouldBe(HttpStatusCode.OK);
        using var congan = App.As("congan");

        Assert.That(await Ids($"q={word}", congan), Is.EqualTo(new[] { supported }));
        Assert.That(await Ids($"q={word}&status=Assigned&atRisk=true", congan), Is.EqualTo(new[] { supported }));
        Assert.That(await Ids($"q={word}", Flow.Officer), Is.EqualTo(new[] { supported, notSupported }), "the lead sees both");
        await (await congan.GetAsync($"/api/cases/{notSupported}")).ShouldBe(HttpStatusCode.NotFound);
    }
}
