using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>How a run of text looks: Times New Roman always; size in half-points (28 = 14 pt).</summary>
public readonly record struct Look(int Size = Docx.BodySize, bool Bold = false, bool Italic = false, bool Underline = false)
{
    // new Look() would be the struct's zero value (size 0), not the primary constructor's defaults: say the size.
    public static readonly Look Body = new(Docx.BodySize);

    public static readonly Look Header = new(Docx.HeaderSize);

    public static readonly Look HeaderBold = new(Docx.HeaderSize, Bold: true);
}

/// <summary>How a paragraph sits: alignment, spacing (twips), first-line and side indents, a rule (line) below it.</summary>
public sealed record Placement
{
    public static readonly Placement Left = new();

    public static readonly Placement Centre = new() { Align = Alignment.Centre };

    public static readonly Placement Justified = new() { Align = Alignment.Justified, FirstLine = Docx.FirstLineIndent, After = 120 };

    public Alignment Align { get; init; } = Alignment.Left;

    public int Before { get; init; }

    public int After { get; init; }

    public int FirstLine { get; init; }

    public int IndentLeft { get; init; }

    public int IndentRight { get; init; }

    public bool KeepNext { get; init; }

    /// <summary>A thin solid line under the paragraph, as long as the space between the indents.</summary>
    public bool RuleBelow { get; init; }

    /// <summary>A box around the paragraph (the "DỰ THẢO" stamp).</summary>
    public bool Boxed { get; init; }
}

public enum Alignment
{
    Left,
    Centre,
    Right,
    Justified,
}

/// <summary>A4 in twips (1 mm ≈ 56.7 twips); margins of Nghị định 30/2020: top/bottom 20 mm, left 30 mm, right 15 mm.</summary>
public sealed record PageLayout(bool Landscape)
{
    public const uint A4Short = 11906;
    public const uint A4Long = 16838;
    public const int Margin20Mm = 1134;
    public const int Margin30Mm = 1701;
    public const int Margin15Mm = 850;

    public static readonly PageLayout Portrait = new(false);

    public static readonly PageLayout LandscapeA4 = new(true);

    public uint Width => Landscape ? A4Long : A4Short;

    public uint Height => Landscape ? A4Short : A4Long;

    /// <summary>The width between the left and right margins.</summary>
    public int TextWidth => (int)Width - Margin30Mm - Margin15Mm;
}

