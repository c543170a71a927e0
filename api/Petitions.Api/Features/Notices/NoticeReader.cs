using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Petitions.Api.Features.Notices;

/// <summary>One line of a notice: a paragraph of the .docx or a line of pasted text, numbered from 1.</summary>
public sealed record NoticeLine(int Number, string Text);

/// <summary>A row of the appendix's table as the .docx holds it: each column's paragraphs.</summary>
public sealed record NoticeTableRow(int Line, IReadOnlyList<NoticeCell> Cells);

/// <param name="Column">The grid column the cell starts at (a cell spanning several starts at the first).</param>
/// <param name="ContinuesAbove">A vertically merged cell below its first: it shows the text of the one above.</param>
public sealed record NoticeCell(int Column, IReadOnlyList<NoticeParagraph> Paragraphs, bool ContinuesAbove);

/// <param name="Listed">Word numbering or bullets (a list paragraph): an item of its own even without "- ".</param>
public sealed record NoticeParagraph(int Line, string Text, bool Listed);

/// <summary>What was read from a notice: its lines outside tables and the rows of its tables.</summary>
public sealed record NoticeSource(IReadOnlyList<NoticeLine> Lines, IReadOnlyList<IReadOnlyList<NoticeTableRow>> Tables);

/// <summary>Reads a notice from a .docx (Open XML) or from pasted text.</summary>
public static class NoticeReader
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A .docx is a zip holding word/document.xml; decided by content, whatever the file is called.</summary>
    public static bool IsDocx(byte[] content)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K')
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static NoticeSource FromText(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return new NoticeSource([.. lines.Select((line, i) => new NoticeLine(i + 1, line))], []);
    }

    /// <returns>Null when the file cannot be opened as a Word document.</returns>
    public static NoticeSource? FromDocx(byte[] content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return null;
            }

            var lines = new List<NoticeLine>();
            var tables = new List<IReadOnlyList<NoticeTableRow>>();
            var number = 0;
            foreach (var element in body.ChildElements)
            {
                if (element is Paragraph paragraph)
                {
                    foreach (var line in TextOf(paragraph).Split('\n'))
                    {
                        lines.Add(new NoticeLine(++number, line));
                    }
                }
                else if (element is Table table)
                {
                    tables.Add(ReadTable(table, ref number));
                }
            }

            return new NoticeSource(lines, tables);
        }
        catch (Exception exception) when (exception is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            return null;
        }
    }

    private static List<NoticeTableRow> ReadTable(Table table, ref int number)
    {
        var rows = new List<NoticeTableRow>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<NoticeCell>();
            var column = 0;
            var first = number + 1;
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var paragraphs = new List<NoticeParagraph>();
                foreach (var paragraph in cell.Descendants<Paragraph>())
                {
                    var listed = paragraph.ParagraphProperties?.NumberingProperties is not null;
                    foreach (var line in TextOf(paragraph).Split('\n'))
                    {
                        paragraphs.Add(new NoticeParagraph(++number, line, listed));
                        listed = false;
                    }
                }

                cells.Add(new NoticeCell(column, paragraphs, continues));
                column += properties?.GridSpan?.Val?.Value ?? 1;
            }

            rows.Add(new NoticeTableRow(first, cells));
        }

        return rows;
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var piece in paragraph.Descendants())
        {
            switch (piece)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString().Normalize(NormalizationForm.FormC);
    }
}
