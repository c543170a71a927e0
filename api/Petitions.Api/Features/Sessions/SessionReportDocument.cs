using System.Text;
using DocumentFormat.OpenXml;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Web;
using static Petitions.Api.Features.Sessions.GetSessionReport;
using static Petitions.Api.Infrastructure.Documents.Docx;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Petitions.Api.Features.Sessions;

/// <summary>
/// Prints a session report in the Party's format of Hướng dẫn 36-HD/VPTW (Word, landscape A4 for the wide table),
/// as printable HTML with the same words, and as CSV and an Excel workbook with the table's columns.
/// </summary>
public static class SessionReportDocument
{
    public const string Party = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /// <summary>The number line before the report is registered; then "Số 03-BC/ĐU".</summary>
    public const string NumberLine = "Số …-BC/ĐU";

    /// <summary>Said after the STT and submitter of a petition's second and later rows, which repeat them.</summary>
    public const string Continued = "(tiếp)";
    public const string Title = "BÁO CÁO";

    /// <summary>What the OpenAPI document shows of the CSV and printable forms.</summary>
    public static readonly DocumentExample[] Examples =
    [
        new(
            "text/csv",
            "\uFEFFSTT;Mã nội dung;Tổ chức/Cá nhân kiến nghị;Nội dung kiến nghị;Cơ quan chủ trì;Lĩnh vực;\"Phòng, ban, đơn vị giải quyết\";…\r\n" +
            "1;1;Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa);…;UBND phường;Úng ngập;\"Phòng Kinh tế, Hạ tầng và Đô thị\";Đã trả lời;…;01/UBND-VP;2026-04-16;2026-04-20;Đúng hạn;\r\n"),
        new(
            "text/html",
            "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><style>@page { size: A4 landscape; margin: 20mm 15mm 20mm 30mm; } …</style></head>\n" +
            "<body>… ĐẢNG ỦY PHƯỜNG YÊN HÒA … ĐẢNG CỘNG SẢN VIỆT NAM … BÁO CÁO … III. BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ …</body>\n</html>"),
    ];

    public static readonly IReadOnlyList<string> Columns =
    [
        "STT", "Tổ chức/Cá nhân kiến nghị", "Nội dung kiến nghị", "Cơ quan chủ trì", "Phòng, ban, đơn vị giải quyết",
        "Trạng thái", "Kết quả giải quyết", "Văn bản trả lời (số, ngày)", "Đúng hạn / Quá hạn", "Ghi chú", RatingColumn,
    ];

    /// <summary>The group leader's satisfaction with the reply (given as they accept it), last in the table.</summary>
    public const string RatingColumn = "Mức độ hài lòng";

