using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>Reads name people by their display names beside the usernames tools rely on.</summary>
public sealed class DisplayNamesTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_cases_history_names_each_actor_and_keeps_the_username()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");

        var history = (await Client.GetJson($"/api/cases/{caseId}"))["history"]!.AsArray();

        Assert.That(history.Select(e => e!["actor"]!.GetValue<string>()), Is.EqualTo(new[] { "leader19", "dispatcher", "ktht" }));
        Assert.That(
            history.Select(e => e!["actorName"]!.GetValue<string>()),
            Is.EqualTo(new[] { "Nguyễn Bảo Bình", "Văn phòng HĐND và UBND", "Cán bộ Phòng KT-HT-ĐT" }));
    }

    [Test]
    public async Task A_seeded_event_has_no_person_behind_it()
    {
        var first = (await Client.GetJson("/api/cases/1"))["history"]!.AsArray()[0]!;

        Assert.That(first["actor"]!.GetValue<string>(), Is.EqualTo("seed"));
        Assert.That(first["actorName"], Is.Null);
    }

    [Test]
    public async Task A_reply_names_its_drafter_and_a_session_who_marked_it_reported()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        var replyId = (await (await Flow.Officer.Post("/api/replies", new { petitionId, caseIds = new[] { caseId } })).Json())["id"]!.GetValue<long>();

        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["createdBy"]!.GetValue<string>(), Is.EqualTo("ktht"));
        Assert.That(reply["createdByName"]!.GetValue<string>(), Is.EqualTo("Cán bộ Phòng KT-HT-ĐT"));
        await (await Flow.Officer.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);
        var step = (await Client.GetJson($"/api/replies/{replyId}"))["history"]!.AsArray().Single()!;
        Assert.That((step["actor"]!.GetValue<string>(), step["actorName"]!.GetValue<string>()), Is.EqualTo(("ktht", "Cán bộ Phòng KT-HT-ĐT")), "the letter's steps name people too");

        using var office = App.As("partyoffice");
        await (await office.Post($"/api/sessions/{Workflow.Session}/reported")).ShouldBe(HttpStatusCode.OK);
        var session = (await Client.GetJson("/api/sessions")).AsArray().Single(s => s!["id"]!.GetValue<long>() == Workflow.Session)!;
        Assert.That(session["reportedBy"]!.GetValue<string>(), Is.EqualTo("partyoffice"));
        Assert.That(session["reportedByName"]!.GetValue<string>(), Is.EqualTo("Văn phòng Đảng ủy"));
    }
}
