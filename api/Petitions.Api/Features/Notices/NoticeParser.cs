using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Petitions.Api.Domain;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Features.Notices;

public sealed record ParsedSession(string? Code, string? Title, DateOnly? HeldOn, DateOnly? ReplyDeadline);

/// <param name="SubmitterText">The cell as written, e.g. "Đ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)".</param>
public sealed record ParsedPetition(int Number, int Line, string SubmitterText, SubmitPetition.Submitter Submitter, string LeadAgency, string? Note, IReadOnlyList<ParsedItem> Items);

public sealed record ParsedItem(int Line, string Text);

/// <param name="Reason">
/// <c>outsidePetition</c> (before the first numbered row), <c>noNumber</c> (a row without its STT),
/// <c>afterNote</c> (a row's cells beyond its note).
/// </param>
public sealed record UnparsedLine(int Line, string Text, string Reason);

/// <param name="HasAppendix">False when no appendix table (its header "Nội dung kiến nghị") was found.</param>
public sealed record ParsedNotice(ParsedSession Session, IReadOnlyList<ParsedPetition> Petitions, IReadOnlyList<UnparsedLine> Unparsed, bool HasAppendix);

/// <summary>
/// Reads the Party Office's notice: the session from its text, the petitions from its appendix (PHỤ LỤC) table with the
/// columns STT, Tổ chức/Cá nhân kiến nghị, Nội dung kiến nghị, Cơ quan chủ trì, Ghi chú.
/// </summary>
public static partial class NoticeParser
{
    public const string OutsidePetition = "outsidePetition";
    public const string NoNumber = "noNumber";
    public const string AfterNote = "afterNote";

    // An item within a line starts at " - " only before one of these openers, so "Vũ Phạm Hàm - Trần Kim Xuyên" stays whole.
    private static readonly string[] Openers = ["de nghi", "tinh trang", "kien nghi", "de xuat", "phan anh", "yeu cau", "viec"];

    private static readonly string[] AgencyStarts = ["ubnd", "uy ban", "cong an", "van phong", "phong ", "ban ", "mttq", "uy ban mat tran", "dang uy", "trung tam", "hdnd", "doan ", "hoi "];

    private static readonly string[] OrganisationStarts = ["to dan pho", "tdp", "chi bo", "ban cong tac mat tran", "khu dan cu", "khu pho", "cum dan cu", "chi hoi", "ban dai dien"];

    private static readonly HashSet<string> HeaderWords =
        ["stt", "st t", "st", "t", "tt", "to chuc/ca nhan kien nghi", "to chuc/ ca nhan kien nghi", "noi dung kien nghi", "co quan chu tri", "ghi chu"];

    private enum Column
    {
        Number,
        Submitter,
        Content,
        Agency,
        Note,
    }

    public static ParsedNotice Parse(NoticeSource source)
    {
        var unparsed = new List<UnparsedLine>();
        List<RawRow>? rows = null;
        var appendixLine = int.MaxValue;
        foreach (var table in source.Tables)
        {
            rows = FromTable(table, unparsed, out appendixLine);
            if (rows is not null)
            {
                break;
            }

            unparsed.Clear();
        }

        var bodyLines = source.Lines;
        if (rows is null)
        {
            rows = FromLines(source.Lines, unparsed, out var headerIndex);
            if (headerIndex >= 0)
            {
                appendixLine = source.Lines[headerIndex].Number;
            }
        }

        var body = bodyLines.Where(l => l.Number < appendixLine).ToList();
        var petitions = rows?.Select(ToPetition).ToList() ?? [];
        InheritLeadAgency(petitions);
        return new ParsedNotice(ReadSession(body), petitions, [.. unparsed.OrderBy(u => u.Line)], rows is not null);
    }

    /// <summary>The dates and title the notice gives its session; null where it says nothing recognisable.</summary>
    public static ParsedSession ReadSession(IReadOnlyList<NoticeLine> lines)
    {
        var clean = lines.Select(l => l.Text.Replace("*", "").Trim()).ToList();

        DateOnly? heldOn = null;
        foreach (var line in clean)
        {
            if (MeetingDate().Match(line) is { Success: true } match && ToDate(match) is { } date)
            {
                heldOn = date;
                break;
            }
        }

        // The reply deadline is the one given after the notice first points to its appendix (section 3); the notice's
        // other "trước ngày" dates are for other tasks.
        DateOnly? deadline = null;
        var from = clean.FindIndex(l => TextSearch.Fold(l).Contains("phu luc", StringComparison.Ordinal));
        if (from < 0)
        {
            from = clean.FindIndex(l => TextSearch.Fold(l).Contains("kien nghi", StringComparison.Ordinal));
        }

        for (var i = Math.Max(from, 0); i < clean.Count && deadline is null; i++)
        {
            if (Before().Match(clean[i]) is { Success: true } match)
            {
                deadline = ToDate(match);
            }
        }

        string? title = null;
        foreach (var line in clean)
        {
            if (Subject().Match(line) is { Success: true } match)
            {
                title = match.Groups["title"].Value.Trim();
                title = char.ToUpper(title[0], CultureInfo.InvariantCulture) + title[1..];
                break;
            }
        }

        string? code = null;
        if (title is not null && Quarter().Match(title) is { Success: true } quarter)
        {
            code = $"{quarter.Groups["year"].Value}-Q{RomanQuarter(quarter.Groups["q"].Value)}";
        }
        else if (heldOn is { } held)
        {
            code = $"{held.Year}-Q{((held.Month - 1) / 3) + 1}";
        }

        return new ParsedSession(code, title, heldOn, deadline);
    }

