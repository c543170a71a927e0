using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// A string property that holds several lines (an item's text, a task, a result, a reason, a reply's body): tabs and
/// line breaks are allowed in it. Every other string is one line.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class MultiLineAttribute : Attribute;

/// <summary>
/// What every incoming string may hold, checked as the body is read (<see cref="Json"/>), so no field can be
/// forgotten: no control characters (tab, CR and LF only in <see cref="MultiLineAttribute"/> text), no lone
/// surrogates and no Unicode non-characters. Positions count UTF-16 code units from 1.
/// </summary>
public static class TextRules
{
    public static readonly ProblemCode ControlCharacter = new("text.controlCharacter");
    public static readonly ProblemCode InvalidCharacter = new("text.invalidCharacter");

    public static CodedJsonException? Check(string text, bool multiLine)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return Invalid(i + 1);
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNonCharacter(c))
            {
                return Invalid(i + 1);
            }
            else if ((char.IsControl(c) || c is '\u2028' or '\u2029') && !(multiLine && c is '\t' or '\n' or '\r' or '\u2028' or '\u2029'))
            {
                return new CodedJsonException(
                    ControlCharacter,
                    new { position = i + 1 },
                    multiLine
                        ? $"Character {i + 1} is a control character; this text may hold tabs and line breaks but no other."
                        : $"Character {i + 1} is a control character or a line break; this is one line of text.");
            }
        }

        return null;
    }

    /// <summary>
    /// A string whose escapes leave half a surrogate pair ("\ud800") cannot even be read; this finds where, in the
    /// raw JSON text of the value.
    /// </summary>
    public static CodedJsonException LoneSurrogate(ReadOnlySpan<byte> raw)
    {
        var position = 0;
        for (var i = 0; i < raw.Length;)
        {
            if (raw[i] == '\\' && i + 5 < raw.Length && raw[i + 1] == 'u')
            {
                var unit = Hex(raw.Slice(i + 2, 4));
                i += 6;
                position++;
                if (char.IsHighSurrogate(unit) && i + 5 < raw.Length && raw[i] == '\\' && raw[i + 1] == 'u' && char.IsLowSurrogate(Hex(raw.Slice(i + 2, 4))))
                {
                    i += 6;
                    position++;
                }
                else if (char.IsSurrogate(unit))
                {
                    return Invalid(position);
                }
            }
            else if (raw[i] == '\\')
            {
                i += 2;
                position++;
            }
            else
            {
                // UTF-8: a four-byte sequence is two UTF-16 units, the others one.
                var length = raw[i] < 0x80 ? 1 : raw[i] < 0xE0 ? 2 : raw[i] < 0xF0 ? 3 : 4;
                i += length;
                position += length == 4 ? 2 : 1;
            }
        }

        return Invalid(Math.Max(position, 1));
    }

    private static CodedJsonException Invalid(int position) => new(
        InvalidCharacter,
        new { position },
        $"Character {position} is not a character: half of a surrogate pair, or a Unicode non-character.");

    private static bool IsNonCharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;

    private static char Hex(ReadOnlySpan<byte> digits) =>
        (char)int.Parse(System.Text.Encoding.ASCII.GetString(digits), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
