using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Petitions.Api.Tests.Notices;

/// <summary>The source notice (a copy of ../shared/seeds/000_9bb8ff1ee45a1a6e.txt), what its appendix must give, and Word files made from text.</summary>
public static class NoticeFiles
{
    public static string Source => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Notices", "thong-bao-quy-I-2026.txt"));

    /// <summary>The appendix alone, from its "PHỤ LỤC" on, as a dispatcher would paste it.</summary>
    public static string Appendix => Source[Source.IndexOf("PHỤ LỤC", StringComparison.Ordinal)..];

    public static IReadOnlyList<JsonElement> SeededPetitions()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Petitions.sln")))
        {
            folder = folder.Parent;
        }

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder!.FullName, "seeds", "sessions", "yen-hoa-2026-q1.json")));
        return [.. json.RootElement.GetProperty("petitions").EnumerateArray()];
    }

    /// <summary>
    /// A .docx of the text: every line a paragraph, and from the line holding "Nội dung kiến nghị" on, a real table whose
    /// cells are the tab-separated parts of each line (blank lines are empty rows).
    /// </summary>
    /// <param name="bulletsAsParagraphs">Each "- " item of a content cell its own paragraph, as Word users often type them.</param>
    /// <param name="mergeLeadAgency">The lead agency written once and its cell merged down the rows below.</param>
    public static byte[] Docx(string text, bool bulletsAsParagraphs = false, bool mergeLeadAgency = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            Table? table = null;
            var rows = 0;
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (table is null && !line.Contains("Nội dung kiến nghị", StringComparison.Ordinal))
                {
                    body.Append(Paragraph(line));
                    continue;
                }

                table ??= body.AppendChild(new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }))));
                var cells = line.Split('\t');
                if (line.Trim().Length == 0)
                {
                    cells = ["", "", "", "", ""];
                }

                var row = new TableRow();
                for (var i = 0; i < 5; i++)
                {
                    var value = i < cells.Length ? cells[i] : "";
                    var cell = new TableCell();
                    if (mergeLeadAgency && i == 3 && rows > 0)
                    {
                        cell.Append(new TableCellProperties(new VerticalMerge { Val = rows == 1 ? MergedCellValues.Restart : null }));
                        value = rows == 1 ? value : "";
                    }

                    var paragraphs = i == 2 && bulletsAsParagraphs
                        ? value.Split(" - Đề nghị").Select((p, n) => n == 0 ? p : "- Đề nghị" + p)
                        : [value];
                    foreach (var paragraph in paragraphs)
                    {
                        cell.Append(Paragraph(paragraph));
                    }

                    row.Append(cell);
                }

                table.Append(row);
                rows++;
            }

            body.Append(new SectionProperties());
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
