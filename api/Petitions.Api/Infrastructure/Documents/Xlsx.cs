using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>A column of a sheet: its header and its width in characters.</summary>
public sealed record XlsxColumn(string Title, double Width);

/// <summary>
/// Excel workbooks with the Open XML SDK, one sheet: a bold header row frozen at the top, the columns' widths, numbers
/// and dates as real cells (a date is a serial number shown dd/mm/yyyy, so Excel sorts and filters it as a date in
/// every locale), text as inline strings so Vietnamese is kept exactly. Rows are written one at a time.
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Style indexes of the stylesheet below.</summary>
    private const uint TextStyle = 0;
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrappedStyle = 3;
    private const uint DateTimeStyle = 4;

    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;

    /// <param name="rows">
    /// Each cell a string, a number (int, long, double), a <see cref="DateOnly"/>, a <see cref="DateTimeOffset"/> (shown
    /// dd/mm/yyyy hh:mm at its own offset, the ward's time) or null.
    /// </param>
    public static byte[] Write(string sheetName, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            styles.Stylesheet.Save();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();

            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { WorkbookViewId = 0 }));
                writer.WriteElement(new Columns(columns.Select((c, i) => new Column
                {
                    Min = (uint)(i + 1),
                    Max = (uint)(i + 1),
                    Width = c.Width,
                    CustomWidth = true,
                })));
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(Row(1, columns.Select(c => (object?)c.Title).ToList(), header: true));
                var number = 1u;
                foreach (var row in rows)
                {
                    writer.WriteElement(Row(++number, row, header: false));
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SheetName(sheetName),
            }));
            workbook.Workbook.Save();
            document.PackageProperties.Title = PrintableText.Clean(sheetName);
            document.PackageProperties.Language = "vi-VN";
        }

        return stream.ToArray();
    }

    /// <summary>Excel's letters for the 1-based column <paramref name="index"/>: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static Row Row(uint number, IReadOnlyList<object?> values, bool header)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i + 1) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference, StyleIndex = header ? HeaderStyle : TextStyle },
                int or long or double or decimal => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDouble(values[i], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
                },
                DateOnly date => new Cell
                {
                    CellReference = reference,
                    StyleIndex = DateStyle,
                    CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                },
                DateTimeOffset timestamp => new Cell
                {
                    CellReference = reference,
                    StyleIndex = DateTimeStyle,
                    CellValue = new CellValue(timestamp.DateTime.ToOADate().ToString(CultureInfo.InvariantCulture)),
                },
                var text => new Cell(new InlineString(new Text(PrintableText.Clean(Convert.ToString(text, CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? HeaderStyle : WrappedStyle,
                },
            });
        }

        return row;
    }

    /// <summary>A sheet's name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. PrintableText.Clean(name).Where(c => !":\\/?*[]".Contains(c))]).Trim();
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "dd/mm/yyyy hh:mm" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new DocumentFormat.OpenXml.Spreadsheet.Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new DocumentFormat.OpenXml.Spreadsheet.Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = DateTimeFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
