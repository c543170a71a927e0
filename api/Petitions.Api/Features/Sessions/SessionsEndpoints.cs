using MediatR;
using Petitions.Api.Infrastructure.Documents;

namespace Petitions.Api.Features.Sessions;

public static class SessionsEndpoints
{
    public static void MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").WithTags("Sessions");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListSessions.Query(), ct))
            .WithName("ListSessions")
            .WithSummary("Sessions (hội nghị, đợt tiếp nhận) of the ward, newest first");

        group.MapGet("/{id:long}", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetSession.Query(id), ct))
            .WithName("GetSession")
            .WithSummary("One session with its reply deadline and progress")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (CreateSession.Command body, IMediator mediator, CancellationToken ct) =>
            {
                var session = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/sessions/{session.Id}", session);
            })
            .WithName("CreateSession")
            .WithSummary("Open a new session (a meeting or intake round) of the administrator's ward")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/close", (long id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SetSessionClosed.Command(id, Closed: true), ct))
            .WithName("CloseSession")
            .WithSummary("Close the session's intake: it takes no more petitions; its cases go on")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/reported", (long id, long? signerId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new MarkSessionReported.Command(id, signerId), ct))
            .WithName("MarkSessionReported")
            .WithSummary("The Party Office registers the session's report (its number of the ward and year, today's date, ?signerId= or the ward's default signer) and records that it has gone to the Party Committee (once)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/open", (long id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SetSessionClosed.Command(id, Closed: false), ct))
            .WithName("OpenSession")
            .WithSummary("Take petitions into the session again")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/report", async (long id, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var output = OutputFormats.Resolve(
                    format,
                    http.Request.Headers.Accept.ToString(),
                    OutputFormat.Json,
                    OutputFormat.Json,
                    OutputFormat.Docx,
                    OutputFormat.Csv,
                    OutputFormat.Html,
                    OutputFormat.Xlsx);
                var report = await mediator.Send(new GetSessionReport.Query(id), ct);
                DocumentResults.VaryByAccept(http);
                return output switch
                {
                    OutputFormat.Docx => DocumentResults.Download(http, SessionReportDocument.ToDocx(report), Docx.ContentType, SessionReportDocument.FileName(report, "docx")),
                    OutputFormat.Csv => DocumentResults.Download(http, SessionReportDocument.ToCsv(report), Csv.ContentType, SessionReportDocument.FileName(report, "csv")),
                    OutputFormat.Html => DocumentResults.Page(http, SessionReportDocument.ToHtml(report)),
                    OutputFormat.Xlsx => DocumentResults.Download(http, SessionReportDocument.ToXlsx(report), Xlsx.ContentType, SessionReportDocument.FileName(report, "xlsx")),
                    _ => TypedResults.Ok(report),
                };
            })
            .WithName("GetSessionReport")
            .WithMetadata(SessionReportDocument.Examples)
            .WithSummary("The session's report: JSON, or ?format=docx (Hướng dẫn 36-HD/VPTW), xlsx (Excel), csv (UTF-8, semicolons) or html (printable)")
            .WithDescription("Without ?format the Accept header chooses: application/vnd.openxmlformats-officedocument.wordprocessingml.document, " +
                             "text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; anything else gets JSON. An unknown format is a 400 naming format.")
            .Produces<GetSessionReport.Report>(StatusCodes.Status200OK, "application/json", Docx.ContentType, "text/csv", "text/html", Xlsx.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
