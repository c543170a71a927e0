using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>The session report and the case lists as Excel workbooks and as CSV for Excel under Vietnamese settings.</summary>
public sealed class SpreadsheetTests(string engine) : ApiTests(engine)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Test]
    public async Task The_report_workbook_has_real_numbers_and_dates_a_frozen_header_widths_and_Vietnamese_intact()
    {
        await Flow.InStatus("Replied");
        var report = await Client.GetJson($"/api/sessions/{Workflow.Session}/report");

        var response = await Client.GetAsync($"/api/sessions/{Workflow.Session}/report?format=xlsx");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(XlsxType));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, Is.EqualTo("bao-cao-kien-nghi-2026-Q1.xlsx"));
        using var book = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.That(book.SchemaErrors(), Is.Empty, "valid Open XML");
        Assert.That(book.Texts(1), Is.EqualTo(SessionReportTests.CsvColumns), "the CSV's columns");
        var rows = report["rows"]!.AsArray();
        Assert.That(book.Rows, Has.Count.EqualTo(rows.Count + 1));
        var replied = rows.Select((r, i) => (Row: r!, Index: i)).First(r => r.Row["replyIssuedOn"] is not null);
        var cells = book.Cells(replied.Index + 2);
        Assert.That(cells[0].DataType?.Value, Is.EqualTo(CellValues.Number), "STT is a number");
        Assert.That(cells[0].CellValue!.Text, Is.EqualTo(replied.Row["stt"]!.ToString()));
        Assert.That(cells[1].CellValue!.Text, Is.EqualTo(replied.Row["caseId"]!.ToString()));
        Assert.That(book.Text(cells[2]), Is.EqualTo(replied.Row["submitter"]!.GetValue<string>()), "Vietnamese kept exactly");
        Assert.That(book.Text(cells[3]), Is.EqualTo(replied.Row["content"]!.GetValue<string>()));
        Assert.That(book.IsDate(cells[10]), Is.True, "the reply's date is a date cell");
        Assert.That(DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cells[10].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))).ToString("yyyy-MM-dd"), Is.EqualTo(replied.Row["replyIssuedOn"]!.GetValue<string>()));
        Assert.That(book.IsDate(cells[11]), Is.True, "and so is the due date");
        var six = book.Texts(1).Skip(14).Take(6).ToList();
        Assert.That(six, Is.EqualTo(new[] { "Rõ người", "Rõ việc", "Rõ thời gian", "Rõ trách nhiệm", "Rõ sản phẩm (kết quả)", "Rõ thẩm quyền" }), "the six clears, one column each, in the one wording");
        Assert.That(
            new[] { 14, 15, 17, 18, 19 }.Select(i => book.Text(cells[i])),
            Is.EqualTo(new[] { "Phạm Đức Anh", "Kiểm tra hiện trường, xử lý dứt điểm", "Trưởng phòng KT-HT-ĐT", "Hết tồn đọng, báo cáo bằng văn bản", "Chủ tịch UBND phường" }));
        Assert.That(book.IsDate(cells[16]), Is.True, "rõ thời gian is the due date, a date cell");
        Assert.That(cells[16].CellValue!.Text, Is.EqualTo(cells[11].CellValue!.Text));
        var pane = book.Sheet.Descendants<Pane>().Single();
        Assert.That((pane.State?.Value, pane.VerticalSplit?.Value, pane.TopLeftCell?.Value), Is.EqualTo((PaneStateValues.Frozen, 1.0, "A2")), "the header row is frozen");
        var columns = book.Sheet.Descendants<Column>().ToList();
        Assert.That(columns, Has.Count.EqualTo(SessionReportTests.CsvColumns.Length));
        Assert.That(columns.Select(c => c.CustomWidth?.Value), Is.All.True);
        Assert.That(columns[3].Width!.Value, Is.GreaterThan(columns[0].Width!.Value), "the content column is wider than STT");
        Assert.That(book.IsBold(book.Cells(1)[0]), Is.True, "a bold header");
    }

    [Test]
    public async Task Every_case_of_a_list_downloads_as_a_workbook_or_CSV_with_the_lists_filters()
    {
        var (_, caseId) = await Flow.InStatus("Assigned");
        var listed = new List<long>();
        string? cursor = null;
        do
        {
            var page = await Client.GetJson($"/api/cases?status=Assigned&limit=1{(cursor is null ? "" : $"&cursor={cursor}")}");
            listed.AddRange(page["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        var xlsx = await Client.GetAsync("/api/cases/export?format=xlsx&status=Assigned");
        var csv = await Client.GetAsync("/api/cases/export?status=Assigned");
        var unknown = await Client.GetAsync("/api/cases/export?format=pdf");

        await xlsx.ShouldBe(HttpStatusCode.OK);
        using var book = new Workbook(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.That(book.SchemaErrors(), Is.Empty);
        Assert.That(book.Rows.Skip(1).Select(r => long.Parse(r.Elements<Cell>().First().CellValue!.Text)), Is.EqualTo(listed), "every page of the list, in its order");
        var ours = book.Rows.Skip(1).Single(r => r.Elements<Cell>().First().CellValue!.Text == caseId.ToString()).Elements<Cell>().ToList();
        Assert.That(book.Text(ours[7]), Is.EqualTo("Đã giao xử lý"));
        Assert.That(book.IsDate(ours[9]), Is.True, "the due date is a date cell");

        await csv.ShouldBe(HttpStatusCode.OK);
        Assert.That(csv.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var records = CsvReader.Parse(new UTF8Encoding(false).GetString(bytes[3..]));
        Assert.That(records.Skip(1).Select(r => long.Parse(r[0])), Is.EqualTo(listed));
        var row = records.Single(r => r[0] == caseId.ToString());
        Assert.That(row[9], Is.EqualTo("2026-04-20"), "ISO dates: the same day in every locale");
        await unknown.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await unknown.Json())["errors"]!["format"], Is.Not.Null);
        using var leader = new Workbook(await Flow.Leader.GetByteArrayAsync("/api/cases/export?format=xlsx"));
        Assert.That(leader.Rows.Skip(1).Select(r => leader.Text(r.Elements<Cell>().ElementAt(3))), Is.All.EqualTo(Workflow.Organisation), "a group leader's list is their organisation's");
    }

    /// <summary>A downloaded workbook's one sheet.</summary>
    internal sealed class Workbook : IDisposable
    {
        private readonly MemoryStream _stream;

        public Workbook(byte[] bytes)
        {
            _stream = new MemoryStream(bytes);
            Document = SpreadsheetDocument.Open(_stream, false);
            Sheet = Document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        }

        public SpreadsheetDocument Document { get; }

        public Worksheet Sheet { get; }

        public IReadOnlyList<Row> Rows => [.. Sheet.Descendants<Row>()];

        public IReadOnlyList<Cell> Cells(int row) => [.. Rows.Single(r => r.RowIndex!.Value == row).Elements<Cell>()];

        public IReadOnlyList<string> Texts(int row) => [.. Cells(row).Select(Text)];

        public string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

        public bool IsDate(Cell cell)
        {
            var format = (CellFormat)Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.ElementAt((int)(cell.StyleIndex?.Value ?? 0));
            var code = Document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
                .SingleOrDefault(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value)?.FormatCode?.Value;
            return cell.DataType is null && code == "dd/mm/yyyy" && double.TryParse(cell.CellValue?.Text, System.Globalization.CultureInfo.InvariantCulture, out _);
        }

        public bool IsBold(Cell cell)
        {
            var styles = Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
            var format = (CellFormat)styles.CellFormats!.ElementAt((int)(cell.StyleIndex?.Value ?? 0));
            return ((Font)styles.Fonts!.ElementAt((int)format.FontId!.Value)).Bold is not null;
        }

        public IReadOnlyList<ValidationErrorInfo> SchemaErrors() => [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(Document)];

        public void Dispose()
        {
            Document.Dispose();
            _stream.Dispose();
        }
    }
}
