using System.Text;
using System.Text.Json;
using MediatR;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Notices;

public static class NoticesEndpoints
{
    public static void MapNotices(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notices").WithTags("Notices");

        group.MapPost("/preview", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(await ReadPreview(request, ct), ct))
            .WithMetadata(new UploadLimit(PreviewNotice.MaxUploadBytes))
            .Accepts<PreviewNotice.TextBody>("application/json", "multipart/form-data")
            .WithName("PreviewNotice")
            .WithSummary("Read a meeting notice into a preview: the .docx as multipart/form-data (field file, up to 5 MiB), or its appendix pasted as JSON {text}")
            .WithDescription("Nothing is created but the kept notice; confirm the corrected preview with POST /api/notices/confirm. " +
                             "A file that is not a .docx (by content) is a 415; a document without the appendix a 400 naming file or text.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/confirm", async (ConfirmNotice.Command body, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(body, ct);
                return result.Created
                    ? Results.Created($"/api/sessions/{result.SessionId}", result)
                    : Results.Ok(result);
            })
            .Produces<ConfirmNotice.Result>(StatusCodes.Status201Created)
            .Produces<ConfirmNotice.Result>(StatusCodes.Status200OK)
            .WithName("ConfirmNotice")
            .WithSummary("Create the session (or use an existing one) and every petition and case of the corrected preview, in one transaction; the same notice again creates nothing (200)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/keywords", (IMediator mediator, CancellationToken ct) => mediator.Send(new NoticeKeywords.Query(), ct))
            .WithName("ListNoticeKeywords")
            .WithSummary("The ward's keyword table: keyword → suggested category (and department), first match wins");

        group.MapPut("/keywords", (NoticeKeywords.Command body, IMediator mediator, CancellationToken ct) => mediator.Send(body, ct))
            .WithName("SetNoticeKeywords")
            .WithSummary("Replace the ward's keyword table (Admin), in the order given")
            .ProducesValidationProblem();

        app.MapGet("/api/sessions/{id:long}/notice", async (long id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var notice = await mediator.Send(new GetSessionNotice.Query(id), ct);
                return DocumentResults.Download(http, notice.Content, notice.MediaType, notice.Name);
            })
            .WithTags("Sessions")
            .WithName("GetSessionNotice")
            .WithSummary("The notice the session was imported from, as uploaded or pasted")
            .WithMetadata(GetSessionNotice.Examples)
            .Produces<byte[]>(StatusCodes.Status200OK, NoticeReader.DocxMediaType, "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<PreviewNotice.Command> ReadPreview(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var file = await Uploads.Read(request, PreviewNotice.MaxUploadBytes, "file", ct)
                ?? throw Invalid.Field("file", PreviewNotice.FileRequired, "Choose the notice's .docx file (multipart field file).");
            return new PreviewNotice.Command("file", file.FileName, file.Content);
        }

        if (request.HasJsonContentType())
        {
            if (request.ContentLength > Hardening.MaxRequestBodyBytes)
            {
                throw new PayloadTooLargeException(Hardening.MaxRequestBodyBytes);
            }

            PreviewNotice.TextBody? body;
            try
            {
                body = await request.ReadFromJsonAsync<PreviewNotice.TextBody>(ct);
            }
            catch (JsonException json)
            {
                throw new BadHttpRequestException("The JSON body is malformed.", StatusCodes.Status400BadRequest, json);
            }

            return new PreviewNotice.Command("text", "phu-luc.txt", Encoding.UTF8.GetBytes(body?.Text ?? ""));
        }

        throw new UnsupportedMediaTypeException("Send the .docx as multipart/form-data (field file) or the pasted appendix as JSON {\"text\": …}.");
    }
}
