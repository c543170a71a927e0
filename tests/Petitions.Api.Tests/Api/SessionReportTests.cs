using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Wordprocessing;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class SessionReportTests(string engine) : ApiTests(engine)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly string[] TableColumns =
    [
        "STT", "Tổ chức/Cá nhân kiến nghị", "Nội dung kiến nghị", "Cơ quan chủ trì", "Phòng, ban, đơn vị giải quyết",
        "Trạng thái", "Kết quả giải quyết", "Văn bản trả lời (số, ngày)", "Đúng hạn / Quá hạn", "Ghi chú", "Mức độ hài lòng",
    ];

    public static readonly string[] CsvColumns =
    [
        "STT", "Mã nội dung", "Tổ chức/Cá nhân kiến nghị", "Nội dung kiến nghị", "Cơ quan chủ trì", "Lĩnh vực",
        "Phòng, ban, đơn vị giải quyết", "Trạng thái", "Kết quả giải quyết", "Số văn bản trả lời", "Ngày trả lời",
        "Hạn trả lời", "Đúng hạn/Quá hạn", "Ghi chú",
        "Rõ người", "Rõ việc", "Rõ thời gian", "Rõ trách nhiệm", "Rõ sản phẩm (kết quả)", "Rõ thẩm quyền", "Đánh giá (1–5)", "Ý kiến của người kiến nghị",
    ];

    /// <summary>Hanoi's "6 rõ", in the one wording of the form, the card and every document.</summary>
    public static readonly string[] SixClears = ["rõ người", "rõ việc", "rõ thời gian", "rõ trách nhiệm", "rõ sản phẩm (kết quả)", "rõ thẩm quyền"];

    [Test]
    public async Task The_JSON_report_mirrors_the_appendix_row_by_row()
    {
        var (petitionId, caseId) = await Flow.InStatus("Replied");

        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");

        Assert.That(report["wardName"]!.GetValue<string>(), Is.EqualTo("Phường Yên Hòa"));
        Assert.That(report["session"]!["replyDeadline"]!.GetValue<string>(), Is.EqualTo("2026-04-20"));
        Assert.That(report["generatedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"));
        var rows = report["rows"]!.AsArray();
        Assert.That(rows[0]!["stt"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(rows[0]!["submitter"]!.GetValue<string>(), Is.EqualTo("Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)"), "as the appendix writes it");
        Assert.That(rows[0]!["leadAgency"]!.GetValue<string>(), Is.EqualTo("UBND phường"));
        Assert.That(rows.Select(r => (r!["stt"]!.GetValue<int>(), r["itemNumber"]!.GetValue<int>())), Is.Ordered, "STT, then the item's place");
        var ours = rows.Single(r => r!["caseId"]!.GetValue<long>() == caseId)!;
        Assert.That(ours["petitionId"]!.GetValue<long>(), Is.EqualTo(petitionId));
        Assert.That(ours["status"]!.GetValue<string>(), Is.EqualTo("Replied"));
        Assert.That(ours["department"]!.GetValue<string>(), Is.EqualTo("Phòng Kinh tế, Hạ tầng và Đô thị"));
        Assert.That(ours["result"]!.GetValue<string>(), Is.EqualTo("Đã thu gom, lắp biển cấm đổ rác."));
        Assert.That(ours["replyNumber"]!.GetValue<string>(), Does.Match(@"^\d{2,}/UBND-VP$"));
        Assert.That(ours["replyIssuedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"));
        Assert.That(ours["timeliness"]!.GetValue<string>(), Is.EqualTo("OnTime"));
        Assert.That(ours["escalations"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EqualTo(new[] { "NewlyArising" }), "submitted three days after the meeting");
        var summary = report["summary"]!;
        Assert.That(summary["caseCount"]!.GetValue<int>(), Is.EqualTo(rows.Count));
        Assert.That(summary["byStatus"]!.AsArray().Sum(c => c!["cases"]!.GetValue<int>()), Is.EqualTo(rows.Count));
        Assert.That(summary["byCategory"]!.AsArray().Sum(c => c!["cases"]!.GetValue<int>()), Is.EqualTo(rows.Count));
        Assert.That(summary["byDepartment"]!.AsArray().Sum(c => c!["cases"]!.GetValue<int>()), Is.EqualTo(rows.Count));
    }

    [Test]
    public async Task The_Word_report_is_a_landscape_A4_Party_report_whose_table_holds_every_row()
    {
        await Flow.InStatus("Replied");
        await Flow.InStatus("Referred");
        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");

        var response = await Client.GetAsync($"/api/sessions/{Workflow.Session}/report?format=docx");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(DocxType));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, Is.EqualTo("bao-cao-kien-nghi-2026-Q1.docx"));
        using var word = new WordFile(await response.Content.ReadAsByteArrayAsync());
        AssertReport(word, report);
    }

    [Test]
    public async Task The_table_gives_an_assigned_case_its_six_clears_beside_its_result_in_Word_and_HTML()
    {
        var (_, caseId) = await Flow.InStatus("Resolved");
        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");
        var rows = report["rows"]!.AsArray();
        var index = rows.Select((r, i) => (r, i)).Single(x => x.r!["caseId"]!.GetValue<long>() == caseId).i;
        var ours = rows[index]!;
        var dueDate = Vietnamese(ours["dueDate"]!);
        var cell = "Đã thu gom, lắp biển cấm đổ rác.\nSáu rõ: rõ người: Phạm Đức Anh; rõ việc: Kiểm tra hiện trường, xử lý dứt điểm; " +
                   $"rõ thời gian: {dueDate}; rõ trách nhiệm: Trưởng phòng KT-HT-ĐT; " +
                   "rõ sản phẩm (kết quả): Hết tồn đọng, báo cáo bằng văn bản; rõ thẩm quyền: Chủ tịch UBND phường";

        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/sessions/{Workflow.Session}/report?format=docx"));
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/api/sessions/{Workflow.Session}/report?format=html"));

        Assert.That(ours["authority"]!.GetValue<string>(), Is.EqualTo("Chủ tịch UBND phường"), "the JSON row carries the six too");
        var row = WordFile.Cells(word.Tables[1])[index + 1];
        Assert.That(row[2], Is.EqualTo(ours["content"]!.GetValue<string>()));
        Assert.That(row[6], Is.EqualTo(cell), "Kết quả giải quyết: what was done, then the six it was assigned with");
        Assert.That(html, Does.Contain(cell.Replace("\n", "<br>")), "the printable page says the same");
        var received = WordFile.Cells(word.Tables[1]).Skip(1).Where((_, i) => report["rows"]![i]!["status"]!.GetValue<string>() == "Received");
        Assert.That(received.Select(r => r[6]), Is.All.Not.Contain("Sáu rõ"), "a case not yet assigned has none to show");
    }

    [Test]
    public async Task The_CSV_is_UTF8_with_a_BOM_and_reads_back_as_the_JSON_report()
    {
        await Flow.InStatus("Replied");
        await Flow.InStatus("Referred");
        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");

        var byFormat = await Client.GetAsync($"/api/sessions/{Workflow.Session}/report?format=csv");
        using var byAccept = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{Workflow.Session}/report");
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var accepted = await Client.SendAsync(byAccept);

        await byFormat.ShouldBe(HttpStatusCode.OK);
        await accepted.ShouldBe(HttpStatusCode.OK);
        Assert.That(byFormat.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(accepted.Headers.Vary.ToString(), Does.Contain("Accept"));
        var bytes = await byFormat.Content.ReadAsByteArrayAsync();
        Assert.That(await accepted.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        AssertCsvMatches(bytes, report);
    }

    [Test]
    public async Task Accept_chooses_Word_and_anything_else_gets_JSON()
    {
        using var docx = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{Workflow.Session}/report");
        docx.Headers.Accept.ParseAdd(DocxType);
        using var browser = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{Workflow.Session}/report");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var word = await Client.SendAsync(docx);
        var json = await Client.SendAsync(browser);

        Assert.That(word.Content.Headers.ContentType!.MediaType, Is.EqualTo(DocxType));
        Assert.That(json.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task The_printable_page_is_landscape_A4_with_the_same_table_and_encodes_what_people_typed()
    {
        var (_, caseIds) = await Flow.Submit("Đề nghị <script>alert(1)</script> dọn rác");
        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");

        var response = await Client.GetAsync($"/api/sessions/{Workflow.Session}/report?format=html");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("@page { size: A4 landscape; margin: 20mm 15mm 20mm 30mm;"));
        Assert.That(html, Does.Contain("@top-center { content: counter(page);"), "page numbers");
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("Đề nghị &lt;script&gt;alert(1)&lt;/script&gt; dọn rác"));
        var text = WebUtility.HtmlDecode(html);
        foreach (var expected in new[] { "ĐẢNG ỦY PHƯỜNG YÊN HÒA", "Số …-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Yên Hòa, ngày 13 tháng 4 năm 2026" })
        {
            Assert.That(text, Does.Contain(expected));
        }

        foreach (var row in report["rows"]!.AsArray())
        {
            Assert.That(text, Does.Contain(row!["content"]!.GetValue<string>()));
        }

        Assert.That(caseIds, Has.Length.EqualTo(1));
    }

    [Test]
    public async Task An_unknown_format_names_format_and_an_unknown_session_is_a_404()
    {
        var xml = await Client.GetAsync($"/api/sessions/{Workflow.Session}/report?format=xml");
        var missing = await Client.GetAsync("/api/sessions/99999/report");
        var missingDocx = await Client.GetAsync("/api/sessions/99999/report?format=docx");

        await xml.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await xml.Json())["errors"]!["format"]![0]!.GetValue<string>(), Is.EqualTo("'xml' is not a format of this document; use one of: json, docx, csv, html, xlsx."));
        await missing.ShouldBe(HttpStatusCode.NotFound);
        await missingDocx.ShouldBe(HttpStatusCode.NotFound);
        Assert.That((await missingDocx.Json())["detail"]!.GetValue<string>(), Is.EqualTo("Session 99999 does not exist."));
    }

    /// <summary>The Word report against its JSON: layout of Hướng dẫn 36, the header blocks, and the table row by row.</summary>
    public static void AssertReport(WordFile word, JsonNode report)
    {
        Assert.That(word.SchemaErrors(), Is.Empty, "valid Open XML");
        Assert.That(word.PageSize.Width!.Value, Is.EqualTo(16838u), "A4 landscape");
        Assert.That(word.PageSize.Height!.Value, Is.EqualTo(11906u));
        Assert.That(word.PageSize.Orient!.Value, Is.EqualTo(PageOrientationValues.Landscape));
        ReplyDocumentTests.AssertMargins(word);
        ReplyDocumentTests.AssertPageNumbers(word);
        ReplyDocumentTests.AssertTimesNewRoman(word);

        var header = WordFile.Cells(word.Tables[0]).Single();
        Assert.That(header[0], Is.EqualTo("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY PHƯỜNG YÊN HÒA\n*\nSố …-BC/ĐU"));
        Assert.That(header[1].Split('\n')[0], Is.EqualTo("ĐẢNG CỘNG SẢN VIỆT NAM"));
        var generatedOn = DateOnly.Parse(report["generatedOn"]!.GetValue<string>());
        Assert.That(header[1].Split('\n')[^1], Is.EqualTo($"Yên Hòa, ngày {generatedOn.Day:00} tháng {(generatedOn.Month < 3 ? generatedOn.Month.ToString("00") : generatedOn.Month.ToString())} năm {generatedOn.Year}"));
        var party = word.RunsOf("ĐẢNG CỘNG SẢN VIỆT NAM").Single().RunProperties!;
        Assert.That(party.Underline?.Val?.Value, Is.EqualTo(UnderlineValues.Single), "underlined");
        Assert.That(party.Bold, Is.Not.Null);
        var title = report["session"]!["title"]!.GetValue<string>();
        var titleAt = word.Paragraphs.ToList().IndexOf("BÁO CÁO");
        Assert.That(titleAt, Is.GreaterThan(0));
        Assert.That(word.Paragraphs[titleAt + 1], Is.EqualTo($"Kết quả giải quyết kiến nghị tại {title}"));

        var table = WordFile.Cells(word.Tables[1]);
        Assert.That(table[0], Is.EqualTo(TableColumns));
        var rows = report["rows"]!.AsArray();
        Assert.That(table, Has.Count.EqualTo(rows.Count + 1));
        Assert.That(word.Tables[1].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count(), Is.EqualTo(TableColumns.Length));
        var wordRows = word.Tables[1].Elements<TableRow>().ToList();
        Assert.That(wordRows[0].TableRowProperties!.GetFirstChild<TableHeader>(), Is.Not.Null, "the header row repeats on every page");
        long? petition = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i]!;
            var cells = table[i + 1];
            var first = row["petitionId"]!.GetValue<long>() != petition;
            petition = row["petitionId"]!.GetValue<long>();
            Assert.That(wordRows[i + 1].Elements<TableCell>().Select(c => c.TableCellProperties!.VerticalMerge), Is.All.Null, "no merged cells, which Word prints empty on the next page");
            Assert.That(cells[0], Is.EqualTo(first ? $"{row["stt"]}." : $"{row["stt"]}. (tiếp)"), "a continued petition repeats its STT, marked");
            Assert.That(cells[1], Is.EqualTo(first ? row["submitter"]!.GetValue<string>() : $"{row["submitter"]} (tiếp)"));
            Assert.That(cells[1], Does.StartWith("Đ/c "));
            Assert.That(cells[2], Is.EqualTo(row["content"]!.GetValue<string>()), "the case text verbatim");
            Assert.That(cells[3], Is.EqualTo(row["leadAgency"]!.GetValue<string>()));
            Assert.That(cells[4], Is.EqualTo(row["department"]?.GetValue<string>() ?? "Chưa phân công"));
            Assert.That(cells[5], Is.EqualTo(StatusWords[row["status"]!.GetValue<string>()]));
            Assert.That(cells[6], Is.EqualTo(OutcomeCell(row)), "what was done, then the six clears it was assigned with");
            var number = row["replyNumber"]?.GetValue<string>();
            Assert.That(cells[7], Is.EqualTo(number is null ? "" : $"{number}\n{Vietnamese(row["replyIssuedOn"]!)}"));
            Assert.That(cells[8], Is.EqualTo(TimelinessWords[row["timeliness"]!.GetValue<string>()]));
            Assert.That(cells[9], Is.EqualTo(first ? row["note"]?.GetValue<string>() ?? "" : ""), "Ghi chú");
            Assert.That(cells[10], Is.EqualTo(RatingCell(row)), "Mức độ hài lòng");
        }

        var lastRow = wordRows[^1].Descendants<Paragraph>().ToList();
        Assert.That(lastRow.Select(p => p.ParagraphProperties?.KeepNext), Is.All.Not.Null, "the last row keeps with the signature block");
        var closing = WordFile.Cells(word.Tables[2]).Single();
        Assert.That(closing[1].Split('\n').Where(l => l.Length > 0), Is.EqualTo(new[] { "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lương Khánh Ngọc" }), "the ward's default signer of reports");
        Assert.That(word.RunsOf("Lương Khánh Ngọc").Single().RunProperties!.Bold, Is.Not.Null);
    }

    public static void AssertCsvMatches(byte[] bytes, JsonNode report)
    {
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark");
        var records = CsvReader.Parse(new UTF8Encoding(false).GetString(bytes[3..]));
        Assert.That(records[0], Is.EqualTo(CsvColumns));
        Assert.That(new UTF8Encoding(false).GetString(bytes[3..]).Split("\r\n")[0], Does.StartWith("STT;Mã nội dung;"), "semicolons, as Excel under Vietnamese settings splits");
        var rows = report["rows"]!.AsArray();
        Assert.That(records, Has.Count.EqualTo(rows.Count + 1));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i]!;
            var clears = Clears(row);
            string[] expected =
            [
                row["stt"]!.ToString(),
                row["caseId"]!.ToString(),
                row["submitter"]!.GetValue<string>(),
                row["content"]!.GetValue<string>(),
                row["leadAgency"]!.GetValue<string>(),
                row["categoryName"]!.GetValue<string>(),
                row["department"]?.GetValue<string>() ?? "Chưa phân công",
                StatusWords[row["status"]!.GetValue<string>()],
                Outcome(row),
                row["replyNumber"]?.GetValue<string>() ?? "",
                row["replyIssuedOn"]?.GetValue<string>() ?? "",
                row["dueDate"]!.GetValue<string>(),
                TimelinessWords[row["timeliness"]!.GetValue<string>()],
                row["note"]?.GetValue<string>() ?? "",
                .. clears.Length == 0 ? ["", "", "", "", "", ""] : clears.Select((value, k) => k == 2 ? row["dueDate"]!.GetValue<string>() : value),
                row["rating"]?.ToString() ?? "",
                row["ratingComment"]?.GetValue<string>() ?? "",
            ];
            Assert.That(records[i + 1], Is.EqualTo(expected), "the six clears in their own columns, rõ thời gian an ISO date as the CSV's dates are");
        }
    }

    /// <summary>What the printed table says of a row's rating: "4/5", the comment quoted on its own line.</summary>
    public static string RatingCell(JsonNode row) => row["rating"] is null
        ? ""
        : $"{row["rating"]}/5" + (row["ratingComment"] is { } comment ? $"\n“{comment.GetValue<string>()}”" : "");

    /// <summary>What the documents print for each status: the JSON sends the name, the documents the words.</summary>
    public static readonly Dictionary<string, string> StatusWords = new()
    {
        ["Received"] = "Đã tiếp nhận",
        ["Assigned"] = "Đã giao xử lý",
        ["InProgress"] = "Đang xử lý",
        ["Resolved"] = "Đã giải quyết",
        ["Replied"] = "Đã trả lời",
        ["Closed"] = "Đã kết thúc",
        ["Referred"] = "Đã chuyển cơ quan có thẩm quyền",
    };

    public static readonly Dictionary<string, string> TimelinessWords = new()
    {
        ["OnTime"] = "Đúng hạn",
        ["Late"] = "Quá hạn",
        ["NotReplied"] = "Chưa trả lời",
    };

    /// <summary>The table's "result" cell: a referral's agency and letter, then what was done.</summary>
    public static string Outcome(JsonNode row)
    {
        var referral = row["referredTo"]?.GetValue<string>() is { } agency ? $"Đã chuyển {agency} ({row["referralLetter"]!.GetValue<string>()})" : null;
        return string.Join(". ", new[] { referral, row["result"]?.GetValue<string>() }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The six clears' values of a row's assignment (the due date as documents print it); none when it has no assignment.</summary>
    public static string[] Clears(JsonNode row)
    {
        string? Value(string name) => row[name]?.GetValue<string>();
        string[] values = [.. new[] { "assignee", "task", "responsibleHead", "expectedResult", "authority" }.Select(Value).OfType<string>()];
        return values.Length == 0
            ? []
            : [.. new[] { Value("assignee"), Value("task"), Vietnamese(row["dueDate"]!), Value("responsibleHead"), Value("expectedResult"), Value("authority") }.Select(v => v ?? "chưa ghi")];
    }

    /// <summary>"Sáu rõ: rõ người: …; rõ việc: …; …": the six in one line, as the letter and the report's table print them.</summary>
    public static string SixClearsLine(string[] values) =>
        "Sáu rõ: " + string.Join("; ", SixClears.Zip(values, (clear, value) => $"{clear}: {value}"));

    /// <summary>The table's "Kết quả giải quyết" cell: the outcome, then on a line of its own the six clears.</summary>
    public static string OutcomeCell(JsonNode row) => Clears(row) is { Length: > 0 } clears
        ? string.Join("\n", new[] { Outcome(row), SixClearsLine(clears) }.Where(s => s.Length > 0))
        : Outcome(row);

    /// <summary>"2026-04-16" → "16/04/2026".</summary>
    public static string Vietnamese(JsonNode date) => DateOnly.Parse(date.GetValue<string>()).ToString("dd/MM/yyyy");
}
