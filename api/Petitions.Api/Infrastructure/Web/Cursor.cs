using System.Text;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>Opaque keyset cursors: the id of the last row a page returned.</summary>
public static class Cursor
{
    public static string Encode(long lastId) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"id:{lastId}"));

    public static bool TryDecode(string? cursor, out long lastId)
    {
        lastId = 0;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("id:", StringComparison.Ordinal) && long.TryParse(text[3..], out lastId) && lastId >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
