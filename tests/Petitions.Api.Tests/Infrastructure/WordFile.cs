using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>A generated Word document opened with the Open XML SDK, with what the tests look at.</summary>
public sealed class WordFile : IDisposable
{
    private readonly MemoryStream _stream;

    public WordFile(byte[] content)
    {
        _stream = new MemoryStream(content);
        Document = WordprocessingDocument.Open(_stream, isEditable: false);
        Body = Document.MainDocumentPart!.Document!.Body!;
    }

    public WordprocessingDocument Document { get; }

    public Body Body { get; }

    public PageSize PageSize => Body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;

    public PageMargin Margins => Body.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!;

    /// <summary>Every run that carries text.</summary>
    public IReadOnlyList<Run> TextRuns => [.. Body.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Length > 0))];

    /// <summary>Each paragraph's text, line breaks as "\n".</summary>
    public IReadOnlyList<string> Paragraphs => [.. Body.Descendants<Paragraph>().Select(TextOf)];

    /// <summary>The whole text, one paragraph a line.</summary>
    public string Text => string.Join("\n", Paragraphs);

    /// <summary>The top-level tables in document order.</summary>
    public IReadOnlyList<Table> Tables => [.. Body.Elements<Table>()];

    public IReadOnlyList<ValidationErrorInfo> SchemaErrors() => [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document)];

    /// <summary>The runs whose paragraph reads exactly <paramref name="text"/>.</summary>
    public IReadOnlyList<Run> RunsOf(string text) =>
        [.. Body.Descendants<Paragraph>().Where(p => TextOf(p) == text).SelectMany(p => p.Descendants<Run>())];

    public static string TextOf(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var piece in element.Descendants())
        {
            switch (piece)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case Break:
                    text.Append('\n');
                    break;
                case Paragraph when text.Length > 0 && element is not Paragraph:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Rows of a table as cell texts: the cell's paragraphs one a line, empty lines at the end left off.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cells(Table table) =>
        [.. table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)[.. row.Elements<TableCell>()
            .Select(cell => string.Join("\n", cell.Elements<Paragraph>().Select(TextOf)).TrimEnd('\n'))])];

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}

/// <summary>Reads CSV back as RFC 4180 says (quoted fields, doubled quotes, CRLF between records), fields separated by ';'.</summary>
public static class CsvReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
