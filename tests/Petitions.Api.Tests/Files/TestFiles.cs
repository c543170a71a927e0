using System.Net.Http.Headers;
using ImageMagick;

namespace Petitions.Api.Tests.Files;

/// <summary>Files as phones and scanners make them, built here so that each test shows what it sends.</summary>
public static class TestFiles
{
    /// <summary>Where the photo was taken: Hanoi, 21°01′N 105°48′E.</summary>
    public static readonly Rational[] Latitude = [new(21, 1), new(1, 1), new(30, 1)];

    public static byte[] Jpeg(int width = 1200, int height = 900, bool withGps = false)
    {
        using var image = Picture(width, height);
        if (withGps)
        {
            var exif = new ExifProfile();
            exif.SetValue(ExifTag.GPSLatitudeRef, "N");
            exif.SetValue(ExifTag.GPSLatitude, Latitude);
            exif.SetValue(ExifTag.GPSLongitudeRef, "E");
            exif.SetValue(ExifTag.GPSLongitude, [new Rational(105, 1), new Rational(48, 1), new Rational(10, 1)]);
            exif.SetValue(ExifTag.Model, "Test phone");
            image.SetProfile(exif);
        }

        return image.ToByteArray(MagickFormat.Jpeg);
    }

    public static byte[] Png(int width = 400, int height = 300)
    {
        using var image = Picture(width, height);
        return image.ToByteArray(MagickFormat.Png);
    }

    public static byte[] WebP(int width = 640, int height = 480)
    {
        using var image = Picture(width, height);
        return image.ToByteArray(MagickFormat.WebP);
    }

    /// <summary>A one-page PDF, the way a scanner writes it (written by hand: the image library does not write PDF here).</summary>
    public static byte[] Pdf() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>Noise, so that a JPEG of it does not compress to nothing: a photo's size for its pixels.</summary>
    private static MagickImage Picture(int width, int height)
    {
        var image = new MagickImage("plasma:red-blue", (uint)width, (uint)height);
        return image;
    }

    public static MultipartFormDataContent Form(byte[] content, string fileName, string? kind = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        // What the browser would claim from the name: the API must not believe it.
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : "image/jpeg");
        form.Add(file, "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return form;
    }
}