/// <summary>
/// Builds Word documents with the Open XML SDK: every run in Times New Roman with its size set explicitly, the
/// document defaults saying the same, Vietnamese as the proofing language.
/// </summary>
public static class Docx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string FontName = "Times New Roman";

    /// <summary>14 pt, the body text.</summary>
    public const int BodySize = 28;

    /// <summary>13 pt, the header blocks and tables.</summary>
    public const int HeaderSize = 26;

    /// <summary>12 pt, "Nơi nhận:" (Nghị định 30/2020, Phụ lục I).</summary>
    public const int CopiesHeadingSize = 24;

    /// <summary>11 pt, the lines under "Nơi nhận:".</summary>
    public const int CopiesSize = 22;

    /// <summary>1 cm, the first-line indent of body paragraphs.</summary>
    public const int FirstLineIndent = 567;

    public static byte[] Write(PageLayout layout, string title, IEnumerable<OpenXmlElement> content) =>
        Write(layout, title, body => body.Add(content));

    /// <summary>
    /// Writes the body element by element as <paramref name="write"/> hands them over, so nothing but the element in
    /// hand is held: a 10,000-row table as one tree costs hundreds of megabytes, most of it surviving into gen 2.
    /// </summary>
    public static byte[] Write(PageLayout layout, string title, Action<DocxBody> write)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(),
                    new FontSize { Val = BodySize.ToString() },
                    new FontSizeComplexScript { Val = BodySize.ToString() },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
            styles.Styles.Save();
            var pageNumbers = main.AddNewPart<HeaderPart>();
            pageNumbers.Header = PageNumberHeader();
            var firstPage = main.AddNewPart<HeaderPart>();
            firstPage.Header = new Header(Paragraph(Placement.Left));

            using (var writer = OpenXmlWriter.Create(main))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement(new Document());
                writer.WriteStartElement(new Body());
                write(new DocxBody(writer));
                writer.WriteElement(Section(layout, main.GetIdOfPart(pageNumbers), main.GetIdOfPart(firstPage)));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            document.PackageProperties.Title = PrintableText.Clean(title);
            document.PackageProperties.Language = "vi-VN";
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Nghị định 30/2020 (Phụ lục I): the page number centred in the top margin, in Arabic digits, 13–14 pt, upright,
    /// and none on the first page (<paramref name="firstPageHeader"/> is empty, switched on by <c>titlePg</c>).
    /// </summary>
    private static SectionProperties Section(PageLayout layout, string pageNumberHeader, string firstPageHeader) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = pageNumberHeader },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstPageHeader },
        new PageSize
        {
            Width = layout.Width,
            Height = layout.Height,
            Orient = layout.Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = PageLayout.Margin20Mm,
            Bottom = PageLayout.Margin20Mm,
            Left = PageLayout.Margin30Mm,
            Right = PageLayout.Margin15Mm,
            Header = 567,
            Footer = 567,
            Gutter = 0,
        },
        new TitlePage());

    private static Header PageNumberHeader() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new SimpleField(Run("1")) { Instruction = " PAGE " }));

    /// <summary>A run of text; line breaks in the text become breaks in the run.</summary>
    public static Run Run(string text, Look look = default)
    {
        if (look == default)
        {
            look = Look.Body;
        }

        var properties = new RunProperties(Fonts());
        if (look.Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (look.Italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        properties.Append(new FontSize { Val = look.Size.ToString() }, new FontSizeComplexScript { Val = look.Size.ToString() });
        if (look.Underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        var run = new Run(properties);
        var lines = PrintableText.Clean(text).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public static Paragraph Paragraph(Placement placement, params Run[] runs)
    {
        var properties = new ParagraphProperties();
        if (placement.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        if (placement.RuleBelow || placement.Boxed)
        {
            var borders = new ParagraphBorders();
            if (placement.Boxed)
            {
                borders.Append(Border<TopBorder>(8), Border<LeftBorder>(8));
            }

            borders.Append(Border<BottomBorder>(placement.Boxed ? 8 : 6));
            if (placement.Boxed)
            {
                borders.Append(Border<RightBorder>(8));
            }

            properties.Append(borders);
        }

        properties.Append(new SpacingBetweenLines { Before = placement.Before.ToString(), After = placement.After.ToString() });
        if (placement.FirstLine != 0 || placement.IndentLeft != 0 || placement.IndentRight != 0)
        {
            properties.Append(new Indentation
            {
                Left = placement.IndentLeft.ToString(),
                Right = placement.IndentRight.ToString(),
                FirstLine = placement.FirstLine.ToString(),
            });
        }

        properties.Append(new Justification
        {
            Val = placement.Align switch
            {
                Alignment.Centre => JustificationValues.Center,
                Alignment.Right => JustificationValues.Right,
                Alignment.Justified => JustificationValues.Both,
                _ => JustificationValues.Left,
            },
        });

        var paragraph = new Paragraph(properties);
        paragraph.Append(runs.Length == 0 ? [Run("")] : runs);
        return paragraph;
    }

    public static Paragraph Paragraph(params Run[] runs) => Paragraph(Placement.Left, runs);

    public static Paragraph Paragraph(string text, Look look = default, Placement? placement = null) =>
        Paragraph(placement ?? Placement.Left, Run(text, look));

    /// <summary>
    /// The short horizontal line (nét liền) under an issuer's name or the motto: a bottom border on an empty paragraph,
    /// centred in a column of <paramref name="columnWidth"/> twips and <paramref name="share"/> of it long. Its
    /// paragraph mark is 2 pt so the line sits right under the text above.
    /// </summary>
    public static Paragraph Rule(int columnWidth, double share)
    {
        var side = (int)(columnWidth * (1 - share) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(Border<BottomBorder>(6)),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "80", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side.ToString(), Right = side.ToString() },
            new Justification { Val = JustificationValues.Center },
            new ParagraphMarkRunProperties(Fonts(), new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" })));
    }

    /// <summary>An empty line of body size (vertical space, or the signature's room).</summary>
    public static Paragraph Blank(int size = BodySize) => Paragraph(Placement.Left, Run("", new Look(size)));

    /// <summary>A table of fixed column widths (twips), with or without grid lines.</summary>
    public static Table Table(int[] widths, bool gridLines, IEnumerable<TableRow> rows)
    {
        var border = gridLines ? BorderValues.Single : BorderValues.Nil;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = border, Size = 4 },
                    new LeftBorder { Val = border, Size = 4 },
                    new BottomBorder { Val = border, Size = 4 },
                    new RightBorder { Val = border, Size = 4 },
                    new InsideHorizontalBorder { Val = border, Size = 4 },
                    new InsideVerticalBorder { Val = border, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = gridLines ? "40" : "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = gridLines ? (short)80 : (short)0, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = gridLines ? "40" : "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = gridLines ? (short)80 : (short)0, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var row in rows)
        {
            table.Append(row);
        }

        return table;
    }

    /// <param name="header">Repeated at the top of every page the table runs onto.</param>
    public static TableRow Row(IEnumerable<TableCell> cells, bool header = false)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    /// <param name="merge">Vertical merge: <see cref="Merge.Start"/> on the first row of a run of merged cells, <see cref="Merge.Continue"/> below it.</param>
    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, Merge merge = Merge.None, bool centreVertically = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (merge != Merge.None)
        {
            properties.Append(new VerticalMerge { Val = merge == Merge.Start ? MergedCellValues.Restart : MergedCellValues.Continue });
        }

        if (centreVertically)
        {
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        var cell = new TableCell(properties);
        var any = false;
        foreach (var paragraph in paragraphs)
        {
            cell.Append(paragraph);
            any = true;
        }

        if (!any)
        {
            cell.Append(Paragraph(Placement.Left, Run("", Look.Header)));
        }

        return cell;
    }

    public static TableCell Cell(int width, params Paragraph[] paragraphs) => Cell(width, (IEnumerable<Paragraph>)paragraphs);

    private static RunFonts Fonts() => new()
    {
        Ascii = FontName,
        HighAnsi = FontName,
        ComplexScript = FontName,
        EastAsia = FontName,
    };

    private static T Border<T>(int size)
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = (uint)size, Space = 1, Color = "000000" };
}

/// <summary>A document body being written: each element goes out as it is added.</summary>
public sealed class DocxBody(OpenXmlWriter writer)
{
    public void Add(OpenXmlElement element) => writer.WriteElement(element);

    public void Add(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            writer.WriteElement(element);
        }
    }

    /// <summary>A table like <see cref="Docx.Table"/> whose rows are built and written one at a time.</summary>
    public void AddTable(int[] widths, bool gridLines, IEnumerable<TableRow> rows)
    {
        writer.WriteStartElement(new Table());
        Add(Docx.Table(widths, gridLines, []).ChildElements);
        Add(rows);
        writer.WriteEndElement();
    }
}

public enum Merge
{
    None,
    Start,
    Continue,
}
