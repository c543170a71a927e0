using MediatR;
using Microsoft.Net.Http.Headers;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Attachments;

public static class AttachmentsEndpoints
{
    /// <summary>What the browser may do with a served file: show it, and nothing else (no script, no plugin, no form).</summary>
    public const string FilePolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    /// <summary>The form an upload is sent as (multipart/form-data), as the OpenAPI document shows it.</summary>
    public sealed record UploadForm
    {
        /// <summary>The file: JPEG, PNG, WebP, HEIC or PDF, told by its content; at most 20 MiB.</summary>
        public string File { get; init; } = "";

        /// <summary>On a case: Intake (the submitter, while the case is Received), Before or After (the department). Left out on a reply.</summary>
        public AttachmentKind? Kind { get; init; }

        public static UploadForm Example { get; } = new() { File = "(the file's bytes)", Kind = AttachmentKind.After };
    }

    public static void MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/{id:long}/attachments", async (long id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var (upload, file) = await Read(request, ct);
                var kind = upload.Fields.GetValueOrDefault("kind") is { Length: > 0 } given
                    ? Enum.TryParse<AttachmentKind>(given, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
                        ? parsed
                        : throw Invalid.Field("kind", AttachToCase.KindUnknown, $"Unknown kind {given}: Intake, Before or After.", new { value = given, allowed = new[] { "Intake", "Before", "After" } })
                    : AttachmentKind.Intake;
                var info = await mediator.Send(new AttachToCase.Command(id, kind, upload.FileName, file), ct);
                return Results.Created($"/api/attachments/{info.Id}", info);
            })
            .Upload("AttachToCase", "Attach a photo or PDF to a case: the submitter at intake (kind Intake), the department with the result (Before, After)");

        app.MapGet("/api/cases/{id:long}/attachments", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new ListAttachments.OfCase(id), ct))
            .WithTags("Attachments")
            .WithName("ListCaseAttachments")
            .WithSummary("A case's photos and PDFs, without their bytes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/replies/{id:long}/attachments", async (long id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var (upload, file) = await Read(request, ct);
                var info = await mediator.Send(new AttachToReply.Command(id, upload.FileName, file), ct);
                return Results.Created($"/api/attachments/{info.Id}", info);
            })
            .Upload("AttachToReply", "Attach the signed, stamped scan (PDF or photo) to a reply that is out (Dispatcher)");

        app.MapGet("/api/replies/{id:long}/attachments", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new ListAttachments.OfReply(id), ct))
            .WithTags("Attachments")
            .WithName("ListReplyAttachments")
            .WithSummary("A reply's attachments (its signed scan), without their bytes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/attachments/{id:long}", async (long id, AttachmentVariant? variant, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetAttachment.Query(id, variant ?? AttachmentVariant.Original), ct);
                return Serve(http, file);
            })
            .WithTags("Attachments")
            .WithName("GetAttachment")
            .WithSummary("An attachment's bytes: the original (an image without its metadata), or an image's display size (1600 px) or thumbnail (320 px) as JPEG")
            .WithDescription("For whoever may see its case or reply (404 otherwise). Images are shown inline, a PDF is downloaded; " +
                             "the answer carries X-Content-Type-Options: nosniff and a Content-Security-Policy under which nothing runs.")
            .Produces<byte[]>(StatusCodes.Status200OK, AttachmentContent.JpegMediaType, "image/png", AttachmentContent.PdfMediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<(Upload Upload, ProcessedFile File)> Read(HttpRequest request, CancellationToken ct)
    {
        var upload = await Uploads.Read(request, Attachments.MaxFileBytes, "file", ct)
            ?? throw Invalid.Field("file", Attachments.FileRequired, "Choose a file (multipart field file).");
        // Decoded and written again here, before the command's transaction, so the write lock is never held meanwhile.
        return (upload, AttachmentContent.Process(upload.Content));
    }

    private static IResult Serve(HttpContext http, GetAttachment.StoredFile file)
    {
        var headers = http.Response.Headers;
        var disposition = new ContentDispositionHeaderValue(file.MediaType.StartsWith("image/", StringComparison.Ordinal) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.Name);
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = FilePolicy;
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        // The bytes of an attachment never change; the browser keeps them for this user only, and asks again after an hour.
        headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(file.Content, file.MediaType);
    }

    private static RouteHandlerBuilder Upload(this RouteHandlerBuilder builder, string name, string summary) => builder
        .WithTags("Attachments")
        .WithName(name)
        .WithSummary(summary)
        .WithDescription("multipart/form-data with the field file (at most 20 MiB; a case or a reply holds at most 10 files and 60 MiB). " +
                         "The type is told by content: JPEG, PNG, WebP, HEIC or PDF, else 415. Images are stored re-encoded, without EXIF, GPS or other metadata, with a display size and a thumbnail.")
        .WithMetadata(new UploadLimit(Attachments.MaxUploadBytes))
        .Accepts<UploadForm>("multipart/form-data")
        .Produces<AttachmentInfo>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
