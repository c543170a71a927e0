using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The seeded appendix carried through, as the ward would between the meeting (10/4/2026) and the report: every one of
/// the twelve cases routed, resolved and answered in writing, eleven before the deadline (20/4) and one late, one of
/// them referred to a city agency, and one new petition entered after the meeting and not answered yet. The report,
/// its Word, CSV and HTML forms and the escalation list must tell exactly that.
/// </summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class AppendixEndToEndTests(string engine)
{
    private const string LightingText = "Đề nghị lắp đèn chiếu sáng nội khu, vườn hoa khu A14, 30T";
    private const string ParkingText = "Đề nghị xử lý việc đỗ xe ô tô tại ngõ 112 Trung Kính gây ùn tắc giao thông";
    private const string LightingAgency = "Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị Hà Nội";
    private const string LightingLetter = "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026 của UBND phường";
    private const string NewText = "Đề nghị lắp đèn chiếu sáng ngõ 5 Vũ Phạm Hàm";

    private static readonly DateOnly Tuesday = new(2026, 4, 14);
    private static readonly DateOnly Wednesday = new(2026, 4, 15);
    private static readonly DateOnly Thursday = new(2026, 4, 16);
    private static readonly DateOnly DeadlineMonday = new(2026, 4, 20);
    private static readonly DateOnly ReportDay = new(2026, 4, 21);

    [Test]
    public async Task The_appendix_from_meeting_to_report()
    {
        using var app = new PetitionsApp(engine);
        // Each step by the role that takes it: the dispatcher routes, refers and replies; each department works its own.
        using var client = app.As("dispatcher");
        using var ktht = app.As("ktht");
        using var congan = app.As("congan");
        var flow = new Workflow(app);
        app.Clock.SetToday(TestClock.MeetingMonday);

        var seeded = (await client.GetJson("/api/cases?sessionId=1&limit=200"))["items"]!.AsArray().Select(c => c!).ToList();
        Assert.That(seeded, Has.Count.EqualTo(12));
        var department = seeded.ToDictionary(Id, c => c["suggestedDepartmentId"]!.GetValue<long>());
        HttpClient OfficerOf(long caseId) => department[caseId] == Workflow.KtHtDt ? ktht : congan;
        var lighting = Id(seeded.Single(c => c["text"]!.GetValue<string>() == LightingText));
        var parking = Id(seeded.Single(c => c["text"]!.GetValue<string>() == ParkingText));

        // Monday 13/4: the dispatcher routes every case to its suggested department; a new petition comes in.
        foreach (var c in seeded)
        {
            await (await client.Post($"/api/cases/{Id(c)}/assign", Workflow.Assignment(c["suggestedDepartmentId"]!.GetValue<long>()))).ShouldBe(HttpStatusCode.OK);
        }

        var submitted = await client.Post("/api/petitions", new
        {
            sessionId = 1,
            submitter = new { name = "Lại Ngọc Thuận", title = "Tổ trưởng TDP số 25", organisation = "TDP số 25", area = "Yên Hòa" },
            items = new[] { new { text = NewText, category = "Infrastructure", location = "Ngõ 5 Vũ Phạm Hàm" } },
        });
        await submitted.ShouldBe(HttpStatusCode.Created);
        var newCase = (await submitted.Json())["caseIds"]![0]!.GetValue<long>();
        await (await client.Post($"/api/cases/{newCase}/assign", Workflow.Assignment(2))).ShouldBe(HttpStatusCode.OK);
        department[newCase] = Workflow.KtHtDt;
        foreach (var id in seeded.Select(Id).Append(newCase))
        {
            await (await OfficerOf(id).Post($"/api/cases/{id}/start")).ShouldBe(HttpStatusCode.OK);
        }

        // Tuesday 14/4: the lighting of the A14/30T garden is the city's to maintain: referred.
        app.Clock.SetToday(Tuesday);
        await (await client.Post($"/api/cases/{lighting}/refer", new { agency = LightingAgency, referralLetter = LightingLetter })).ShouldBe(HttpStatusCode.OK);

        // Wednesday 15/4: two working days before Friday 17/4, every case still unanswered is at risk.
        app.Clock.SetToday(Wednesday);
        var atRisk = await Escalations(client);
        Assert.That(atRisk.Keys, Is.EquivalentTo(seeded.Select(Id).Append(newCase)));
        Assert.That(atRisk.Values, Is.All.Contains("AtRisk"));
        Assert.That(atRisk[lighting], Is.EqualTo(new[] { "AtRisk", "BeyondAuthority" }));
        Assert.That(atRisk[newCase], Is.EqualTo(new[] { "AtRisk", "NewlyArising" }));

        var results = new Dictionary<long, string>();
        foreach (var id in seeded.Select(Id).Where(id => id != lighting))
        {
            results[id] = $"Đã kiểm tra, xử lý dứt điểm nội dung số {id}; kết quả được niêm yết tại tổ dân phố.";
            await (await OfficerOf(id).Post($"/api/cases/{id}/resolve", new { result = results[id] })).ShouldBe(HttpStatusCode.OK);
        }

        // Thursday 16/4: the replies go out, each covering all of its petition's cases; petition 6's waits.
        app.Clock.SetToday(Thursday);
        var replies = new Dictionary<long, JsonNode>();
        foreach (var petition in seeded.GroupBy(c => c["petitionId"]!.GetValue<long>()))
        {
            if (petition.Any(c => Id(c) == parking))
            {
                continue;
            }

            replies[petition.Key] = await flow.Reply(petition.Key, [.. petition.Select(Id)]);
        }

        // Monday 20/4, the deadline itself: petition 6 is answered, too late.
        app.Clock.SetToday(DeadlineMonday);
        var parkingPetition = seeded.Single(c => Id(c) == parking)["petitionId"]!.GetValue<long>();
        replies[parkingPetition] = await flow.Reply(parkingPetition, parking);

        // Tuesday 21/4: the Party Office's report.
        app.Clock.SetToday(ReportDay);
        var report = await client.GetJson("/api/sessions/1/report");
        var rows = report["rows"]!.AsArray().Select(r => r!).ToList();
        Assert.That(rows.Select(r => r["caseId"]!.GetValue<long>()), Is.EqualTo(seeded.Select(Id).Append(newCase)));

        var summary = report["summary"]!;
        Assert.That(summary["petitionCount"]!.GetValue<int>(), Is.EqualTo(8));
        Assert.That(summary["caseCount"]!.GetValue<int>(), Is.EqualTo(13));
        Assert.That(summary["onTime"]!.GetValue<int>(), Is.EqualTo(11));
        Assert.That(summary["late"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(summary["notReplied"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(summary["onTimeShare"]!.GetValue<double>(), Is.EqualTo(11 / 13.0).Within(1e-9));
        Assert.That(Counts(summary["byStatus"]!), Is.EquivalentTo(new Dictionary<string, int> { ["Replied"] = 11, ["Referred"] = 1, ["InProgress"] = 1 }));
        Assert.That(Counts(summary["byCategory"]!), Is.EquivalentTo(new Dictionary<string, int>
        {
            ["TrafficCongestion"] = 3,
            ["UrbanOrder"] = 1,
            ["Flooding"] = 1,
            ["Environment"] = 2,
            ["Security"] = 3,
            ["Infrastructure"] = 3,
        }));
        Assert.That(Counts(summary["byDepartment"]!), Is.EquivalentTo(new Dictionary<string, int>
        {
            ["Phòng Kinh tế, Hạ tầng và Đô thị"] = 7,
            ["Công an phường Yên Hòa"] = 6,
        }));

        foreach (var row in rows)
        {
            var id = row["caseId"]!.GetValue<long>();
            var expected = id == newCase ? "NotReplied" : id == parking ? "Late" : "OnTime";
            Assert.That(row["timeliness"]!.GetValue<string>(), Is.EqualTo(expected), $"case {id}");
            if (id == newCase)
            {
                Assert.That(row["replyNumber"], Is.Null);
                continue;
            }

            var reply = replies[row["petitionId"]!.GetValue<long>()];
            Assert.That(row["replyNumber"]!.GetValue<string>(), Is.EqualTo($"{reply["number"]!.GetValue<int>():00}/UBND-VP"));
            Assert.That(row["replyIssuedOn"]!.GetValue<string>(), Is.EqualTo(reply["issuedOn"]!.GetValue<string>()));
            Assert.That(SessionReportTests.Outcome(row), Is.EqualTo(id == lighting ? $"Đã chuyển {LightingAgency} ({LightingLetter})" : results[id]));
        }

        // What section 5 wants escalated: the late reply, the referral, and the new petition now overdue.
        var escalated = report["escalations"]!.AsArray().ToDictionary(
            e => e!["caseId"]!.GetValue<long>(),
            e => e!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray());
        Assert.That(escalated, Is.EquivalentTo(new Dictionary<long, string[]>
        {
            [parking] = ["RepliedLate"],
            [lighting] = ["BeyondAuthority"],
            [newCase] = ["Overdue", "NewlyArising"],
        }));
        Assert.That(await Escalations(client), Is.EquivalentTo(escalated), "the overseers' list says the same");

        // The printed forms say the same as the JSON.
        using (var word = new WordFile(await client.GetByteArrayAsync("/api/sessions/1/report?format=docx")))
        {
            SessionReportTests.AssertReport(word, report);
            Assert.That(word.Paragraphs, Does.Contain(
                "- Đã trả lời bằng văn bản đúng hạn (trước ngày 20/04/2026): 11/13 nội dung, đạt 84,6%; trả lời quá hạn: 1 nội dung; chưa trả lời: 1 nội dung."));
            Assert.That(word.Paragraphs, Does.Contain("1. Quá hạn chưa trả lời: 1 nội dung"));
            Assert.That(word.Paragraphs, Does.Contain("2. Trả lời quá hạn: 1 nội dung"));
            Assert.That(word.Paragraphs, Does.Contain("3. Vượt thẩm quyền, đã chuyển cơ quan có thẩm quyền: 1 nội dung"));
            Assert.That(word.Paragraphs.Count(p => p.EndsWith(" nội dung", StringComparison.Ordinal) && char.IsDigit(p[0])), Is.EqualTo(3), "each escalated case counted once: 1 + 1 + 1 for 3 cases");
            Assert.That(word.Paragraphs, Does.Contain($"- STT 8 (TDP số 25): “{NewText}” – Phòng Kinh tế, Hạ tầng và Đô thị, hạn 20/04/2026 (đồng thời: nội dung phát sinh sau hội nghị)."));
        }

        SessionReportTests.AssertCsvMatches(await client.GetByteArrayAsync("/api/sessions/1/report?format=csv"), report);

        // And every reply the petitioners received covers its cases: what was asked, what was done, by whom.
        foreach (var (petitionId, reply) in replies)
        {
            using var letter = new WordFile(await client.GetByteArrayAsync($"/api/replies/{reply["id"]}/document"));
            ReplyDocumentTests.AssertA4Portrait(letter);
            ReplyDocumentTests.AssertTimesNewRoman(letter);
            var header = WordFile.Cells(letter.Tables[0]);
            Assert.That(header[1][0], Does.StartWith($"Số: {reply["number"]!.GetValue<int>():00}/UBND-VP\nV/v "));
            Assert.That(header[1][1], Is.EqualTo(reply["issuedOn"]!.GetValue<string>() == "2026-04-16" ? "Yên Hòa, ngày 16 tháng 4 năm 2026" : "Yên Hòa, ngày 20 tháng 4 năm 2026"));
            var organisation = rows.First(r => r["petitionId"]!.GetValue<long>() == petitionId)["organisation"]!.GetValue<string>();
            var submitter = rows.First(r => r["petitionId"]!.GetValue<long>() == petitionId)["submitter"]!.GetValue<string>();
            var name = submitter[4..submitter.IndexOf(" – ", StringComparison.Ordinal)];
            Assert.That(letter.Paragraphs.Single(p => p.StartsWith("Kính gửi: ", StringComparison.Ordinal)), Does.StartWith($"Kính gửi: Đồng chí {name}, "));
            Assert.That(letter.Text, Does.Contain($"- {organisation};\n- Văn phòng Đảng ủy (để b/c);"));
            var covered = rows.Where(r => r["petitionId"]!.GetValue<long>() == petitionId).ToList();
            for (var i = 0; i < covered.Count; i++)
            {
                var id = covered[i]["caseId"]!.GetValue<long>();
                Assert.That(letter.Paragraphs, Does.Contain($"{i + 1}. Nội dung kiến nghị: “{covered[i]["content"]!.GetValue<string>()}”"));
                Assert.That(letter.Paragraphs, Does.Contain(id == lighting
                    ? $"Kết quả giải quyết: Nội dung kiến nghị vượt thẩm quyền giải quyết của Ủy ban nhân dân phường; Ủy ban nhân dân phường đã chuyển {LightingAgency} xem xét, giải quyết theo {LightingLetter}."
                    : $"Kết quả giải quyết: {results[id]}"));
                Assert.That(letter.Paragraphs, Does.Contain($"Đơn vị thực hiện: {covered[i]["department"]!.GetValue<string>()}"));
            }
        }
    }

    private static long Id(JsonNode c) => c["id"]!.GetValue<long>();

    private static Dictionary<string, int> Counts(JsonNode counts) =>
        counts.AsArray().ToDictionary(c => c!["key"]!.GetValue<string>(), c => c!["cases"]!.GetValue<int>());

    private static async Task<Dictionary<long, string[]>> Escalations(HttpClient client) =>
        (await client.GetJson("/api/escalations")).AsArray().ToDictionary(
            e => e!["caseId"]!.GetValue<long>(),
            e => e!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray());
}