    /// <summary>"Đ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)" → name, title, organisation, area.</summary>
    public static SubmitPetition.Submitter SplitSubmitter(string text)
    {
        var rest = Spaces().Replace(text, " ").Trim();
        rest = Comrade().Replace(rest, "");

        string? area = null;
        if (TrailingArea().Match(rest) is { Success: true } areaMatch)
        {
            area = areaMatch.Groups["area"].Value.Trim();
            rest = rest[..areaMatch.Index].Trim();
        }

        var name = rest;
        var title = "";
        var separator = NameSeparator().Match(rest);
        if (separator.Success)
        {
            name = rest[..separator.Index].Trim();
            title = rest[(separator.Index + separator.Length)..].Trim();
        }

        var organisation = title;
        var folded = FoldSameLength(title);
        var at = OrganisationStarts.Select(s => IndexOfWord(folded, s)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (at > 0)
        {
            organisation = char.ToUpper(title[at], CultureInfo.InvariantCulture) + title[(at + 1)..];
        }

        return new SubmitPetition.Submitter { Name = name, Title = title, Organisation = organisation, Area = string.IsNullOrEmpty(area) ? null : area };
    }

    /// <summary>Every "- " bullet of a content cell, verbatim; a paragraph without one continues the bullet before it.</summary>
    public static List<ParsedItem> SplitItems(IEnumerable<NoticeParagraph> paragraphs)
    {
        var items = new List<(int Line, StringBuilder Text)>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var bullet = Bullet().Match(text);
            if (bullet.Success || paragraph.Listed || items.Count == 0 || StartsWithOpener(text))
            {
                foreach (var piece in SplitInline(bullet.Success ? text[bullet.Length..] : text))
                {
                    items.Add((paragraph.Line, new StringBuilder(piece)));
                }
            }
            else
            {
                var pieces = SplitInline(text);
                items[^1].Text.Append(' ').Append(pieces[0]);
                items.AddRange(pieces.Skip(1).Select(p => (paragraph.Line, new StringBuilder(p))));
            }
        }

        return [.. items.Select(i => new ParsedItem(i.Line, i.Text.ToString().Trim())).Where(i => i.Text.Length > 0)];
    }

    private static List<string> SplitInline(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        foreach (Match separator in InlineBullet().Matches(text))
        {
            var next = text[(separator.Index + separator.Length)..];
            if (char.IsUpper(next[0]) && StartsWithOpener(next))
            {
                pieces.Add(text[start..separator.Index].Trim());
                start = separator.Index + separator.Length;
            }
        }

        pieces.Add(text[start..].Trim());
        return pieces;
    }

    private static bool StartsWithOpener(string text)
    {
        var folded = TextSearch.Fold(text);
        return Openers.Any(o => folded.StartsWith(o + " ", StringComparison.Ordinal) || folded == o);
    }

    private static ParsedPetition ToPetition(RawRow row)
    {
        var submitterText = string.Join(' ', row.Submitter.Select(p => p.Text.Trim()).Where(t => t.Length > 0));
        return new ParsedPetition(
            row.Number,
            row.Line,
            submitterText,
            SplitSubmitter(submitterText),
            row.Agency?.Trim() ?? "",
            string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim(),
            SplitItems(row.Content));
    }

    /// <summary>A lead agency written once for several rows (a merged cell) holds for the rows below it.</summary>
    private static void InheritLeadAgency(List<ParsedPetition> petitions)
    {
        var last = PetitionRows.DefaultLeadAgency;
        for (var i = 0; i < petitions.Count; i++)
        {
            if (petitions[i].LeadAgency.Length == 0)
            {
                petitions[i] = petitions[i] with { LeadAgency = last };
            }

            last = petitions[i].LeadAgency;
        }
    }

