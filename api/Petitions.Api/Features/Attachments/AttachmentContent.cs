using System.Globalization;
using System.Text;
using ImageMagick;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Attachments;

/// <summary>The kinds of file an attachment may be, told by their first bytes and never by name or Content-Type.</summary>
public enum FileType
{
    Jpeg,
    Png,
    WebP,
    Heic,
    Pdf,
}

/// <summary>
/// What is stored of an upload: an image decoded and written again (orientation applied, every metadata block
/// dropped: EXIF with its GPS position, XMP, IPTC, ICC comments), with a display size and a thumbnail; a PDF as sent.
/// </summary>
public sealed record ProcessedFile(string MediaType, string Extension, byte[] Original, int? Width, int? Height, byte[]? Display, byte[]? Thumbnail);

public static class AttachmentContent
{
    public const int DisplaySize = 1600;
    public const int ThumbnailSize = 320;
    public const string JpegMediaType = "image/jpeg";
    public const string PdfMediaType = "application/pdf";

    /// <summary>Decoding stops above these, so a small file that unpacks into a huge picture is refused, not processed.</summary>
    private const uint MaxPixelsPerSide = 12_000;
    private const ulong MaxPixels = 50_000_000;

    public static readonly ProblemCode TypeUnsupported = new("attachment.type.unsupported");
    public static readonly ProblemCode ImageUnreadable = new("attachment.image.unreadable");

    public static readonly IReadOnlyList<string> Allowed = ["JPEG", "PNG", "WebP", "HEIC", "PDF"];

    static AttachmentContent()
    {
        ResourceLimits.Width = MaxPixelsPerSide;
        ResourceLimits.Height = MaxPixelsPerSide;
        ResourceLimits.Area = MaxPixels;
    }

    public static FileType? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileType.Jpeg;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileType.Png;
        }

        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return FileType.WebP;
        }

        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(Encoding.ASCII.GetString(content[8..12])))
        {
            return FileType.Heic;
        }

        return content.StartsWith("%PDF-"u8) ? FileType.Pdf : null;
    }

    private static bool IsHeifBrand(string brand) => brand is "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" or "mif1" or "msf1";

    /// <summary>Tells the type by content and makes what is stored of it; 415 for anything else.</summary>
    public static ProcessedFile Process(byte[] content)
    {
        var type = Sniff(content) ?? throw new UnsupportedMediaTypeException(
            TypeUnsupported,
            "Attach a photo (JPEG, PNG, WebP or HEIC) or a PDF; the file's content is none of them.",
            new { allowed = Allowed });
        if (type == FileType.Pdf)
        {
            return new ProcessedFile(PdfMediaType, ".pdf", content, null, null, null, null);
        }

        try
        {
            return Image(content, type);
        }
        catch (MagickException)
        {
            throw new UnsupportedMediaTypeException(ImageUnreadable, $"The file starts as a {type} image but cannot be read as one.", new { type = type.ToString() });
        }
    }

    private static ProcessedFile Image(byte[] content, FileType type)
    {
        // The format is given, so the library never guesses one from the content (no SVG, MSL or other coder runs).
        var format = type switch
        {
            FileType.Jpeg => MagickFormat.Jpeg,
            FileType.Png => MagickFormat.Png,
            FileType.WebP => MagickFormat.WebP,
            _ => MagickFormat.Heic,
        };
        using var image = new MagickImage(content, new MagickReadSettings { Format = format });
        image.AutoOrient();
        image.Strip();

        // A PNG stays a lossless PNG; everything else is stored as JPEG, which every browser shows.
        var (mediaType, extension, stored) = type == FileType.Png
            ? ("image/png", ".png", Encode(image, MagickFormat.Png))
            : (JpegMediaType, ".jpg", Encode(image, MagickFormat.Jpeg));
        return new ProcessedFile(
            mediaType,
            extension,
            stored,
            (int)image.Width,
            (int)image.Height,
            Scaled(image, DisplaySize),
            Scaled(image, ThumbnailSize));
    }

    private static byte[] Scaled(MagickImage image, int size)
    {
        using var copy = (MagickImage)image.Clone();
        copy.Thumbnail(new MagickGeometry((uint)size, (uint)size) { Greater = true });
        return Encode(copy, MagickFormat.Jpeg);
    }

    private static byte[] Encode(MagickImage image, MagickFormat format)
    {
        if (format == MagickFormat.Jpeg && image.HasAlpha)
        {
            image.BackgroundColor = MagickColors.White;
            image.Alpha(AlphaAction.Remove);
        }

        image.Quality = 85;
        image.Strip();
        return image.ToByteArray(format);
    }

    /// <summary>
    /// A file name safe to store and to send back in Content-Disposition: no folder, no control or reserved
    /// characters, at most 100 characters, and the extension of what the file is (a PNG named .pdf becomes .png).
    /// </summary>
    public static string SafeName(string? name, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((name ?? "").Replace('\\', '/'))).Normalize(NormalizationForm.FormC);
        var safe = new StringBuilder();
        foreach (var rune in stem.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var allowed = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || rune.Value is ' ' or '-' or '_' or '.' or '(' or ')';
            safe.Append(allowed ? rune.ToString() : "_");
        }

        var cleaned = safe.ToString().Trim(' ', '.', '_');
        if (cleaned.Length == 0)
        {
            cleaned = "tep-dinh-kem";
        }

        if (cleaned.Length > 100)
        {
            cleaned = cleaned[..(char.IsHighSurrogate(cleaned[99]) ? 99 : 100)].TrimEnd(' ', '.');
        }

        return cleaned + extension;
    }
}