    /// <summary>The CSV's columns: the table's, with the reply's number and date apart and the case's id to join on.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "STT", "Mã nội dung", "Tổ chức/Cá nhân kiến nghị", "Nội dung kiến nghị", "Cơ quan chủ trì", "Lĩnh vực",
        "Phòng, ban, đơn vị giải quyết", "Trạng thái", "Kết quả giải quyết", "Số văn bản trả lời", "Ngày trả lời",
        "Hạn trả lời", "Đúng hạn/Quá hạn", "Ghi chú", .. SixClears.All.Select(SixClears.Heading), "Đánh giá (1–5)", "Ý kiến của người kiến nghị",
    ];

    public static readonly IReadOnlyList<string> CopiesTo =
    [
        "Thường trực Đảng ủy (để b/c);",
        "Thường trực HĐND, UBMTTQ Việt Nam, Ủy ban Kiểm tra Đảng ủy phường (để giám sát);",
        "Lãnh đạo UBND phường;",
        "Lưu VPĐU.",
    ];

    /// <summary>The block printed while the ward has no signer of reports: the usual one, without a name.</summary>
    public static readonly IReadOnlyList<string> Signature = SigningForms.Lines(SigningForm.ByOrder, "Chánh Văn phòng");

    /// <summary>The words before and after the table, worked out once for Word and HTML.</summary>
    public sealed record Content
    {
        /// <summary>The upper-level Party organisation, printed above the committee when the ward has one.</summary>
        public string? SuperiorParty { get; init; }

        public string PartyCommittee { get; init; } = "";

        public string NumberLine { get; init; } = SessionReportDocument.NumberLine;

        public SignatureBlock Signature { get; init; } = new(SessionReportDocument.Signature, null);

        public string PlaceAndDate { get; init; } = "";

        public string Subtitle { get; init; } = "";

        public string Opening { get; init; } = "";

        public IReadOnlyList<string> Results { get; init; } = [];

        /// <summary>Headings ("1. Quá hạn chưa trả lời: 1 nội dung") each with its cases.</summary>
        public IReadOnlyList<(string Heading, IReadOnlyList<string> Items)> Escalations { get; init; } = [];
    }

    public static Content Compose(Report report)
    {
        var summary = report.Summary;
        var deadline = VietnameseFormat.Date(report.Session.ReplyDeadline);
        var rowOf = report.Rows.ToDictionary(r => r.CaseId);
        var categoryNames = report.Rows.GroupBy(r => r.Category.ToString()).ToDictionary(g => g.Key, g => g.First().CategoryName);
        // Each case is counted once, under its first reason; its other reasons are said beside it.
        var reasons = Enum.GetValues<EscalationReason>()
            .Select(reason => (reason, cases: report.Escalations.Where(e => e.Reasons.Count > 0 && e.Reasons[0] == reason).ToList()))
            .Where(group => group.cases.Count > 0)
            .Select((group, i) => (
                $"{i + 1}. {Escalation.Label(group.reason)}: {group.cases.Count} nội dung",
                (IReadOnlyList<string>)[.. group.cases.Select(e => Describe(e, rowOf[e.CaseId]))]))
            .ToList();
        return new Content
        {
            SuperiorParty = string.IsNullOrWhiteSpace(report.SuperiorParty) ? null : VietnameseFormat.Upper(report.SuperiorParty),
            PartyCommittee = "ĐẢNG ỦY " + VietnameseFormat.Upper(report.WardName),
            NumberLine = report.ReportNumber is { } number ? $"Số {VietnameseFormat.DocumentNumber(number)}-BC/ĐU" : NumberLine,
            PlaceAndDate = VietnameseFormat.PlaceAndDate(VietnameseFormat.Place(report.WardName), report.ReportedOn ?? report.GeneratedOn, (report.ReportedOn ?? report.GeneratedOn).Year),
            Signature = SignatureBlock.For(report.Signer?.Form, report.Signer?.Position, report.Signer?.Name, Signature),
            Subtitle = $"Kết quả giải quyết kiến nghị tại {report.Session.Title}",
            Opening = $"Tại {report.Session.Title} ngày {VietnameseFormat.Date(report.Session.HeldOn)}, các tổ chức, cá nhân đã nêu " +
                      $"{VietnameseFormat.Number(summary.PetitionCount)} kiến nghị với {VietnameseFormat.Number(summary.CaseCount)} nội dung; " +
                      $"Ủy ban nhân dân phường được giao giải quyết và thông tin bằng văn bản tới các Chi bộ, Tổ dân phố trước ngày {deadline}. " +
                      $"Văn phòng Đảng ủy tổng hợp kết quả giải quyết đến ngày {VietnameseFormat.Date(report.GeneratedOn)} như sau:",
            Results =
            [
                $"Đã trả lời bằng văn bản đúng hạn (trước ngày {deadline}): {summary.OnTime}/{summary.CaseCount} nội dung, đạt {VietnameseFormat.Percent(summary.OnTimeShare)}; " +
                $"trả lời quá hạn: {summary.Late} nội dung; chưa trả lời: {summary.NotReplied} nội dung.",
                .. summary.Refused == 0
                    ? Array.Empty<string>()
                    : [$"Trong đó từ chối, không thuộc phạm vi giải quyết của phường (đã thông báo lý do tới tổ chức kiến nghị): {summary.Refused} nội dung."],
                "Theo trạng thái: " + Counts(summary.ByStatus, key => CaseStatusLabels.Label(Enum.Parse<CaseStatus>(key!))) + ".",
                "Theo lĩnh vực: " + Counts(summary.ByCategory, key => categoryNames[key!]) + ".",
                "Theo phòng, ban, đơn vị giải quyết: " + Counts(summary.ByDepartment, key => key ?? Unassigned) + ".",
                RatingLine(report.Ratings),
            ],
            Escalations = reasons,
        };
    }

    /// <summary>"Mức độ hài lòng …: bình quân 4,5/5 (2 đánh giá; …)", or that no group leader has rated a reply yet.</summary>
    public static string RatingLine(Cases.RatingSummary ratings) => ratings.Average is { } average
        ? $"Mức độ hài lòng của người kiến nghị với văn bản trả lời: bình quân {average.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')}/5 " +
          $"({ratings.Count} đánh giá; " + string.Join(", ", ratings.Distribution.Where(d => d.Count > 0).OrderByDescending(d => d.Rating).Select(d => $"{d.Rating} điểm: {d.Count}")) + ")."
        : "Mức độ hài lòng của người kiến nghị với văn bản trả lời: chưa có đánh giá.";

    /// <summary>"4/5", then the comment on its own line; empty without a rating.</summary>
    public static string RatingCell(Row row) =>
        row.Rating is { } rating ? $"{rating}/5" + (row.RatingComment is null ? "" : $"\n“{row.RatingComment}”") : "";

    public static string FileName(Report report, string extension) => $"bao-cao-kien-nghi-{report.Session.Code}.{extension}";

    public static byte[] ToDocx(Report report)
    {
        var content = Compose(report);
        var layout = PageLayout.LandscapeA4;
        var left = 5600;
        var right = layout.TextWidth - left;
        var opening = new List<OpenXmlElement>
        {
            Table([left, right], gridLines: false, [
                Row([
                    Cell(
                        left,
                        (IEnumerable<WordParagraph>)[
                            .. content.SuperiorParty is null ? Array.Empty<WordParagraph>() : new[] { Paragraph(content.SuperiorParty, Look.Body, Placement.Centre) },
                            Paragraph(content.PartyCommittee, new Look(Bold: true), Placement.Centre),
                            Paragraph("*", Look.Body, Placement.Centre),
                            Paragraph(content.NumberLine, Look.Body, Placement.Centre),
                        ]),
                    Cell(
                        right,
                        Paragraph(Party, new Look(Bold: true, Underline: true), Placement.Centre),
                        Paragraph("", Look.Body, Placement.Centre),
                        Paragraph(content.PlaceAndDate, new Look(Italic: true), Placement.Centre)),
                ]),
            ]),
            Paragraph(Title, new Look(Bold: true), Placement.Centre with { Before = 360 }),
            Paragraph(content.Subtitle, new Look(Bold: true), Placement.Centre),
            Paragraph("-----", Look.Body, Placement.Centre with { After = 240 }),
            Paragraph(content.Opening, Look.Body, Placement.Justified),
            Paragraph("I. KẾT QUẢ CHUNG", new Look(Bold: true), Placement.Justified with { KeepNext = true }),
        };
        opening.AddRange(content.Results.Select(line => Paragraph("- " + line, Look.Body, Placement.Justified)));
        opening.Add(Paragraph("II. CÁC NỘI DUNG CẦN BÁO CÁO THƯỜNG TRỰC ĐẢNG ỦY (mục 5: phát sinh, chậm tiến độ, vượt thẩm quyền)", new Look(Bold: true), Placement.Justified with { KeepNext = true }));
        if (content.Escalations.Count == 0)
        {
            opening.Add(Paragraph("Không có nội dung nào.", Look.Body, Placement.Justified));
        }

        foreach (var (heading, items) in content.Escalations)
        {
            opening.Add(Paragraph(heading, new Look(Italic: true, Bold: true), Placement.Justified with { KeepNext = true }));
            opening.AddRange(items.Select(item => Paragraph("- " + item, Look.Body, Placement.Justified)));
        }

        opening.Add(Paragraph("III. BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ", new Look(Bold: true), Placement.Justified with { KeepNext = true }));

        var copies = new List<WordParagraph> { Paragraph(Placement.Left, Run("Nơi nhận:", new Look(Docx.CopiesHeadingSize, Bold: true, Italic: true))) };
        copies.AddRange(CopiesTo.Select(line => Paragraph("- " + line, new Look(Docx.CopiesSize))));

        return Write(layout, $"{Title} {content.Subtitle}", body =>
        {
            body.Add(opening);
            body.AddTable(Widths, gridLines: true, ResultRows(report));
            // The table's last row keeps with the signature block (see ResultRows), so the signature never sits alone.
            body.Add(Paragraph(Placement.Left with { KeepNext = true }, Run("", Look.Body)));
            body.Add(Table([left + 1500, right - 1500], gridLines: false, [Row([Cell(left + 1500, copies), Cell(right - 1500, content.Signature.ToDocx())])]));
        });
    }

    /// <summary>Column widths (twips) of the table on landscape A4: 14287 twips between the margins.</summary>
    private static readonly int[] Widths = [700, 1900, 2200, 950, 1350, 1050, 1987, 1400, 950, 900, 900];

    private static IEnumerable<WordRow> ResultRows(Report report)
    {
        static WordParagraph Cell13(string? text, bool keepNext, bool bold = false, Alignment align = Alignment.Left) =>
            Paragraph(text ?? "", new Look(Docx.HeaderSize, Bold: bold), new Placement { Align = align, KeepNext = keepNext });

        yield return Row(Columns.Select((title, i) => Cell(Widths[i], [Cell13(title, keepNext: false, bold: true, Alignment.Centre)], centreVertically: true)), header: true);
        var count = 0;
        foreach (var (row, first) in Petitions(report.Rows))
        {
            // The last row keeps with what follows, taking the signature block along to its page.
            var last = ++count == report.Rows.Count;
            yield return Row([
                Cell(Widths[0], [Cell13(Stt(row, first), last, align: Alignment.Centre)]),
                Cell(Widths[1], [Cell13(first ? row.Submitter : $"{row.Submitter} {Continued}", last)]),
                Cell(Widths[2], [Cell13(row.Content, last)]),
                Cell(Widths[3], [Cell13(row.LeadAgency, last, align: Alignment.Centre)]),
                Cell(Widths[4], [Cell13(row.Department ?? Unassigned, last)]),
                Cell(Widths[5], [Cell13(CaseStatusLabels.Label(row.Status), last)]),
                Cell(Widths[6], [Cell13(OutcomeCell(row), last)]),
                Cell(Widths[7], [Cell13(ReplyCell(row), last, align: Alignment.Centre)]),
                Cell(Widths[8], [Cell13(Escalation.Label(row.Timeliness), last, align: Alignment.Centre)]),
                Cell(Widths[9], [Cell13(first ? row.Note : null, last)]),
                Cell(Widths[10], [Cell13(RatingCell(row), last, align: Alignment.Centre)]),
            ]);
        }
    }

    /// <summary>
    /// Each row with whether it is its petition's first. A petition's later rows repeat its STT and submitter marked
    /// "(tiếp)" instead of merging the cells, which Word leaves empty on the page the petition continues on.
    /// </summary>
    private static IEnumerable<(Row Row, bool First)> Petitions(IEnumerable<Row> rows)
    {
        long? petition = null;
        foreach (var row in rows)
        {
            yield return (row, row.PetitionId != petition);
            petition = row.PetitionId;
        }
    }

    private static string Stt(Row row, bool first) => first ? $"{row.Stt}." : $"{row.Stt}. {Continued}";

    private static string ReplyCell(Row row) =>
        row.ReplyNumber is null ? "" : $"{row.ReplyNumber}\n{VietnameseFormat.Date(row.ReplyIssuedOn)}";

    private static string Describe(Escalated e, Row row)
    {
        var due = e.Reasons.Contains(EscalationReason.Overdue) || e.Reasons.Contains(EscalationReason.AtRisk) || e.Reasons.Contains(EscalationReason.RepliedLate)
            ? $", hạn {VietnameseFormat.Date(e.DueDate)}"
            : "";
        var referred = e.ReferredTo is null ? "" : $", đã chuyển {e.ReferredTo}";
        var department = e.Department ?? (e.ReferredTo is null ? Unassigned : null);
        var also = e.Reasons.Count > 1 ? $" (đồng thời: {string.Join(", ", e.Reasons.Skip(1).Select(r => Escalation.Label(r).ToLowerInvariant()))})" : "";
        return $"STT {e.Stt} ({row.Organisation}): “{e.Content}”{(department is null ? "" : " – " + department)}{due}{referred}{also}.";
    }

    private static string Counts(IEnumerable<Count> counts, Func<string?, string> label) =>
        string.Join("; ", counts.Select(c => $"{label(c.Key)}: {c.Cases}"));

    /// <summary>What the printed table says was done: the agency and letter of a referral, then the result.</summary>
    private static string Outcome(Row row)
    {
        var referral = row.ReferredTo is null ? null : $"Đã chuyển {row.ReferredTo} ({row.ReferralLetter})";
        var refusal = row.RefusalReason is null ? null : $"Từ chối: {row.RefusalReason}";
        return string.Join(". ", new[] { referral, refusal, row.Result }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The table's "Kết quả giải quyết" cell: the outcome, then on its own line the six clears it was assigned with.</summary>
    private static string OutcomeCell(Row row) => Clears(row) is { Count: > 0 } clears
        ? string.Join("\n", new[] { Outcome(row), SixClears.Lead + SixClears.Line(clears) }.Where(s => s.Length > 0))
        : Outcome(row);

    public static byte[] ToCsv(Report report) => Csv.Write(
        new[] { CsvColumns }.Concat(SheetRows(report).Select(row => (IReadOnlyList<string?>)[.. row.Select(Csv.Cell)])));

    /// <summary>The CSV's columns in Excel, with their widths (characters); numbers and dates as real cells.</summary>
    public static byte[] ToXlsx(Report report) => Xlsx.Write(
        $"Báo cáo {report.Session.Code}",
        [.. CsvColumns.Zip(SheetWidths, (title, width) => new XlsxColumn(title, width))],
        SheetRows(report));

    private static readonly double[] SheetWidths = [6, 8, 34, 50, 14, 16, 28, 18, 50, 14, 12, 12, 14, 24, 22, 34, 13, 24, 34, 24, 10, 40];

    /// <summary>One row a case, as the CSV and the workbook give it: STT and id numbers, dates as dates.</summary>
    private static IEnumerable<IReadOnlyList<object?>> SheetRows(Report report) => report.Rows.Select(row => (IReadOnlyList<object?>)
    [
        row.Stt,
        row.CaseId,
        row.Submitter,
        row.Content,
        row.LeadAgency,
        row.CategoryName,
        row.Department ?? Unassigned,
        CaseStatusLabels.Label(row.Status),
        Outcome(row),
        row.ReplyNumber,
        row.ReplyIssuedOn,
        row.DueDate,
        Escalation.Label(row.Timeliness),
        row.Note,
        .. SixClearCells(row),
        row.Rating,
        row.RatingComment,
    ]);

    /// <summary>The six clears' cells in <see cref="SixClears"/>' order, rõ thời gian a date cell; empty for a case never assigned.</summary>
    private static IEnumerable<object?> SixClearCells(Row row) => Clears(row) is { Count: > 0 } clears
        ? clears.Select((c, i) => i == SixClearsTimeIndex ? row.DueDate : (object?)c.Value)
        : SixClears.All.Select(_ => (object?)null);

    private static readonly int SixClearsTimeIndex = SixClears.All.ToList().IndexOf(SixClears.Time);

    /// <summary>The six clears of the row's assignment in <see cref="SixClears"/>' wording; empty when it has none.</summary>
    private static IReadOnlyList<(string Clear, string Value)> Clears(Row row) =>
        SixClears.Of(row.Assignee, row.Task, VietnameseFormat.Date(row.DueDate), row.ResponsibleHead, row.ExpectedResult, row.Authority);

    public static string ToHtml(Report report)
    {
        var content = Compose(report);
        static string E(string? text) => Html.Encode(text);
        var body = new StringBuilder();
        body.Append("<table class=\"header\"><colgroup><col style=\"width:40%\"><col style=\"width:60%\"></colgroup><tr><td>")
            .Append(content.SuperiorParty is null ? "" : $"<p style=\"font-size:14pt\">{E(content.SuperiorParty)}</p>")
            .Append("<p class=\"bold\" style=\"font-size:14pt\">").Append(E(content.PartyCommittee)).Append("</p><p>*</p><p style=\"font-size:14pt\">")
            .Append(E(content.NumberLine)).Append("</p></td><td><p class=\"bold underline\" style=\"font-size:14pt\">").Append(Party)
            .Append("</p><p>&nbsp;</p><p class=\"italic\" style=\"font-size:14pt\">").Append(E(content.PlaceAndDate)).Append("</p></td></tr></table>\n");
        body.Append("<p class=\"centre bold\" style=\"margin-top:18pt\">").Append(Title).Append("</p>\n<p class=\"centre bold\">")
            .Append(E(content.Subtitle)).Append("</p>\n<p class=\"centre\" style=\"margin-bottom:12pt\">-----</p>\n");
        body.Append("<p class=\"justify\">").Append(E(content.Opening)).Append("</p>\n<p class=\"justify bold keep\">I. KẾT QUẢ CHUNG</p>\n");
        foreach (var line in content.Results)
        {
            body.Append("<p class=\"justify\">- ").Append(E(line)).Append("</p>\n");
        }

        body.Append("<p class=\"justify bold keep\">II. CÁC NỘI DUNG CẦN BÁO CÁO THƯỜNG TRỰC ĐẢNG ỦY (mục 5: phát sinh, chậm tiến độ, vượt thẩm quyền)</p>\n");
        if (content.Escalations.Count == 0)
        {
            body.Append("<p class=\"justify\">Không có nội dung nào.</p>\n");
        }

        foreach (var (heading, items) in content.Escalations)
        {
            body.Append("<p class=\"justify bold italic keep\">").Append(E(heading)).Append("</p>\n");
            foreach (var item in items)
            {
                body.Append("<p class=\"justify\">- ").Append(E(item)).Append("</p>\n");
            }
        }

        body.Append("<p class=\"justify bold keep\">III. BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ</p>\n<table class=\"grid\"><colgroup>");
        var total = (double)Widths.Sum();
        foreach (var width in Widths)
        {
            body.Append("<col style=\"width:").Append((width / total * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        body.Append("</colgroup>\n<thead><tr>");
        foreach (var column in Columns)
        {
            body.Append("<th>").Append(E(column)).Append("</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var (row, first) in Petitions(report.Rows))
        {
            body.Append("<tr><td class=\"centre\">").Append(E(Stt(row, first))).Append("</td><td>")
                .Append(E(first ? row.Submitter : $"{row.Submitter} {Continued}")).Append("</td><td>").Append(E(row.Content))
                .Append("</td><td class=\"centre\">").Append(E(row.LeadAgency)).Append("</td><td>").Append(E(row.Department ?? Unassigned))
                .Append("</td><td>").Append(E(CaseStatusLabels.Label(row.Status))).Append("</td><td>").Append(E(OutcomeCell(row)))
                .Append("</td><td class=\"centre nowrap\">").Append(E(ReplyCell(row))).Append("</td><td class=\"centre\">")
                .Append(E(Escalation.Label(row.Timeliness))).Append("</td><td>").Append(E(first ? row.Note : null)).Append("</td><td class=\"centre\">").Append(E(RatingCell(row))).Append("</td></tr>\n");
        }

        body.Append("</tbody></table>\n<table class=\"closing\"><colgroup><col style=\"width:50%\"><col style=\"width:50%\"></colgroup><tr><td class=\"recipients\"><p class=\"heading\">Nơi nhận:</p>");
        foreach (var line in CopiesTo)
        {
            body.Append("<p>- ").Append(E(line)).Append("</p>");
        }

        body.Append("</td><td class=\"signature\">").Append(content.Signature.ToHtml()).Append("</td></tr></table>\n");
        return Html.Page($"{Title} {content.Subtitle}", landscape: true, "", body.ToString());
    }
}
