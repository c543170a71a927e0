using System.Text;
using DocumentFormat.OpenXml;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Web;
using static Petitions.Api.Infrastructure.Documents.Docx;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// Lays a reply out as the UBND's official letter (công văn) of Nghị định 30/2020/NĐ-CP, in Word and in printable
/// HTML with the same words: issuer and number on the left, the national title and the date on the right,
/// "Kính gửi:", one section per covered case, "Nơi nhận:" and the signature block.
/// </summary>
public static class ReplyLetter
{
    /// <summary>What the OpenAPI document shows of the printable letter.</summary>
    public static readonly DocumentExample[] Examples =
    [
        new(
            "text/html",
            "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><style>@page { size: A4; margin: 20mm 15mm 20mm 30mm; } …</style></head>\n" +
            "<body>… ỦY BAN NHÂN DÂN / PHƯỜNG YÊN HÒA … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …</body>\n</html>"),
    ];

    public const string Issuer = "ỦY BAN NHÂN DÂN";
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string OfficeCode = "UBND-VP";
    public const string DraftStamp = "DỰ THẢO";
    public const string PartyOffice = "Văn phòng Đảng ủy (để b/c)";
    public const string Archive = "Lưu: VT";

    /// <summary>The block printed while no signer is chosen: the usual deputy's, without a name.</summary>
    public static readonly IReadOnlyList<string> Signature = SigningForms.Lines(SigningForm.Deputy, "Phó Chủ tịch");

    /// <summary>The words of the letter, worked out once for both layouts.</summary>
    public sealed record Content
    {
        public bool Draft { get; init; }

        public string Ward { get; init; } = "";

        public string NumberLine { get; init; } = "";

        public string SubjectLine { get; init; } = "";

        public string PlaceAndDate { get; init; } = "";

        public string Recipient { get; init; } = "";

        public string Opening { get; init; } = "";

        public IReadOnlyList<Section> Sections { get; init; } = [];

        public string Closing { get; init; } = "";

        /// <summary>"Nơi nhận:" lines, by default the last one "Lưu: VT.".</summary>
        public IReadOnlyList<string> CopiesTo { get; init; } = [];

        public SignatureBlock Signature { get; init; } = new(ReplyLetter.Signature, null);
    }

    /// <summary>
    /// One covered case: what was asked (verbatim), what was done, by whom, and the six clears it was assigned with
    /// (<see cref="SixClears.Line"/>; empty when it never was).
    /// </summary>
    public sealed record Section(int Index, string Asked, string Done, string By, string Clears);


    public static Content Compose(GetReplyDocument.Letter letter)
    {
        var place = VietnameseFormat.Place(letter.WardName);
        var submitter = $"{letter.SubmitterName} – {letter.SubmitterTitle}{(string.IsNullOrWhiteSpace(letter.Area) ? "" : $" ({letter.Area})")}";
        var opening = string.IsNullOrWhiteSpace(letter.Body)
            ? $"{Committee(letter)} nhận được kiến nghị của {letter.Organisation} do {submitter} " +
              $"nêu tại {letter.SessionTitle} ngày {VietnameseFormat.Date(letter.SessionHeldOn)}. Sau khi chỉ đạo các phòng, ban, " +
              "đơn vị chuyên môn kiểm tra, rà soát và giải quyết theo thẩm quyền, Ủy ban nhân dân phường trả lời như sau:"
            : letter.Body;
        var departments = letter.Cases
            .Select(c => c.DepartmentName)
            .OfType<string>()
            .Distinct()
            .ToList();
        var agencies = letter.Cases
            .Select(c => c.ReferredTo)
            .OfType<string>()
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Distinct()
            .ToList();
        return new Content
        {
            Draft = letter.IsDraft,
            Ward = VietnameseFormat.Upper(letter.WardName),
            NumberLine = !letter.IsNumbered
                ? $"Số: …/{OfficeCode}"
                : $"Số: {VietnameseFormat.DocumentNumber(letter.Number!.Value)}/{OfficeCode}",
            SubjectLine = $"V/v {letter.Subject}",
            PlaceAndDate = VietnameseFormat.PlaceAndDate(
                place,
                letter.IsNumbered ? letter.IssuedOn : null,
                letter.Year ?? letter.CreatedAt.ToOffset(Escalation.VietnamOffset).Year),
            Recipient = letter.Recipient ?? DefaultRecipient(letter),
            Opening = opening,
            Sections = [.. letter.Cases.Select((c, i) => new Section(i + 1, c.Text, c.ResultWording ?? Done(c), c.DepartmentName ?? $"{Committee(letter)}", Clears(c)))],
            Closing = letter.Closing ?? $"{Committee(letter)} trân trọng thông tin để {letter.Organisation} được biết " +
                      "và thông báo tới các hộ gia đình, đảng viên trên địa bàn./.",
            CopiesTo = letter.CopiesTo is { } typed
                ? typed.Split('\n')
                : [letter.Organisation + ";", PartyOffice + ";", .. departments.Select(d => d + ";"), .. agencies.Select(a => a + ";"), Archive + "."],
            Signature = SignatureBlock.For(letter.SignerForm, letter.SignerPosition, letter.SignerName, Signature),
        };
    }

