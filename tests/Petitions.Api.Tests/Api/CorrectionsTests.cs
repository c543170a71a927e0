using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>The dispatcher corrects a case's category, location and wording; the original as submitted stays.</summary>
public sealed class CorrectionsTests(string engine) : ApiTests(engine)
{
    private const string Typo = "Đề nghị thu gom rác tồn đọng ở đầu ngỏ";
    private const string Fixed = "Đề nghị thu gom rác tồn đọng ở đầu ngõ 20";

    private static string Code(JsonNode problem) => problem["code"]!.GetValue<string>();

    [Test]
    public async Task A_corrected_case_shows_the_new_wording_and_category_and_keeps_the_original_and_who_changed_it()
    {
        var (_, caseIds) = await Flow.Submit(Typo);
        var caseId = caseIds[0];
        await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);

        var corrected = await Client.Post(
            $"/api/cases/{caseId}/correct",
            new { text = Fixed, category = "UrbanOrder", reason = "Sửa lỗi chính tả khi nhập; nội dung là trật tự đô thị." },
            "\"2\"");
        await corrected.ShouldBe(HttpStatusCode.OK);
        Assert.That((await corrected.Json())["status"]!.GetValue<string>(), Is.EqualTo("Assigned"), "a correction keeps the status");
        Assert.That(corrected.Headers.ETag!.Tag, Is.EqualTo("\"3\""));

        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["text"]!.GetValue<string>(), Is.EqualTo(Fixed));
        Assert.That(detail["category"]!.GetValue<string>(), Is.EqualTo("UrbanOrder"));
        Assert.That(detail["location"]!.GetValue<string>(), Is.EqualTo("Ngõ 20 Yên Hòa"), "what was not corrected stays");
        Assert.That(detail["departmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.KtHtDt), "a new category does not re-route the case");
        Assert.That(detail["original"]!["text"]!.GetValue<string>(), Is.EqualTo(Typo));
        Assert.That(detail["original"]!["category"]!.GetValue<string>(), Is.EqualTo("Environment"));
        Assert.That(detail["original"]!["corrected"]!.AsArray().Select(f => f!.GetValue<string>()), Is.EqualTo(new[] { "Text", "Category" }));

        var corrections = detail["corrections"]!.AsArray();
        Assert.That(corrections, Has.Count.EqualTo(2));
        Assert.That(corrections[0]!["field"]!.GetValue<string>(), Is.EqualTo("Text"));
        Assert.That(corrections[0]!["before"]!.GetValue<string>(), Is.EqualTo(Typo));
        Assert.That(corrections[0]!["after"]!.GetValue<string>(), Is.EqualTo(Fixed));
        Assert.That(corrections[1]!["before"]!.GetValue<string>(), Is.EqualTo("Environment"));
        Assert.That(corrections[1]!["reason"]!.GetValue<string>(), Is.EqualTo("Sửa lỗi chính tả khi nhập; nội dung là trật tự đô thị."));
        Assert.That(corrections[1]!["actor"]!.GetValue<string>(), Is.EqualTo("dispatcher"));
        Assert.That(corrections[1]!["actorName"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(DateTimeOffset.Parse(corrections[1]!["at"]!.GetValue<string>()), Is.EqualTo(App.Clock.GetUtcNow()).Within(TimeSpan.FromMinutes(1)));

        var last = detail["history"]!.AsArray()[^1]!;
        Assert.That(last["action"]!.GetValue<string>(), Is.EqualTo("Correct"));
        Assert.That(last["from"]!.GetValue<string>(), Is.EqualTo("Assigned"));
        Assert.That(last["to"]!.GetValue<string>(), Is.EqualTo("Assigned"));
        Assert.That(last["details"]!["changes"]![0]!["before"]!.GetValue<string>(), Is.EqualTo(Typo));

        // The group leader reads the corrected wording, the original beside it, and who corrected it.
        var leader = await Flow.Leader.GetJson($"/api/cases/{caseId}");
        Assert.That(leader["text"]!.GetValue<string>(), Is.EqualTo(Fixed));
        Assert.That(leader["original"]!["text"]!.GetValue<string>(), Is.EqualTo(Typo));
        Assert.That(leader["corrections"]!.AsArray(), Has.Count.EqualTo(2));

        // The list and search find the case by its corrected words.
        var found = await Client.GetJson("/api/cases?q=ngo%2020&category=UrbanOrder");
        Assert.That(found["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Does.Contain(caseId));
    }

    [Test]
    public async Task A_second_correction_keeps_the_first_original_and_a_location_can_be_removed()
    {
        var caseId = await Flow.NewCase();
        await (await Client.Post($"/api/cases/{caseId}/correct", new { location = "Ngõ 22 Yên Hòa", reason = "Nhầm số ngõ." })).ShouldBe(HttpStatusCode.OK);
        await (await Client.Post($"/api/cases/{caseId}/correct", new { location = "", reason = "Chưa rõ địa điểm, chờ xác minh." })).ShouldBe(HttpStatusCode.OK);

        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["location"], Is.Null);
        Assert.That(detail["original"]!["location"]!.GetValue<string>(), Is.EqualTo("Ngõ 20 Yên Hòa"), "as submitted");
        Assert.That(detail["corrections"]!.AsArray().Select(c => c!["after"]?.GetValue<string>()), Is.EqualTo(new[] { "Ngõ 22 Yên Hòa", null }));

        // Corrected back to what was submitted, the field is no longer marked corrected (its corrections stay listed).
        await (await Client.Post($"/api/cases/{caseId}/correct", new { location = "Ngõ 20 Yên Hòa", reason = "Đã xác minh: đúng như kiến nghị." })).ShouldBe(HttpStatusCode.OK);
        var back = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(back["original"]!["corrected"]!.AsArray(), Is.Empty);
        Assert.That(back["corrections"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task In_triage_a_new_category_moves_the_suggested_department_and_nothing_else()
    {
        var caseId = await Flow.NewCase();
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["suggestedDepartmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.KtHtDt));

        await (await Client.Post($"/api/cases/{caseId}/correct", new { category = "Security", reason = "Nội dung về an ninh trật tự." })).ShouldBe(HttpStatusCode.OK);

        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        Assert.That(detail["departmentId"], Is.Null, "not routed by a correction");
        Assert.That(detail["suggestedDepartmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.CongAn), "the category's default department is suggested");
    }

    [Test]
    public async Task Nothing_changed_a_closed_case_a_bad_category_and_a_missing_reason_are_refused()
    {
        var caseId = await Flow.NewCase();

        var same = await Client.Post($"/api/cases/{caseId}/correct", new { text = "Đề nghị thu gom rác tồn đọng ở đầu ngõ", category = "Environment", reason = "Không đổi gì." });
        await same.ShouldBe(HttpStatusCode.Conflict);
        Assert.That(Code(await same.Json()), Is.EqualTo("caseCorrectionUnchanged"));

        var bad = await Client.Post($"/api/cases/{caseId}/correct", new { category = "Weather", reason = "Sai lĩnh vực." });
        await bad.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await bad.Json())["fieldCodes"]!["category"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("body.unknownName"));

        var noReason = await Client.Post($"/api/cases/{caseId}/correct", new { text = "Đề nghị khác", reason = "" });
        await noReason.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await noReason.Json())["fieldCodes"]!["reason"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.correct.reason.required"));

        var emptyText = await Client.Post($"/api/cases/{caseId}/correct", new { text = "", reason = "Xóa nội dung." });
        await emptyText.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await emptyText.Json())["fieldCodes"]!["text"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.correct.text.required"));

        var control = await Client.Post($"/api/cases/{caseId}/correct", new { location = "Ngõ\u000720", reason = "Có ký tự lạ." });
        await control.ShouldBe(HttpStatusCode.BadRequest);

        var (_, closedId) = await Flow.InStatus("Closed");
        var closed = await Client.Post($"/api/cases/{closedId}/correct", new { text = "Sửa sau khi kết thúc", reason = "Muộn." });
        await closed.ShouldBe(HttpStatusCode.Conflict);
        var problem = await closed.Json();
        Assert.That(Code(problem), Is.EqualTo("transitionRefused"));
        Assert.That(problem["args"]!["action"]!.GetValue<string>(), Is.EqualTo("Correct"));
        Assert.That(problem["args"]!["from"]!.GetValue<string>(), Is.EqualTo("Closed"));

        var missing = await Client.Post("/api/cases/999999/correct", new { text = "Không có", reason = "Không có." });
        await missing.ShouldBe(HttpStatusCode.NotFound);

        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["version"]!.GetValue<int>(), Is.EqualTo(1), "no refusal changed the case");
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["original"], Is.Null);
    }

    [Test]
    public async Task Only_the_dispatcher_corrects_and_a_stale_version_is_refused()
    {
        var caseId = await Flow.NewCase();
        await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        var body = new { text = "Đề nghị thu gom rác", reason = "Rút gọn." };

        await (await Flow.Officer.Post($"/api/cases/{caseId}/correct", body)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Flow.Leader.Post($"/api/cases/{caseId}/correct", body)).ShouldBe(HttpStatusCode.Forbidden);

        var stale = await Client.Post($"/api/cases/{caseId}/correct", body, "\"1\"");
        await stale.ShouldBe(HttpStatusCode.Conflict);
        Assert.That(Code(await stale.Json()), Is.EqualTo("staleVersion"));
        Assert.That(await Count("case_corrections WHERE case_id = " + caseId), Is.Zero);
    }

    [Test]
    public async Task The_draft_letter_quotes_the_corrected_wording_and_once_it_goes_for_signature_the_wording_is_fixed()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        await (await Client.Post($"/api/cases/{caseId}/correct", new { text = Fixed, reason = "Sửa lỗi chính tả." })).ShouldBe(HttpStatusCode.OK);

        var replyId = await Flow.Draft(petitionId, caseId);
        var draft = await Client.GetStringAsync($"/api/replies/{replyId}/document?format=html");
        Assert.That(draft, Does.Contain(Fixed));

        await (await Client.Post($"/api/cases/{caseId}/correct", new { location = "Ngõ 20A Yên Hòa", reason = "Đúng số ngõ." })).ShouldBe(HttpStatusCode.OK); // a draft is still being worded
        await (await Client.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);

        var late = await Client.Post($"/api/cases/{caseId}/correct", new { text = "Đề nghị khác hẳn", reason = "Sửa nữa." });
        await late.ShouldBe(HttpStatusCode.Conflict);
        var problem = await late.Json();
        Assert.That(Code(problem), Is.EqualTo("caseCorrectionAfterLetter"));
        Assert.That(problem["args"]!["replyId"]!.GetValue<long>(), Is.EqualTo(replyId));
        Assert.That(problem["args"]!["replyStatus"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }

    [Test]
    public async Task A_referred_case_can_be_corrected_and_the_session_report_prints_the_corrected_wording()
    {
        var (_, caseId) = await Flow.InStatus("Referred");
        await (await Client.Post($"/api/cases/{caseId}/correct", new { text = Fixed, reason = "Sửa lỗi chính tả." })).ShouldBe(HttpStatusCode.OK);

        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");
        var row = report["rows"]!.AsArray().Single(r => r!["caseId"]!.GetValue<long>() == caseId)!;
        Assert.That(row["content"]!.GetValue<string>(), Is.EqualTo(Fixed));
    }
}
