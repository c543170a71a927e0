using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>Re-routing, giving a case back after starting it, internal notes and progress updates.</summary>
public sealed class CaseWorkTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task Rerouting_a_case_in_progress_moves_it_to_the_new_department_with_the_reason_kept()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");
        using var congan = App.As("congan");

        await (await Flow.Reroute(caseId, "\"3\"")).ShouldBe(HttpStatusCode.OK);

        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
        Assert.That(detail["departmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.CongAn));
        Assert.That(detail["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-04-20"), "without a new due date the case keeps its own");
        var last = detail["history"]!.AsArray()[^1]!;
        Assert.That(last["action"]!.GetValue<string>(), Is.EqualTo("Reroute"));
        Assert.That(last["from"]!.GetValue<string>(), Is.EqualTo("InProgress"));
        Assert.That(last["details"]!["reason"]!.GetValue<string>(), Is.EqualTo("Thuộc lĩnh vực trật tự, chuyển Công an phường."));
        Assert.That(last["details"]!["fromDepartmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.KtHtDt));
        Assert.That(last["details"]!["assignment"]!["departmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.CongAn));

        // The department that had it no longer sees it; the new one does, and starts it.
        await (await Flow.Officer.GetAsync($"/api/cases/{caseId}")).ShouldBe(HttpStatusCode.NotFound);
        await (await congan.Post($"/api/cases/{caseId}/start")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_reroute_needs_a_reason_an_assignment_and_a_department_of_the_ward()
    {
        var (_, caseId) = await Flow.InStatus("Assigned");

        var empty = await Client.Post($"/api/cases/{caseId}/reroute", new { reason = " ", assignment = new { departmentId = 0 } });
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        var codes = (await empty.Json())["fieldCodes"]!;
        Assert.That(codes["reason"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.reroute.reason.required"));
        Assert.That(codes["assignment.departmentId"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.assign.departmentId.required"));
        Assert.That(codes["assignment.assignee"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.assign.assignee.required"));

        var unknown = await Client.Post($"/api/cases/{caseId}/reroute", new { reason = "Chuyển", assignment = Workflow.Assignment(departmentId: 9999) });
        await unknown.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await unknown.Json())["fieldCodes"]!["assignment.departmentId"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("departmentId.unknown"));

        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["version"]!.GetValue<int>(), Is.EqualTo(2), "nothing changed");
    }

    [Test]
    public async Task A_stale_reroute_is_refused()
    {
        var (_, caseId) = await Flow.InStatus("Assigned");

        var stale = await Flow.Reroute(caseId, "\"1\"");

        await stale.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await stale.Json())["code"]!.GetValue<string>(), Is.EqualTo("staleVersion"));
    }

    [Test]
    public async Task A_department_gives_a_case_back_after_starting_it()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");

        await (await Flow.Return(caseId)).ShouldBe(HttpStatusCode.OK);

        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        Assert.That(detail["departmentId"], Is.Null);
        Assert.That(detail["assignee"], Is.Null);
        var last = detail["history"]!.AsArray()[^1]!;
        Assert.That(last["from"]!.GetValue<string>(), Is.EqualTo("InProgress"));
        Assert.That(last["details"]!["reason"]!.GetValue<string>(), Is.EqualTo("Không thuộc lĩnh vực của phòng."));
    }

    [Test]
    public async Task Internal_notes_are_for_staff_and_progress_updates_reach_the_group_leader()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");
        const string note = "Chưa liên hệ được chủ hộ kinh doanh; cần Công an phường phối hợp.";
        const string progress = "Đã khảo sát, dự kiến nạo vét xong trước 17/4.";

        await (await Flow.Officer.Post($"/api/cases/{caseId}/notes", new { kind = "Internal", text = note })).ShouldBe(HttpStatusCode.OK);
        var posted = await Flow.Officer.Post($"/api/cases/{caseId}/notes", new { kind = "Progress", text = progress });
        await posted.ShouldBe(HttpStatusCode.OK);
        Assert.That((await posted.Json())["status"]!.GetValue<string>(), Is.EqualTo("InProgress"));

        var staff = (await Client.GetJson($"/api/cases/{caseId}"))["history"]!.AsArray();
        Assert.That(staff[^2]!["action"]!.GetValue<string>(), Is.EqualTo("Note"));
        Assert.That(staff[^2]!["details"]!["text"]!.GetValue<string>(), Is.EqualTo(note));
        Assert.That(staff[^2]!["actor"]!.GetValue<string>(), Is.EqualTo("ktht"));
        Assert.That(staff[^1]!["action"]!.GetValue<string>(), Is.EqualTo("Progress"));

        using var partyOffice = App.As("partyoffice");
        Assert.That((await partyOffice.GetStringAsync($"/api/cases/{caseId}")), Does.Contain(note), "the Party Office reads the full audit trail");

        var leaderView = await Flow.Leader.GetStringAsync($"/api/cases/{caseId}");
        Assert.That(leaderView, Does.Not.Contain(note));
        Assert.That(leaderView, Does.Not.Contain("\"Note\""));
        Assert.That(leaderView, Does.Contain(progress));
    }

    [Test]
    public async Task An_internal_note_never_reaches_the_reply_letter()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        const string note = "Nội bộ: hộ kinh doanh là người nhà cán bộ.";
        await (await Flow.Note(caseId, text: note)).ShouldBe(HttpStatusCode.OK);

        var issued = await Flow.Reply(petitionId, caseId);

        var letter = await Flow.Leader.GetStringAsync($"/api/replies/{issued["id"]}/document?format=html");
        Assert.That(letter, Does.Contain("Đã thu gom, lắp biển cấm đổ rác."), "the letter carries the result");
        Assert.That(letter, Does.Not.Contain("hộ kinh doanh là người nhà"));
    }

    [Test]
    public async Task A_note_needs_text_and_a_group_leader_may_not_write_one()
    {
        var caseId = await Flow.NewCase();

        var empty = await Client.Post($"/api/cases/{caseId}/notes", new { kind = "Progress", text = "" });
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await empty.Json())["fieldCodes"]!["text"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.note.text.required"));

        await (await Flow.Leader.Post($"/api/cases/{caseId}/notes", new { kind = "Progress", text = "Tôi tự ghi" })).ShouldBe(HttpStatusCode.Forbidden);

        // Left out, the kind is Internal: nothing reaches the leader by accident.
        await (await Client.Post($"/api/cases/{caseId}/notes", new { text = "Không ghi loại" })).ShouldBe(HttpStatusCode.OK);
        Assert.That(await Flow.Leader.GetStringAsync($"/api/cases/{caseId}"), Does.Not.Contain("Không ghi loại"));
    }
}
