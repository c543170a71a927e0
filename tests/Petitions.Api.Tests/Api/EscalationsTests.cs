using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class EscalationsTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task Open_cases_are_listed_with_their_reasons_and_a_closed_one_drops_off()
    {
        var (_, open) = await Flow.InStatus("Assigned");
        var (_, closed) = await Flow.InStatus("Closed");
        var (_, referred) = await Flow.InStatus("Referred");
        App.Clock.SetToday(new DateOnly(2026, 4, 20));

        var list = (await Client.GetJson("/api/escalations")).AsArray();

        var ids = list.Select(e => e!["caseId"]!.GetValue<long>()).ToList();
        Assert.That(ids, Does.Contain(open).And.Contain(referred).And.Not.Contain(closed));
        var entry = list.Single(e => e!["caseId"]!.GetValue<long>() == open)!;
        Assert.That(entry["reasons"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Overdue", "NewlyArising" }));
        Assert.That(entry["organisation"]!.GetValue<string>(), Is.EqualTo(Workflow.Organisation));
        Assert.That(entry["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-04-20"));
        Assert.That(entry["lastWorkingDay"]!.GetValue<string>(), Is.EqualTo("2026-04-17"));
        Assert.That(entry["sessionTitle"]!.GetValue<string>(), Does.StartWith("Hội nghị giao ban"));
        var beyond = list.Single(e => e!["caseId"]!.GetValue<long>() == referred)!;
        Assert.That(beyond["reasons"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Overdue", "BeyondAuthority", "NewlyArising" }));
        Assert.That(beyond["referredTo"]!.GetValue<string>(), Is.EqualTo("Sở Xây dựng Hà Nội"));
    }

    [Test]
    public async Task Nothing_is_escalated_for_the_seeded_cases_right_after_the_meeting()
    {
        using var app = new PetitionsApp(Engine);
        app.Clock.SetToday(new DateOnly(2026, 4, 11));
        using var client = app.As("overseer");

        var response = await client.GetAsync("/api/escalations");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That((await response.Json()).AsArray(), Is.Empty, "raised at the meeting, not yet at risk");
    }
}
