using System.Text;
using System.Xml;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>
/// Stored text as every document can hold it. The API refuses control characters, lone surrogates and
/// non-characters on the way in (<see cref="Web.TextRules"/>); should some reach the database another way, a Word
/// file, a page or a CSV drops what XML 1.0 cannot carry (NUL and the other control characters but tab and line
/// breaks, lone surrogates, U+FFFE and U+FFFF) rather than fail for everyone who opens it.
/// </summary>
public static class PrintableText
{
    public static string Clean(string text)
    {
        var first = FirstUnfit(text, 0);
        if (first < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var from = 0;
        while (first >= 0)
        {
            kept.Append(text, from, first - from);
            from = first + 1;
            first = FirstUnfit(text, from);
        }

        return kept.Append(text, from, text.Length - from).ToString();
    }

    private static int FirstUnfit(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
