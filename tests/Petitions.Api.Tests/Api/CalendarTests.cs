using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The working calendar for any year: seeded years exactly as seeded, others by rule with the swapped days the
/// administrator enters, and a warning while a year by rule has none entered.
/// </summary>
public sealed class CalendarTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_seeded_year_is_its_seeds_exactly_and_cannot_be_edited()
    {
        using var admin = App.As("admin");
        var year = await admin.GetJson("/api/calendar/2026");

        Assert.That(year["byRule"]!.GetValue<bool>(), Is.False);
        Assert.That(year["swapsMissing"]!.GetValue<bool>(), Is.False);
        var days = Days(year);
        Assert.That(days, Has.Count.EqualTo(24), "the 24 rows of seeds/holidays.json for 2026");
        Assert.That(days.Select(d => d["source"]!.GetValue<string>()), Is.All.EqualTo("Seed"));
        Assert.That(days.Select(Date), Does.Contain("2026-08-31").And.Not.Contain("2026-09-03"), "the announced swap, not the rule's day beside 2/9");

        var refused = await admin.PutAsync("/api/calendar/2026/swaps", Http.RawJson("""{"days": []}"""));
        await refused.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await refused.Json())["code"]!.GetValue<string>(), Is.EqualTo("calendarYearSeeded"));
    }

    [Test]
    public async Task A_year_by_rule_warns_until_its_swaps_are_entered_and_then_counts_them_in_deadlines()
    {
        using var admin = App.As("admin");
        var before = await admin.GetJson("/api/calendar/2029");

        Assert.That(before["byRule"]!.GetValue<bool>(), Is.True);
        Assert.That(before["swapsMissing"]!.GetValue<bool>(), Is.True, "the admin is warned");
        Assert.That(Days(before).Select(Date), Does.Contain("2029-02-12").And.Contain("2029-04-23").And.Contain("2029-09-04"));
        Assert.That(Days(before).Select(d => d["source"]!.GetValue<string>()), Is.All.EqualTo("Rule"));

        // The government gives Friday 27/4/2029 off, worked on Saturday 5/5.
        var entered = await admin.PutAsync("/api/calendar/2029/swaps", Http.RawJson("""
            {"days": [{"date": "2029-04-27", "name": "Nghỉ bù (hoán đổi)", "working": false},
                      {"date": "2029-05-05", "name": "Làm bù cho ngày 27/04/2029", "working": true}]}
            """));
        await entered.ShouldBe(HttpStatusCode.OK);
        var after = await entered.Json();
        Assert.That(after["swapsMissing"]!.GetValue<bool>(), Is.False);
        Assert.That(Days(after).Where(d => d["source"]!.GetValue<string>() == "Admin").Select(Date), Is.EqualTo(new[] { "2029-04-27", "2029-05-05" }));

        // A session due Monday 7/5/2029: its last working day is the Saturday worked, not Thursday 26/4.
        var session = await admin.Post("/api/sessions", new { code = $"C-{Guid.NewGuid():N}"[..10], title = "Hội nghị 2029", heldOn = "2029-04-20", replyDeadline = "2029-05-07" });
        await session.ShouldBe(HttpStatusCode.Created);
        Assert.That((await session.Json())["lastWorkingDay"]!.GetValue<string>(), Is.EqualTo("2029-05-05"));

        // Entered again, the list replaces the first; an empty one says there are none, and still no warning.
        var none = await admin.PutAsync("/api/calendar/2029/swaps", Http.RawJson("""{"days": []}"""));
        await none.ShouldBe(HttpStatusCode.OK);
        Assert.That((await none.Json())["swapsMissing"]!.GetValue<bool>(), Is.False);
        Assert.That(Days(await none.Json()).Select(d => d["source"]!.GetValue<string>()), Is.All.EqualTo("Rule"));
    }

    [Test]
    public async Task Swapped_days_are_checked_and_only_the_admin_enters_them()
    {
        using var admin = App.As("admin");
        var invalid = await admin.PutAsync("/api/calendar/2030/swaps", Http.RawJson("""
            {"days": [{"date": "2031-01-02", "name": "", "working": false}, {"date": "2030-03-04", "name": "Làm bù", "working": true}]}
            """));

        await invalid.ShouldBe(HttpStatusCode.BadRequest);
        var codes = (await invalid.Json())["fieldCodes"]!.AsObject().ToDictionary(f => f.Key, f => f.Value!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList());
        Assert.That(codes["days[0].name"], Does.Contain("calendar.day.name.required"));
        Assert.That(codes["days[0]"], Does.Contain("calendar.day.date.otherYear"));
        Assert.That(codes["days[1]"], Does.Contain("calendar.day.date.wrongKind"), "4/3/2030 is a Monday, not a day to work in exchange");
        Assert.That((await admin.GetJson("/api/calendar/2030"))["swapsMissing"]!.GetValue<bool>(), Is.True, "nothing written");

        await (await Client.PutAsync("/api/calendar/2030/swaps", Http.RawJson("""{"days": []}"""))).ShouldBe(HttpStatusCode.Forbidden);
        await (await Client.GetAsync("/api/calendar/2030")).ShouldBe(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/calendar/1999")).ShouldBe(HttpStatusCode.NotFound);
    }

    private static List<JsonNode> Days(JsonNode year) => [.. year["days"]!.AsArray().Select(d => d!)];

    private static string Date(JsonNode day) => day["date"]!.GetValue<string>();
}
