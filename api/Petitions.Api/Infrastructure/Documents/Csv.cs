using System.Text;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>
/// RFC 4180 CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Vietnamese as UTF-8), comma-separated,
/// CRLF line ends, fields quoted when they need it. A field that a spreadsheet would run as a formula (starting with
/// =, +, -, @, tab or CR) is prefixed with an apostrophe, as OWASP advises against CSV injection.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
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

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
