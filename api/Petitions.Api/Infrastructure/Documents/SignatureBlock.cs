using System.Text;
using Petitions.Api.Domain;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>
/// The signature block of Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW: the authority and position in bold capitals,
/// room for the signature and the seal, then the signer's name in bold. Without a signer the name is left blank.
/// </summary>
public sealed record SignatureBlock(IReadOnlyList<string> Lines, string? Name)
{
    /// <summary>Four empty 14 pt lines: about 3 cm for the signature and the seal.</summary>
    public const int RoomLines = 4;

    public static SignatureBlock For(SigningForm? form, string? position, string? name, IReadOnlyList<string> fallback) =>
        form is { } known && position is not null
            ? new SignatureBlock(SigningForms.Lines(known, position), name)
            : new SignatureBlock(fallback, null);

    public IEnumerable<WordParagraph> ToDocx()
    {
        foreach (var line in Lines)
        {
            yield return Docx.Paragraph(line, new Look(Bold: true), Placement.Centre with { KeepNext = true });
        }

        for (var i = 0; i < RoomLines; i++)
        {
            yield return Docx.Paragraph(Placement.Left with { KeepNext = true }, Docx.Run("", Look.Body));
        }

        yield return Docx.Paragraph(Name ?? "", new Look(Bold: true), Placement.Centre);
    }

    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var line in Lines)
        {
            html.Append("<p>").Append(Html.Encode(line)).Append("</p>");
        }

        html.Append("<p class=\"signature-room\"></p><p class=\"signer\">").Append(Html.Encode(Name)).Append("</p>");
        return html.ToString();
    }
}
