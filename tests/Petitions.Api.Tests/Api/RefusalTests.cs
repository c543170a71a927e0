using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Petitions.Api.Domain;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>The ward declines an item that is not its to handle, with a reason the group leader reads.</summary>
public sealed class RefusalTests(string engine) : ApiTests(engine)
{
    private const string Reason = "Nội dung là tranh chấp dân sự giữa hai hộ gia đình, đã được Tòa án nhân dân khu vực thụ lý; không thuộc phạm vi giải quyết của UBND phường.";

    private Task<HttpResponseMessage> Refuse(long caseId, string reason = Reason, string? ifMatch = null) =>
        Client.Post($"/api/cases/{caseId}/refuse", new { reason }, ifMatch);

    private static string Code(JsonNode problem) => problem["code"]!.GetValue<string>();

    [Test]
    public async Task A_refused_case_shows_its_reason_to_the_group_leader_who_is_told_at_once()
    {
        var caseId = await Flow.NewCase();
        var before = (await Flow.Leader.GetJson("/api/notifications/counts"))["unread"]!.GetValue<int>();

        var refused = await Refuse(caseId, ifMatch: "\"1\"");
        await refused.ShouldBe(HttpStatusCode.OK);
        Assert.That((await refused.Json())["status"]!.GetValue<string>(), Is.EqualTo("Refused"));

        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["status"]!.GetValue<string>(), Is.EqualTo("Refused"));
        Assert.That(detail["refusalReason"]!.GetValue<string>(), Is.EqualTo(Reason));
        Assert.That(detail["repliedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"), "the reason is the item's answer, given today");
        var last = detail["history"]!.AsArray()[^1]!;
        Assert.That(last["action"]!.GetValue<string>(), Is.EqualTo("Refuse"));
        Assert.That(last["from"]!.GetValue<string>(), Is.EqualTo("Received"));
        Assert.That(last["details"]!["reason"]!.GetValue<string>(), Is.EqualTo(Reason));

        var leader = await Flow.Leader.GetJson($"/api/cases/{caseId}");
        Assert.That(leader["refusalReason"]!.GetValue<string>(), Is.EqualTo(Reason));
        Assert.That((await Flow.Leader.GetJson("/api/notifications/counts"))["unread"]!.GetValue<int>(), Is.EqualTo(before + 1));
        var told = (await Flow.Leader.GetJson("/api/notifications"))["items"]![0]!;
        Assert.That(told["kind"]!.GetValue<string>(), Is.EqualTo("CaseRefused"));
        Assert.That(told["caseId"]!.GetValue<long>(), Is.EqualTo(caseId));
        Assert.That(told["link"]!.GetValue<string>(), Is.EqualTo($"/cases/{caseId}"));
        Assert.That(told["subject"]!.GetValue<string>(), Is.EqualTo($"[Kiến nghị] Nội dung số {caseId} không thuộc phạm vi giải quyết của phường"));
        Assert.That(told["body"]!.GetValue<string>(), Does.Contain($"Lý do: {Reason}").And.Contain("Đề nghị thu gom rác tồn đọng ở đầu ngõ"));

