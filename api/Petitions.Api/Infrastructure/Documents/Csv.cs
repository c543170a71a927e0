using System.Text;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>
/// CSV for Excel under Vietnamese regional settings: UTF-8 with a byte-order mark (so Excel reads Vietnamese as
/// UTF-8), fields separated by semicolons (the list separator of vi-VN, and of most locales that write decimal
/// commas), CRLF line ends, fields quoted as RFC 4180 says when they need it. No "sep=;" line: Excel honours it but
/// then ignores the byte-order mark and garbles the Vietnamese. Dates are ISO (yyyy-MM-dd), which Excel reads as the
/// same day in every locale. A field that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
/// is prefixed with an apostrophe, as OWASP advises against CSV injection.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const char Separator = ';';

    /// <summary>A date as the CSV writes it: "2026-04-16".</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>A sheet's cell (text, number, date or null) as CSV text: numbers invariant, dates ISO.</summary>
    public static string? Cell(object? value) => value switch
    {
        null => null,
        DateOnly date => Date(date),
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static byte[] Write(IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(Separator);
                }

                text.Append(Field(row[i]));
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Field(string? value)
    {
        value = string.IsNullOrEmpty(value) ? "" : PrintableText.Clean(value);
        if (value.Length == 0)
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, ',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