    private static List<RawRow>? FromTable(IReadOnlyList<NoticeTableRow> table, List<UnparsedLine> unparsed, out int appendixLine)
    {
        appendixLine = int.MaxValue;
        var header = -1;
        for (var i = 0; i < table.Count && header < 0; i++)
        {
            if (table[i].Cells.Any(c => Fold(c).Contains("noi dung", StringComparison.Ordinal)))
            {
                header = i;
            }
        }

        if (header < 0)
        {
            return null;
        }

        appendixLine = table[header].Line;
        var columns = new Dictionary<int, Column>();
        foreach (var cell in table[header].Cells)
        {
            var folded = Fold(cell);
            Column? column = folded switch
            {
                _ when folded.Contains("noi dung", StringComparison.Ordinal) => Column.Content,
                _ when folded.Contains("to chuc", StringComparison.Ordinal) || folded.Contains("ca nhan", StringComparison.Ordinal) => Column.Submitter,
                _ when folded.Contains("co quan", StringComparison.Ordinal) || folded.Contains("chu tri", StringComparison.Ordinal) => Column.Agency,
                _ when folded.Contains("ghi chu", StringComparison.Ordinal) => Column.Note,
                _ when folded.Replace(" ", "", StringComparison.Ordinal) is "stt" or "tt" or "so" => Column.Number,
                _ => null,
            };
            if (column is { } known)
            {
                columns[cell.Column] = known;
            }
        }

        if (!columns.ContainsValue(Column.Number))
        {
            columns[columns.Keys.Where(k => columns[k] == Column.Submitter).DefaultIfEmpty(1).Min() - 1] = Column.Number;
        }

        var rows = new List<RawRow>();
        RawRow? current = null;
        foreach (var row in table.Skip(header + 1))
        {
            var byColumn = new Dictionary<Column, NoticeCell>();
            foreach (var cell in row.Cells)
            {
                if (columns.TryGetValue(cell.Column, out var column))
                {
                    byColumn[column] = cell;
                }
            }

            var texts = row.Cells.SelectMany(c => c.Paragraphs).Where(p => p.Text.Trim().Length > 0).ToList();
            if (texts.Count == 0 || texts.All(p => HeaderWords.Contains(TextSearch.Fold(p.Text))))
            {
                continue;
            }

            var numberCell = byColumn.GetValueOrDefault(Column.Number);
            var numberText = numberCell is null ? "" : string.Join("", numberCell.Paragraphs.Select(p => p.Text)).Trim();
            if (current is not null && numberText.Length == 0 && (numberCell?.ContinuesAbove == true || byColumn.GetValueOrDefault(Column.Submitter)?.ContinuesAbove == true))
            {
                // The same petition over several rows, its STT and submitter merged down.
                current.Content.AddRange(byColumn.GetValueOrDefault(Column.Content)?.Paragraphs ?? []);
                continue;
            }

            if (Number().Match(numberText) is not { Success: true } number)
            {
                unparsed.AddRange(texts.Select(p => new UnparsedLine(p.Line, p.Text.Trim(), NoNumber)));
                continue;
            }

            string? TextOf(Column column) =>
                byColumn.GetValueOrDefault(column) is { } cell
                    ? cell.ContinuesAbove && current is not null
                        ? column == Column.Agency ? current.Agency : null
                        : string.Join(' ', cell.Paragraphs.Select(p => p.Text.Trim()).Where(t => t.Length > 0))
                    : null;

            current = new RawRow(int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture), numberCell?.Paragraphs.FirstOrDefault()?.Line ?? row.Line)
            {
                Agency = TextOf(Column.Agency),
                Note = TextOf(Column.Note),
            };
            current.Submitter.AddRange(byColumn.GetValueOrDefault(Column.Submitter)?.Paragraphs ?? []);
            current.Content.AddRange(byColumn.GetValueOrDefault(Column.Content)?.Paragraphs ?? []);
            rows.Add(current);
        }

