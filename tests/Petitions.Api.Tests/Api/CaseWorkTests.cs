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
        Assert.That(detail["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-04-20"), "without a new due date, the session deadline while it is ahead");
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

/// <summary>A lead department with supporting departments (phối hợp).</summary>
public sealed class SupportingDepartmentTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_supporting_department_sees_the_case_and_adds_notes_but_only_the_lead_works_it()
    {
        var (_, caseId) = await Flow.InStatus("Assigned");
        using var congan = App.As("congan");
        await (await congan.GetAsync($"/api/cases/{caseId}")).ShouldBe(HttpStatusCode.NotFound);

        await (await Flow.Support(caseId)).ShouldBe(HttpStatusCode.OK);

        var detail = await congan.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["supportingDepartments"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(Workflow.CongAn));
        Assert.That(detail["supportingDepartments"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Công an phường"));
        Assert.That(detail["departmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.KtHtDt));
        var last = detail["history"]!.AsArray()[^1]!;
        Assert.That(last["action"]!.GetValue<string>(), Is.EqualTo("Support"));
        Assert.That(last["details"]!["departments"]!.GetValue<string>(), Is.EqualTo("Công an phường"));
        var list = await congan.GetJson($"/api/cases?limit=200");
        Assert.That(list["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Does.Contain(caseId));
        var petition = await congan.GetAsync($"/api/petitions/{detail["petitionId"]}");
        await petition.ShouldBe(HttpStatusCode.OK);

        await (await congan.Post($"/api/cases/{caseId}/notes", new { kind = "Internal", text = "Công an phường sẽ phối hợp kiểm tra." })).ShouldBe(HttpStatusCode.OK);
        var start = await congan.Post($"/api/cases/{caseId}/start");
        await start.ShouldBe(HttpStatusCode.Forbidden);
        Assert.That((await start.Json())["code"]!.GetValue<string>(), Is.EqualTo("leadDepartmentOnly"));
        await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_lead_cannot_support_itself_and_an_unknown_department_is_named()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");

        var lead = await Flow.Support(caseId, Workflow.CongAn, Workflow.KtHtDt);
        await lead.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await lead.Json())["fieldCodes"]!["departmentIds[1]"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.supporting.departmentIds.lead"));

        var unknown = await Flow.Support(caseId, 9999);
        await unknown.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await unknown.Json())["fieldCodes"]!["departmentIds[0]"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("departmentId.unknown"));

        var twice = await Flow.Support(caseId, Workflow.CongAn, Workflow.CongAn);
        await twice.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await twice.Json())["fieldCodes"]!["departmentIds"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.supporting.departmentIds.repeated"));
        Assert.That(await Count($"case_departments WHERE case_id = {caseId}"), Is.Zero);
    }

    [Test]
    public async Task Rerouting_to_a_supporting_department_makes_it_the_lead_and_an_empty_list_or_a_return_ends_the_support()
    {
        var (_, first) = await Flow.InStatus("Assigned");
        await (await Flow.Support(first)).ShouldBe(HttpStatusCode.OK);

        await (await Flow.Reroute(first)).ShouldBe(HttpStatusCode.OK);

        var detail = await Client.GetJson($"/api/cases/{first}");
        Assert.That(detail["departmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.CongAn));
        Assert.That(detail["supportingDepartments"]!.AsArray(), Is.Empty);

        var (_, second) = await Flow.InStatus("Assigned");
        using var congan = App.As("congan");
        await (await Flow.Support(second)).ShouldBe(HttpStatusCode.OK);
        await (await Client.Post($"/api/cases/{second}/supporting", new { departmentIds = Array.Empty<long>() })).ShouldBe(HttpStatusCode.OK);
        await (await congan.GetAsync($"/api/cases/{second}")).ShouldBe(HttpStatusCode.NotFound);

        var (_, third) = await Flow.InStatus("InProgress");
        await (await Flow.Support(third)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Return(third)).ShouldBe(HttpStatusCode.OK);
        Assert.That((await Client.GetJson($"/api/cases/{third}"))["supportingDepartments"]!.AsArray(), Is.Empty, "back in triage, no department supports it");
    }
}
