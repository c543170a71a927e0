using System.Globalization;
using System.Text;

namespace Petitions.Api.Domain;

/// <summary>Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.</summary>
public static class TextSearch
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return folded.ToString().TrimEnd();
    }

    public static string Index(params string?[] parts) => Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}