    /// <summary>
    /// "Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19": the person and their organisation in full, as a letter
    /// addresses them ("TDP" spelt out).
    /// </summary>
    public static string DefaultRecipient(GetReplyDocument.Letter letter) =>
        $"Đồng chí {letter.SubmitterName}, {SpellOut(letter.SubmitterTitle)}";

    private static string SpellOut(string title) =>
        System.Text.RegularExpressions.Regex.Replace(title, @"\bTDP\b", "Tổ dân phố");

    /// <summary>"Ủy ban nhân dân phường Yên Hòa": the ward's name in running text, its first letter in lower case.</summary>
    private static string Committee(GetReplyDocument.Letter letter) =>
        "Ủy ban nhân dân " + (letter.WardName.Length == 0 ? "" : char.ToLowerInvariant(letter.WardName[0]) + letter.WardName[1..]);

    /// <summary>What was done: the recorded result, or for a referred case the agency and the referral letter.</summary>
    public static string Done(GetReplyDocument.CoveredCase covered)
    {
        if (covered.ReferredTo is null)
        {
            return string.IsNullOrWhiteSpace(covered.Result) ? "Đang tiếp tục giải quyết." : covered.Result;
        }

        var referred = "Nội dung kiến nghị vượt thẩm quyền giải quyết của Ủy ban nhân dân phường; Ủy ban nhân dân phường " +
                       $"đã chuyển {covered.ReferredTo} xem xét, giải quyết theo {covered.ReferralLetter}.";
        return string.IsNullOrWhiteSpace(covered.Result) ? referred : $"{referred} {covered.Result}";
    }

    /// <summary>The six clears the case was assigned with, in <see cref="SixClears"/>' wording; empty when it never was.</summary>
    public static string Clears(GetReplyDocument.CoveredCase c) => SixClears.Line(SixClears.Of(
        c.Assignee, c.Task, VietnameseFormat.Date(c.DueDate), c.ResponsibleHead, c.ExpectedResult, c.Authority));

    /// <summary>"Tài liệu kèm theo:" and one line per photo or file sent with the letter; nothing when there is none.</summary>
    public static IEnumerable<string> Enclosures(IReadOnlyList<string> names) =>
        names.Count == 0 ? [] : ["Tài liệu kèm theo:", .. names.Select(name => $"- {name};")];

    public static string FileName(GetReplyDocument.Letter letter, string extension) => !letter.IsNumbered
        ? $"du-thao-tra-loi-{letter.Id}.{extension}"
        : $"tra-loi-so-{VietnameseFormat.DocumentNumber(letter.Number!.Value)}-{letter.Year}.{extension}";

    public static byte[] ToDocx(GetReplyDocument.Letter letter)
    {
        var content = Compose(letter);
        var layout = PageLayout.Portrait;
        var left = 3800;
        var right = layout.TextWidth - left;
        var elements = new List<OpenXmlElement>();
        if (content.Draft)
        {
            var side = (layout.TextWidth - 2000) / 2;
            elements.Add(Paragraph(DraftStamp, new Look(Bold: true), new Placement { Align = Alignment.Centre, After = 120, Boxed = true, IndentLeft = side, IndentRight = side }));
        }

        elements.Add(Table([left, right], gridLines: false, [
            Row([
                Cell(
                    left,
                    Paragraph(Issuer, Look.HeaderBold, Placement.Centre),
                    Paragraph(content.Ward, Look.HeaderBold, Placement.Centre),
                    Rule(left, 0.35)),
                Cell(
                    right,
                    Paragraph(Nation, Look.HeaderBold, Placement.Centre),
                    Paragraph(Motto, new Look(Bold: true), Placement.Centre),
                    Rule(right, 0.62)),
            ]),
            Row([
                Cell(
                    left,
                    Paragraph(content.NumberLine, Look.Header, Placement.Centre with { Before = 120 }),
                    Paragraph(content.SubjectLine, Look.Header, Placement.Centre)),
                Cell(right, Paragraph(content.PlaceAndDate, new Look(Italic: true), Placement.Centre with { Before = 120 })),
            ]),
        ]));

        elements.Add(Paragraph(
            new Placement { Align = Alignment.Centre, Before = 360, After = 240 },
            Run("Kính gửi: "),
            Run(content.Recipient)));
        elements.Add(Paragraph(content.Opening, Look.Body, Placement.Justified));
        foreach (var section in content.Sections)
        {
            elements.Add(Paragraph(
                Placement.Justified with { KeepNext = true },
                Run($"{section.Index}. Nội dung kiến nghị: ", new Look(Bold: true)),
                Run($"“{section.Asked}”", new Look(Italic: true))));
            elements.Add(Paragraph(Placement.Justified, Run("Kết quả giải quyết: ", new Look(Bold: true)), Run(section.Done)));
            elements.Add(Paragraph(Placement.Justified, Run("Đơn vị thực hiện: ", new Look(Bold: true)), Run(section.By)));
            if (section.Clears.Length > 0)
            {
                elements.Add(Paragraph(Placement.Justified, Run(SixClears.Lead, new Look(Bold: true)), Run(section.Clears)));
            }
        }

        // The closing paragraph (and the list of what is sent with it) keeps with the signature block, so the signature never sits alone on the last page.
        elements.Add(Paragraph(content.Closing, Look.Body, Placement.Justified with { KeepNext = true }));
        elements.AddRange(Enclosures(letter.Enclosures).Select(line => Paragraph(line, Look.Body, Placement.Justified with { KeepNext = true })));

        var copies = new List<DocumentFormat.OpenXml.Wordprocessing.Paragraph>
        {
            Paragraph(Placement.Left, Run("Nơi nhận:", new Look(Docx.CopiesHeadingSize, Bold: true, Italic: true))),
        };
        copies.AddRange(content.CopiesTo.Select(line => Paragraph("- " + line, new Look(Docx.CopiesSize))));
        elements.Add(Paragraph(Placement.Left with { KeepNext = true }, Run("", Look.Body)));
        elements.Add(Table([left + 700, right - 700], gridLines: false, [Row([Cell(left + 700, copies), Cell(right - 700, content.Signature.ToDocx())])]));

        return Write(layout, content.SubjectLine, elements);
    }