        return rows;
    }

    /// <summary>
    /// Pasted text: cells split by tabs or one a line, in reading order. Each cell is placed by what it looks like:
    /// a number starts a petition, then its submitter, its "- " items, its lead agency and its note.
    /// </summary>
    private static List<RawRow>? FromLines(IReadOnlyList<NoticeLine> lines, List<UnparsedLine> unparsed, out int headerIndex)
    {
        var start = lines.ToList().FindIndex(l => TextSearch.Fold(l.Text.Replace("*", "")) == "phu luc");
        headerIndex = -1;
        for (var i = Math.Max(start, 0); i < lines.Count && headerIndex < 0; i++)
        {
            if (TextSearch.Fold(lines[i].Text).Contains("noi dung kien nghi", StringComparison.Ordinal))
            {
                headerIndex = i;
            }
        }

        if (headerIndex < 0)
        {
            return null;
        }

        var rows = new List<RawRow>();
        RawRow? current = null;
        var phase = Column.Number;
        foreach (var line in lines.Skip(headerIndex + 1))
        {
            var cells = line.Text.Split('\t');
            if (cells.Length >= 4 && Number().Match(cells[0].Trim()) is { Success: true } row)
            {
                // A whole row on one line: the columns are known by position.
                current = new RawRow(int.Parse(row.Groups["n"].Value, CultureInfo.InvariantCulture), line.Number);
                rows.Add(current);
                current.Submitter.Add(new NoticeParagraph(line.Number, cells[1], false));
                current.Content.Add(new NoticeParagraph(line.Number, cells[2], false));
                current.Agency = Blank(cells[3]);
                current.Note = cells.Length > 4 ? Blank(string.Join(' ', cells[4..])) : null;
                phase = current.Note is null ? Column.Agency : Column.Note;
                continue;
            }

            foreach (var raw in cells)
            {
                var text = raw.Trim();
                var folded = TextSearch.Fold(text.Replace("*", ""));
                if (text.Length == 0 || (current is null && HeaderWords.Contains(folded)))
                {
                    continue;
                }

                if (Number().Match(text) is { Success: true } number)
                {
                    current = new RawRow(int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture), line.Number);
                    rows.Add(current);
                    phase = Column.Submitter;
                    continue;
                }

                if (current is null)
                {
                    unparsed.Add(new UnparsedLine(line.Number, text, OutsidePetition));
                    continue;
                }

                var paragraph = new NoticeParagraph(line.Number, text, false);
                var bullet = Bullet().IsMatch(text);
                switch (phase)
                {
                    case Column.Submitter when bullet || (current.Submitter.Count > 0 && StartsWithOpener(text)):
                    case Column.Content when bullet || StartsWithOpener(text) || !IsAgency(folded):
                        current.Content.Add(paragraph);
                        phase = Column.Content;
                        break;
                    case Column.Submitter:
                        current.Submitter.Add(paragraph);
                        break;
                    case Column.Content:
                        current.Agency = text;
                        phase = Column.Agency;
                        break;
                    case Column.Agency when !bullet:
                        current.Note = text;
                        phase = Column.Note;
                        break;
                    default:
                        unparsed.Add(new UnparsedLine(line.Number, text, AfterNote));
                        break;
                }
            }
        }

        return rows;
    }

    private static bool IsAgency(string folded) =>
        AgencyStarts.Any(a => folded.StartsWith(a, StringComparison.Ordinal) || folded == a.Trim());

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Fold(NoticeCell cell) => TextSearch.Fold(string.Join(' ', cell.Paragraphs.Select(p => p.Text)));

    /// <summary>Folds character by character, so an index in the folded text is the same index in the original.</summary>
    private static string FoldSameLength(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var one = TextSearch.Fold(c.ToString());
            folded.Append(one.Length == 1 ? one[0] : ' ');
        }

        return folded.ToString();
    }

    private static int IndexOfWord(string folded, string word)
    {
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || folded[at - 1] == ' ')
            {
                return at;
            }
        }

        return -1;
    }

    private static DateOnly? ToDate(Match match) =>
        DateOnly.TryParseExact(
            $"{match.Groups["d"].Value.PadLeft(2, '0')}/{match.Groups["m"].Value.PadLeft(2, '0')}/{match.Groups["y"].Value}",
            "dd/MM/yyyy",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date)
            ? date
            : null;

    private static int RomanQuarter(string roman) => roman.ToUpperInvariant() switch
    {
        "I" => 1,
        "II" => 2,
        "III" => 3,
        _ => 4,
    };

    [GeneratedRegex(@"^Ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingDate();

    [GeneratedRegex(@"trước\s+ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?:về\s+)?kết\s+luận\s+(?<title>Hội\s+nghị.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"quý\s+(?<q>IV|I{1,3})\s*/\s*(?<year>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*\.?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[-–•+]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s[-–]\s+")]
    private static partial Regex InlineBullet();

    [GeneratedRegex(@"^(?:Đ/c|đ/c|Đ/C|Đồng chí|đồng chí)\.?\s+")]
    private static partial Regex Comrade();

    [GeneratedRegex(@"\((?<area>[^()]*)\)\s*$")]
    private static partial Regex TrailingArea();

    [GeneratedRegex(@"\s*[-–]\s+|,\s+")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed record RawRow(int Number, int Line)
    {
        public List<NoticeParagraph> Submitter { get; } = [];

        public List<NoticeParagraph> Content { get; } = [];

        public string? Agency { get; set; }

        public string? Note { get; set; }
    }
}
