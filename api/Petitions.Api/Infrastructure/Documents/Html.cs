using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>
/// Printable HTML pages: one A4 <c>@page</c> print stylesheet in Times New Roman, the same layout rules as the Word
/// documents. Every piece of user text goes through <see cref="Encode"/>; only fixed markup is written raw.
/// </summary>
public static class Html
{
    public const string ContentType = "text/html; charset=utf-8";

    // Encodes what HTML needs encoded (<, >, &, quotes) and leaves Vietnamese letters as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Join("<br>", PrintableText.Clean(text).ReplaceLineEndings("\n").Split('\n').Select(line => Encoder.Encode(line)));

    /// <summary>A whole page: the print stylesheet for the paper, the document's own rules, then the body.</summary>
    public static string Page(string title, bool landscape, string extraCss, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(title))
            .Append("</title>\n<style>\n")
            .Append("@page { size: A4").Append(landscape ? " landscape" : "").Append("; margin: 20mm 15mm 20mm 30mm;\n")
            // Nghị định 30/2020: the page number centred in the top margin, none on the first page.
            .Append("  @top-center { content: counter(page); font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 13pt; } }\n")
            .Append("@page :first { @top-center { content: none; } }\n")
            .Append(
                """
                html { background: #f2f2f2; }
                body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 14pt; line-height: 1.3;
                       color: #000; margin: 0; }
                .paper { background: #fff; margin: 12mm auto; padding: 20mm 15mm 20mm 30mm; box-sizing: border-box;
                         box-shadow: 0 0 4mm rgba(0,0,0,.25); }
                .portrait { width: 210mm; min-height: 297mm; }
                .landscape { width: 297mm; min-height: 210mm; }
                @media print { html { background: none; } .paper { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; } }
                p { margin: 0; }
                .header { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 13pt; }
                .header td { vertical-align: top; text-align: center; padding: 0; }
                .bold { font-weight: bold; }
                .italic { font-style: italic; }
                .underline { text-decoration: underline; }
                .rule { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
                .short-rule { width: 35%; margin: 2px auto 0; border-top: 1px solid #000; }
                .centre { text-align: center; }
                .nowrap { white-space: nowrap; }
                .keep { break-after: avoid; page-break-after: avoid; }
                .right { text-align: right; }
                .justify { text-align: justify; text-indent: 1cm; margin-bottom: 6pt; }
                .grid { width: 100%; border-collapse: collapse; font-size: 13pt; }
                .grid th, .grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
                .grid th { font-weight: bold; text-align: center; vertical-align: middle; }
                .grid thead { display: table-header-group; }
                .grid tr { page-break-inside: avoid; }
                .closing { width: 100%; border-collapse: collapse; margin-top: 12pt; }
                .closing td { vertical-align: top; padding: 0; }
                .recipients { font-size: 11pt; }
                .recipients .heading { font-size: 12pt; font-weight: bold; font-style: italic; }
                .signature { text-align: center; font-weight: bold; font-size: 14pt; }
                .signature-room { height: 3cm; }
                .keep-together { break-inside: avoid; page-break-inside: avoid; }
                .stamp { display: inline-block; border: 2px solid #000; padding: 2pt 10pt; font-weight: bold; }
                """)
            .Append('\n')
            .Append(extraCss)
            .Append("</style>\n</head>\n<body>\n<div class=\"paper ")
            .Append(landscape ? "landscape" : "portrait")
            .Append("\">\n")
            .Append(body)
            .Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }
}