        using var leader25 = App.As("leader25");
        Assert.That((await leader25.GetJson("/api/notifications"))["items"]!.AsArray().Where(n => n!["caseId"]?.GetValue<long>() == caseId), Is.Empty, "another organisation is not told");
    }

    [Test]
    public async Task A_case_refused_after_routing_leaves_the_departments_open_work_and_is_never_overdue()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");
        var open = (await Flow.Officer.GetJson("/api/notifications/counts"))["openInMyDepartment"]!.GetValue<int>();

        await (await Refuse(caseId)).ShouldBe(HttpStatusCode.OK);

        Assert.That((await Flow.Officer.GetJson("/api/notifications/counts"))["openInMyDepartment"]!.GetValue<int>(), Is.EqualTo(open - 1));
        App.Clock.SetToday(new DateOnly(2026, 4, 22));
        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["overdue"]!.GetValue<bool>(), Is.False);
        var overdue = await Client.GetJson("/api/cases?overdue=true&limit=200");
        Assert.That(overdue["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Does.Not.Contain(caseId));
    }

    [Test]
    public async Task A_refusal_needs_a_reason_the_dispatcher_and_an_open_case()
    {
        var caseId = await Flow.NewCase();

        var empty = await Refuse(caseId, reason: " ");
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await empty.Json())["fieldCodes"]!["reason"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.refuse.reason.required"));

        await (await Flow.Leader.Post($"/api/cases/{caseId}/refuse", new { reason = Reason })).ShouldBe(HttpStatusCode.Forbidden);
        await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Officer.Post($"/api/cases/{caseId}/refuse", new { reason = Reason })).ShouldBe(HttpStatusCode.Forbidden);

        var (_, resolvedId) = await Flow.InStatus("Resolved");
        var late = await Refuse(resolvedId);
        await late.ShouldBe(HttpStatusCode.Conflict);
        var problem = await late.Json();
        Assert.That(Code(problem), Is.EqualTo("transitionRefused"));
        Assert.That(problem["args"]!["allowed"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "Received", "Assigned", "InProgress" }));

        await (await Refuse(caseId)).ShouldBe(HttpStatusCode.OK);
        var again = await Refuse(caseId);
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await again.Json())["args"]!["from"]!.GetValue<string>(), Is.EqualTo("Refused"));

        // A refused case takes nothing more: no routing, no correction, no reply.
        await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.Conflict);
        await (await Client.Post($"/api/cases/{caseId}/correct", new { text = "Sửa", reason = "Sửa." })).ShouldBe(HttpStatusCode.Conflict);
        var draft = await Client.Post("/api/replies", new { petitionId = (await Client.GetJson($"/api/cases/{caseId}"))["petitionId"]!.GetValue<long>(), caseIds = new[] { caseId } });
        await draft.ShouldBe(HttpStatusCode.Conflict);
        Assert.That(Code(await draft.Json()), Is.EqualTo("replyCaseNotReady"));
    }

    [Test]
    public async Task The_session_report_and_the_dashboard_count_refused_items_and_the_documents_print_the_reason()
    {
        var report0 = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");
        var refusedBefore = report0["summary"]!["refused"]!.GetValue<int>();
        const string Item = "Đề nghị phân xử tranh chấp lối đi chung giữa hai hộ";
        var caseId = (await Flow.Submit(Item)).CaseIds[0];
        await (await Refuse(caseId)).ShouldBe(HttpStatusCode.OK);

        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");
        Assert.That(report["summary"]!["refused"]!.GetValue<int>(), Is.EqualTo(refusedBefore + 1));
        var byStatus = report["summary"]!["byStatus"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "Refused")!;
        Assert.That(byStatus["cases"]!.GetValue<int>(), Is.EqualTo(refusedBefore + 1));
        var row = report["rows"]!.AsArray().Single(r => r!["caseId"]!.GetValue<long>() == caseId)!;
        Assert.That(row["status"]!.GetValue<string>(), Is.EqualTo("Refused"));
        Assert.That(row["refusalReason"]!.GetValue<string>(), Is.EqualTo(Reason));
        Assert.That(row["escalations"]!.AsArray().Select(e => e!.GetValue<string>()), Has.None.EqualTo("Overdue").And.None.EqualTo("AtRisk"), "a refused item is answered, not overdue");

        const string Counted = "Trong đó từ chối, không thuộc phạm vi giải quyết của phường (đã thông báo lý do tới tổ chức kiến nghị): ";
        var html = await Client.GetStringAsync($"/api/sessions/{Workflow.Session}/report?format=html");
        Assert.That(html, Does.Contain(Counted + $"{refusedBefore + 1} nội dung."));
        Assert.That(html, Does.Contain("Từ chối, không thuộc phạm vi giải quyết của phường"));
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode($"Từ chối: {Reason}")).Or.Contain($"Từ chối: {Reason}"));

        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/sessions/{Workflow.Session}/report?format=docx"));
        Assert.That(word.SchemaErrors(), Is.Empty);
        Assert.That(word.Paragraphs, Does.Contain("- " + Counted + $"{refusedBefore + 1} nội dung."));
        var wordRow = WordFile.Cells(word.Tables[1]).Single(cells => cells[2] == Item && cells[6] == $"Từ chối: {Reason}");
        Assert.That(wordRow[5], Is.EqualTo("Từ chối, không thuộc phạm vi giải quyết của phường"));

        var xlsx = await Client.GetByteArrayAsync($"/api/sessions/{Workflow.Session}/report?format=xlsx");
        using (var stream = new MemoryStream(xlsx))
        using (var sheet = SpreadsheetDocument.Open(stream, false))
        {
            var texts = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
                .Single(cells => cells.Count > 8 && cells[1] == caseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(texts[7], Is.EqualTo("Từ chối, không thuộc phạm vi giải quyết của phường"));
            Assert.That(texts[8], Is.EqualTo($"Từ chối: {Reason}"));
        }

        var dashboard = await Client.GetJson("/api/dashboard");
        Assert.That(dashboard.ToJsonString(), Does.Contain("\"Refused\""), "the dashboard counts by status, refused included");
    }
}

