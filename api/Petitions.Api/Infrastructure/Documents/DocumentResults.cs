namespace Petitions.Api.Infrastructure.Documents;

/// <summary>How document endpoints answer: a download with its file name, or a page to print.</summary>
public static class DocumentResults
{
    /// <summary>A Word or CSV file, offered for download under <paramref name="fileName"/>.</summary>
    public static IResult Download(HttpContext http, byte[] content, string contentType, string fileName)
    {
        Harden(http);
        return TypedResults.File(content, contentType, PrintableText.Clean(fileName));
    }

    /// <summary>A printable page. It runs no script and loads nothing: the policy says so to the browser too.</summary>
    public static IResult Page(HttpContext http, string html)
    {
        Harden(http);
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        return TypedResults.Content(html, Html.ContentType);
    }

    /// <summary>The answer depends on Accept; caches must keep one copy per format.</summary>
    public static void VaryByAccept(HttpContext http) => http.Response.Headers.Vary = "Accept";

    private static void Harden(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        VaryByAccept(http);
    }
}
