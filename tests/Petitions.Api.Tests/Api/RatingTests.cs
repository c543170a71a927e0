using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The group leader's satisfaction with a reply: a rating from 1 to 5 and a comment given as they accept it (close),
/// optional, kept with the case and never changed; the case, the dashboard and the session report show it.
/// </summary>
public sealed class RatingTests(string engine) : ApiTests(engine)
{
    private const string Comment = "Đã nạo vét xong, mong phường kiểm tra định kỳ.";

    [Test]
    public async Task A_leader_accepts_a_reply_with_a_rating_and_a_comment_and_the_case_shows_both_as_written()
    {
        var (_, caseId) = await Flow.InStatus("Replied");
        App.Clock.Advance(TimeSpan.FromHours(2));
        // Decomposed input (e + combining marks, as some keyboards send it) is kept composed (NFC).
        var decomposed = Comment.Normalize(System.Text.NormalizationForm.FormD);

        var closed = await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 4, comment = "  " + decomposed + "  " });

        await closed.ShouldBe(HttpStatusCode.OK);
        Assert.That((await closed.Json())["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
        var detail = await Flow.Leader.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["rating"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(detail["ratingComment"]!.GetValue<string>(), Is.EqualTo(Comment), "composed, trimmed, otherwise exactly as written");
        Assert.That(DateTimeOffset.Parse(detail["ratedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(new DateTimeOffset(TestClock.MeetingMonday.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(7))), "the app's clock");
        var close = detail["history"]!.AsArray().Last()!;
        Assert.That(close["action"]!.GetValue<string>(), Is.EqualTo("Close"));
        Assert.That(close["actorName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Bảo Bình"));
        Assert.That(close["details"]!["rating"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(close["details"]!["comment"]!.GetValue<string>(), Is.EqualTo(Comment));
        var staff = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(staff["rating"]!.GetValue<int>(), Is.EqualTo(4), "the dispatcher reads it too");
    }

    [Test]
    public async Task Accepting_without_a_rating_stays_possible_with_no_body_or_an_empty_one()
    {
        var (_, noBody) = await Flow.InStatus("Replied");
        var (_, emptyBody) = await Flow.InStatus("Replied");

        await (await Flow.Leader.Post($"/api/cases/{noBody}/close")).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Leader.Post($"/api/cases/{emptyBody}/close", new { })).ShouldBe(HttpStatusCode.OK);

        foreach (var caseId in new[] { noBody, emptyBody })
        {
            var detail = await Flow.Leader.GetJson($"/api/cases/{caseId}");
            Assert.That(detail["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
            Assert.That(detail["rating"], Is.Null);
            Assert.That(detail["ratingComment"], Is.Null);
            Assert.That(detail["history"]!.AsArray().Last()!["details"], Is.Null);
        }
    }

    [TestCase(0)]
    [TestCase(6)]
    [TestCase(-1)]
    public async Task A_rating_outside_1_to_5_is_refused_naming_the_field_and_the_case_stays_replied(int rating)
    {
        var (_, caseId) = await Flow.InStatus("Replied");

        var refused = await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating });

        await AssertRefused(refused, "rating", "case.close.rating.outOfRange");
        Assert.That((await Flow.Leader.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>(), Is.EqualTo("Replied"));
    }

    [Test]
    public async Task A_comment_is_refused_when_too_long_without_a_rating_or_with_control_characters()
    {
        var (_, caseId) = await Flow.InStatus("Replied");

        await AssertRefused(await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 3, comment = new string('ạ', 1001) }), "comment", "case.close.comment.tooLong");
        await AssertRefused(await Flow.Leader.Post($"/api/cases/{caseId}/close", new { comment = "Hài lòng" }), "comment", "case.close.comment.withoutRating");
        await AssertRefused(await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 3, comment = "Hài\u0007 lòng" }), "comment", "text.controlCharacter");
        await AssertRefused(await Flow.Leader.Post($"/api/cases/{caseId}/close", Http.RawJson("""{"rating": "bốn"}""")), "rating", null);

        Assert.That((await Flow.Leader.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>(), Is.EqualTo("Replied"), "nothing was accepted");
        var multiLine = "Đã xử lý.\nCảm ơn phường.";
        await (await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 5, comment = new string('ạ', 1000 - multiLine.Length) + multiLine })).ShouldBe(HttpStatusCode.OK);
        Assert.That((await Flow.Leader.GetJson($"/api/cases/{caseId}"))["ratingComment"]!.GetValue<string>(), Does.EndWith(multiLine), "1000 characters, line breaks allowed");
    }

    [Test]
    public async Task Only_the_group_leader_rates_and_a_rating_once_given_is_never_changed()
    {
        var (_, caseId) = await Flow.InStatus("Replied");

        await (await Client.Post($"/api/cases/{caseId}/close", new { rating = 5 })).ShouldBe(HttpStatusCode.Forbidden);
        using (var overseer = App.As("overseer"))
        {
            await (await overseer.Post($"/api/cases/{caseId}/close", new { rating = 5 })).ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var otherLeader = App.As("leader25"))
        {
            await (await otherLeader.Post($"/api/cases/{caseId}/close", new { rating = 1 })).ShouldBe(HttpStatusCode.NotFound);
        }

        await (await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 2, comment = "Chưa thật sự hài lòng." })).ShouldBe(HttpStatusCode.OK);
        var again = await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 5 });

        await again.ShouldBe(HttpStatusCode.Conflict);
        var detail = await Flow.Leader.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["rating"]!.GetValue<int>(), Is.EqualTo(2), "the first acceptance's rating stays");
        Assert.That(detail["ratingComment"]!.GetValue<string>(), Is.EqualTo("Chưa thật sự hài lòng."));
    }

    [Test]
    public async Task A_reopened_case_carries_no_rating_until_it_is_accepted_after_its_new_reply()
    {
        var (petitionId, caseId) = await Flow.InStatus("Replied");
        await (await Flow.Reopen(caseId)).ShouldBe(HttpStatusCode.OK);
        Assert.That((await Flow.Leader.GetJson($"/api/cases/{caseId}"))["rating"], Is.Null);
        await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        await Flow.Reply(petitionId, caseId);

        await (await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 3 })).ShouldBe(HttpStatusCode.OK);

        var detail = await Flow.Leader.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["rating"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(detail["ratingComment"], Is.Null);
    }

    [Test]
    public async Task The_dashboard_and_the_session_report_count_and_average_the_ratings_of_their_cases()
    {
        var sessionId = await NewSession();
        var ratings = new int?[] { 5, 4, 4, null };
        var cases = new List<long>();
        foreach (var rating in ratings)
        {
            var caseId = await RepliedIn(sessionId);
            cases.Add(caseId);
            await (await Flow.Leader.Post($"/api/cases/{caseId}/close", rating is null ? null : new { rating, comment = rating == 5 ? Comment : null })).ShouldBe(HttpStatusCode.OK);
        }

        using var overseer = App.As("overseer");
        var dashboard = await overseer.GetJson($"/api/dashboard?sessionId={sessionId}");
        var summary = dashboard["ratings"]!;
        Assert.That(summary["count"]!.GetValue<int>(), Is.EqualTo(3), "the acceptance without a rating is not counted");
        Assert.That(summary["average"]!.GetValue<double>(), Is.EqualTo(4.33));
        Assert.That(summary["distribution"]!.AsArray().Select(d => (d!["rating"]!.GetValue<int>(), d["count"]!.GetValue<int>())),
            Is.EqualTo(new[] { (1, 0), (2, 0), (3, 0), (4, 2), (5, 1) }));

        var report = await overseer.GetJson($"/api/sessions/{sessionId}/report");
        Assert.That(report["ratings"]!["count"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(report["ratings"]!["average"]!.GetValue<double>(), Is.EqualTo(4.33));
        var rows = report["rows"]!.AsArray();
        Assert.That(rows.Select(r => r!["rating"]?.GetValue<int>()), Is.EqualTo(ratings));
        Assert.That(rows[0]!["ratingComment"]!.GetValue<string>(), Is.EqualTo(Comment));

        var empty = await overseer.GetJson($"/api/dashboard?sessionId={await NewSession()}");
        Assert.That(empty["ratings"]!["count"]!.GetValue<int>(), Is.Zero);
        Assert.That(empty["ratings"]!["average"], Is.Null, "no average of nothing");
    }

    [Test]
    public async Task The_report_documents_print_each_rating_in_the_table_and_the_sessions_average()
    {
        var sessionId = await NewSession();
        var rated = await RepliedIn(sessionId);
        await (await Flow.Leader.Post($"/api/cases/{rated}/close", new { rating = 4, comment = Comment })).ShouldBe(HttpStatusCode.OK);
        var unrated = await RepliedIn(sessionId);
        await (await Flow.Leader.Post($"/api/cases/{unrated}/close")).ShouldBe(HttpStatusCode.OK);
        var report = await Client.GetJson($"/api/sessions/{sessionId}/report");
        var line = "Mức độ hài lòng của người kiến nghị với văn bản trả lời: bình quân 4,0/5 (1 đánh giá; 4 điểm: 1).";

        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/sessions/{sessionId}/report?format=docx"));
        SessionReportTests.AssertReport(word, report);
        var table = WordFile.Cells(word.Tables[1]);
        Assert.That(table[1][^1], Is.EqualTo($"4/5\n“{Comment}”"));
        Assert.That(table[2][^1], Is.Empty);
        Assert.That(word.Paragraphs, Does.Contain("- " + line));

        var html = await Client.GetStringAsync($"/api/sessions/{sessionId}/report?format=html");
        Assert.That(html, Does.Contain("<th>Mức độ hài lòng</th>"));
        Assert.That(html, Does.Contain(line));
        Assert.That(html, Does.Contain($"<td class=\"centre\">4/5<br>“{Comment}”</td>"), "the comment beside the rating, in its cell");

        SessionReportTests.AssertCsvMatches(await Client.GetByteArrayAsync($"/api/sessions/{sessionId}/report?format=csv"), report);

        using var book = new SpreadsheetTests.Workbook(await Client.GetByteArrayAsync($"/api/sessions/{sessionId}/report?format=xlsx"));
        Assert.That(book.SchemaErrors(), Is.Empty);
        Assert.That(book.Texts(1).TakeLast(2), Is.EqualTo(new[] { "Đánh giá (1–5)", "Ý kiến của người kiến nghị" }));
        var cells = book.Cells(2);
        Assert.That(cells[^2].DataType?.Value, Is.EqualTo(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number), "the rating is a number Excel averages");
        Assert.That(cells[^2].CellValue!.Text, Is.EqualTo("4"));
        Assert.That(book.Text(cells[^1]), Is.EqualTo(Comment));
    }

    [Test]
    public async Task A_session_with_no_rating_says_so_in_its_report()
    {
        var sessionId = await NewSession();
        await RepliedIn(sessionId);

        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/sessions/{sessionId}/report?format=docx"));

        Assert.That(word.Paragraphs, Does.Contain("- Mức độ hài lòng của người kiến nghị với văn bản trả lời: chưa có đánh giá."));
        var report = await Client.GetJson($"/api/sessions/{sessionId}/report");
        Assert.That(report["ratings"]!["count"]!.GetValue<int>(), Is.Zero);
    }

    private static async Task AssertRefused(HttpResponseMessage response, string field, string? code)
    {
        await response.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        Assert.That(problem["errors"]![field], Is.Not.Null, $"the 400 names {field}");
        if (code is not null)
        {
            Assert.That(problem["fieldCodes"]![field]!.AsArray().Select(c => c!["code"]!.GetValue<string>()), Does.Contain(code));
        }
    }

    private int _sessions;

    /// <summary>A session of its own (the dashboard and report count only its cases), its deadline ahead.</summary>
    private async Task<long> NewSession()
    {
        using var admin = App.As("admin");
        var created = await admin.Post("/api/sessions", new { code = $"R-{Engine}-{++_sessions}-{Guid.NewGuid():N}"[..20], title = "Hội nghị đánh giá mức độ hài lòng", heldOn = "2026-04-13", replyDeadline = "2026-05-29" });
        await created.ShouldBe(HttpStatusCode.Created);
        return (await created.Json())["id"]!.GetValue<long>();
    }

    /// <summary>A case of leader 19's in <paramref name="sessionId"/>, taken to Replied.</summary>
    private async Task<long> RepliedIn(long sessionId)
    {
        var submitted = await Flow.Leader.Post("/api/petitions", Workflow.PetitionTo(sessionId, "Đề nghị nạo vét cống thoát nước ngõ 20"));
        await submitted.ShouldBe(HttpStatusCode.Created);
        var json = await submitted.Json();
        var petitionId = json["id"]!.GetValue<long>();
        var caseId = json["caseIds"]![0]!.GetValue<long>();
        await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        await Flow.Reply(petitionId, caseId);
        return caseId;
    }
}
