using MediatR;
using Petitions.Api.Infrastructure.Documents;

namespace Petitions.Api.Features.Replies;

public static class RepliesEndpoints
{
    public static void MapReplies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/replies").WithTags("Replies");

        group.MapPost("/", async (DraftReply.Command body, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/replies/{result.Id}", result);
            })
            .WithName("DraftReply")
            .WithSummary("Draft the written reply to a petition, covering some or all of its Resolved or Referred cases")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:long}", (long id, EditReplyDraft.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { ReplyId = id }, ct))
            .WithName("EditReplyDraft")
            .WithSummary("Reword a draft reply (recipient, subject, opening, each result, closing, \"Nơi nhận\", signer); once submitted it is not changed")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/submit", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new SubmitReply.Command(id), ct))
            .WithName("SubmitReply")
            .WithSummary("Submit a draft for signature (trình ký); its words are then fixed unless the signer returns it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/return", (long id, ReturnReply.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { ReplyId = id }, ct))
            .WithName("ReturnReply")
            .WithSummary("The signer sends a submitted reply back for changes, saying why: it is a draft again")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/sign", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new SignReply.Command(id), ct))
            .WithName("SignReply")
            .WithSummary("Record that the reply's signer has signed it; it goes to the clerk for its number")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/register", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new RegisterReply.Command(id), ct))
            .WithName("RegisterReply")
            .WithSummary("The clerk registers the signed letter: it takes the year's next number and today's date, and its cases become Replied")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/send", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new SendReply.Command(id), ct))
            .WithName("SendReply")
            .WithSummary("Record that the registered letter has been sent (phát hành) to the recipients of \"Nơi nhận\"")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:long}", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetReply.Query(id), ct))
            .WithName("GetReply")
            .WithSummary("One reply with the cases it covers")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/document", async (long id, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var output = OutputFormats.Resolve(format, http.Request.Headers.Accept.ToString(), OutputFormat.Docx, OutputFormat.Docx, OutputFormat.Html);
                var letter = await mediator.Send(new GetReplyDocument.Query(id), ct);
                return output == OutputFormat.Html
                    ? DocumentResults.Page(http, ReplyLetter.ToHtml(letter))
                    : DocumentResults.Download(http, ReplyLetter.ToDocx(letter), Docx.ContentType, ReplyLetter.FileName(letter, "docx"));
            })
            .WithName("GetReplyDocument")
            .WithMetadata(ReplyLetter.Examples)
            .WithSummary("The reply as the UBND's letter (Nghị định 30/2020/NĐ-CP): Word by default, ?format=html to print from a browser")
            .WithDescription("A draft or submitted reply prints too, marked DỰ THẢO; until it is registered it has no number or date. An unknown format is a 400 naming format.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), Docx.ContentType, "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