    public static string ToHtml(GetReplyDocument.Letter letter)
    {
        var content = Compose(letter);
        static string E(string? text) => Infrastructure.Documents.Html.Encode(text);
        var body = new StringBuilder();
        if (content.Draft)
        {
            body.Append("<p class=\"centre\"><span class=\"stamp\">").Append(DraftStamp).Append("</span></p>\n");
        }

        body.Append("<table class=\"header\"><colgroup><col style=\"width:40%\"><col style=\"width:60%\"></colgroup>\n<tr><td>")
            .Append("<p class=\"bold\">").Append(Issuer).Append("</p><p class=\"bold\">").Append(E(content.Ward)).Append("</p><div class=\"short-rule\"></div>")
            .Append("</td><td><p class=\"bold\">").Append(Nation).Append("</p><p class=\"bold\" style=\"font-size:14pt\"><span class=\"rule\">")
            .Append(Motto).Append("</span></p></td></tr>\n<tr><td style=\"padding-top:6pt\">")
            .Append("<p>").Append(E(content.NumberLine)).Append("</p><p>").Append(E(content.SubjectLine)).Append("</p>")
            .Append("</td><td style=\"padding-top:6pt\"><p class=\"italic\" style=\"font-size:14pt\">").Append(E(content.PlaceAndDate))
            .Append("</p></td></tr>\n</table>\n");
        body.Append("<p class=\"centre\" style=\"margin:18pt 0 12pt\">Kính gửi: ").Append(E(content.Recipient)).Append("</p>\n");
        body.Append("<p class=\"justify\">").Append(E(content.Opening)).Append("</p>\n");
        foreach (var section in content.Sections)
        {
            body.Append("<div class=\"case\"><p class=\"justify\"><b>").Append(section.Index).Append(". Nội dung kiến nghị: </b><i>“")
                .Append(E(section.Asked)).Append("”</i></p>\n<p class=\"justify\"><b>Kết quả giải quyết: </b>").Append(E(section.Done))
                .Append("</p>\n<p class=\"justify\"><b>Đơn vị thực hiện: </b>").Append(E(section.By)).Append("</p>")
                .Append(section.Clears.Length == 0 ? "" : $"\n<p class=\"justify\"><b>{E(SixClears.Lead)}</b>{E(section.Clears)}</p>").Append("</div>\n");
        }

        body.Append("<div class=\"keep-together\"><p class=\"justify\">").Append(E(content.Closing)).Append("</p>\n");
        body.AppendJoin("", Enclosures(letter.Enclosures).Select(line => $"<p class=\"justify\">{E(line)}</p>\n"));
        body.Append("<table class=\"closing\"><colgroup><col style=\"width:48%\"><col style=\"width:52%\"></colgroup><tr><td class=\"recipients\">")
            .Append("<p class=\"heading\">Nơi nhận:</p>");
        foreach (var line in content.CopiesTo)
        {
            body.Append("<p>- ").Append(E(line)).Append("</p>");
        }

        body.Append("</td><td class=\"signature\">").Append(content.Signature.ToHtml()).Append("</td></tr></table></div>\n");
        return Infrastructure.Documents.Html.Page(content.SubjectLine, landscape: false, ".case { page-break-inside: avoid; }\n", body.ToString());
    }
}