/// <summary>Corrections and refusals in a Production app: no demo accounts, the ward's own users.</summary>
public sealed class RefusalProductionTests
{
    private const string Reason = "Nội dung là tranh chấp dân sự về ranh giới đất, thuộc thẩm quyền của Tòa án; không thuộc phạm vi giải quyết của UBND phường.";

    [Test]
    public async Task Under_Production_the_dispatcher_corrects_and_refuses_and_the_group_leader_reads_both()
    {
        var data = Directory.CreateTempSubdirectory("petitions-refusal-").FullName;
        var file = Path.Combine(data, "petitions.db");
        try
        {
            using var app = new PetitionsApp(
                sqliteFile: file,
                environment: "Production",
                settings: new Dictionary<string, string> { ["Database:LoadDemoSessions"] = "true" });
            app.Clock.SetToday(TestClock.MeetingMonday);
            await app.AddUser("vp.lan", Role.Dispatcher, departmentCode: "VP", password: "mật-khẩu-văn-phòng-2026");
            await app.AddUser("tdp19.binh", Role.GroupLeader, organisation: "TDP số 19", password: "mật-khẩu-tổ-19-2026");
            using var dispatcher = app.As("vp.lan", "mật-khẩu-văn-phòng-2026");
            using var leader = app.As("tdp19.binh", "mật-khẩu-tổ-19-2026");
            var submitted = await leader.Post("/api/petitions", Workflow.Petition("Đề nghị lắp đèn ngỏ 5", "Đề nghị giải quyết tranh chấp ranh giới đất"));
            await submitted.ShouldBe(HttpStatusCode.Created);
            var caseIds = (await submitted.Json())["caseIds"]!.AsArray().Select(id => id!.GetValue<long>()).ToArray();

            await (await dispatcher.Post($"/api/cases/{caseIds[0]}/correct", new { text = "Đề nghị lắp đèn ngõ 5", category = "Infrastructure", reason = "Lỗi chính tả." })).ShouldBe(HttpStatusCode.OK);
            await (await dispatcher.Post($"/api/cases/{caseIds[1]}/refuse", new { reason = Reason })).ShouldBe(HttpStatusCode.OK);

            var corrected = await leader.GetJson($"/api/cases/{caseIds[0]}");
            Assert.That(corrected["text"]!.GetValue<string>(), Is.EqualTo("Đề nghị lắp đèn ngõ 5"));
            Assert.That(corrected["original"]!["text"]!.GetValue<string>(), Is.EqualTo("Đề nghị lắp đèn ngỏ 5"));
            var refused = await leader.GetJson($"/api/cases/{caseIds[1]}");
            Assert.That(refused["status"]!.GetValue<string>(), Is.EqualTo("Refused"));
            Assert.That(refused["refusalReason"]!.GetValue<string>(), Is.EqualTo(Reason));
            Assert.That((await leader.GetJson("/api/notifications"))["items"]![0]!["kind"]!.GetValue<string>(), Is.EqualTo("CaseRefused"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
