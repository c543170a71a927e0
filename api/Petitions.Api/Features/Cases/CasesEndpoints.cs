using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Features.Categories;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

public static class CasesEndpoints
{
    public static void MapCases(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases");

        group.MapGet("/", ([AsParameters] ListCases.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("ListCases")
            .WithSummary("Cases of the ward, oldest first, filtered and paged by cursor")
            .ProducesValidationProblem();

        group.MapGet("/counts", ([AsParameters] CountCases.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("CountCases")
            .WithSummary("How many cases the list's filters find: in all, by category, by suggested department and by organisation")
            .WithDescription("The same filters as GET /api/cases (limit and cursor do not apply), counted over every page.")
            .ProducesValidationProblem();

        group.MapPost("/route", (RouteCases.Command body, IMediator mediator, CancellationToken ct) => mediator.Send(body, ct))
            .WithName("RouteCases")
            .WithSummary("Received → Assigned for several cases at once: one department, one set of six clears, all or nothing")
            .WithDescription($"At most {RouteCases.MaxCases} cases. Each is assigned as POST /api/cases/{{id}}/assign assigns one (its own version, event and notification; a left-out due date by its own session). "
                + "If any case is unknown or another ward's the answer is 404 casesNotFound listing them; if any changed since the version sent or is not Received, 409 casesNotRoutable listing each and why. Either way nothing is written.")
            .Produces<RouteCases.Result>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/export", async ([AsParameters] ListCases.Query query, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var output = OutputFormats.Resolve(format, http.Request.Headers.Accept.ToString(), OutputFormat.Csv, OutputFormat.Csv, OutputFormat.Xlsx);
                var rows = CaseListDocument.Rows(await CaseListDocument.All(mediator, query, ct), await mediator.Send(new ListCategories.Query(), ct));
                return output == OutputFormat.Xlsx
                    ? DocumentResults.Download(http, CaseListDocument.ToXlsx(rows), Xlsx.ContentType, "danh-sach-noi-dung.xlsx")
                    : DocumentResults.Download(http, CaseListDocument.ToCsv(rows), Csv.ContentType, "danh-sach-noi-dung.csv");
            })
            .WithName("ExportCases")
            .WithMetadata(CaseListDocument.Examples)
            .WithSummary("Every case the list's filters find (all pages) as a download: ?format=csv (UTF-8, semicolons) or xlsx (Excel)")
            .WithDescription("The same filters as GET /api/cases; limit and cursor are ignored. At most 20,000 cases. An unknown format is a 400 naming format.")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "text/csv", Xlsx.ContentType)
            .ProducesValidationProblem();

        group.MapGet("/{id:long}", async (long id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new GetCase.Query(id), ct);
                http.Response.Headers.ETag = Etag.For(detail.Version);
                return detail;
            })
            .WithName("GetCase")
            .WithSummary("One case with its assignment, result, replies and history; its ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/assign", (long id, AssignCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("AssignCase", "Received → Assigned: route to a department with the six clears");

        group.MapPost("/{id:long}/start", (long id, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(new StartCase.Command(id, Etag.ParseIfMatch(ifMatch)), ct)))
            .CaseCommand("StartCase", "Assigned → InProgress: the department begins work");

        group.MapPost("/{id:long}/resolve", (long id, ResolveCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("ResolveCase", "InProgress → Resolved: record what was done");

        group.MapPost("/{id:long}/return", (long id, ReturnCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("ReturnCase", "Assigned or InProgress → Received: the department sends the case back to the dispatcher, with a reason");

        group.MapPost("/{id:long}/reroute", (long id, RerouteCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("RerouteCase", "Assigned or InProgress → Assigned: the dispatcher moves the case to another department, with a reason and a new assignment");

        group.MapPost("/{id:long}/supporting", (long id, SetSupportingDepartments.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("SetSupportingDepartments", "Assigned, InProgress or Resolved: the departments that support the lead (they see the case and add notes)");

        group.MapPost("/{id:long}/notes", (long id, AddNote.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("AddNote", "An internal note (staff only) or a progress update (the group leader reads it); the status stays");

        group.MapPost("/{id:long}/refer", (long id, ReferCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("ReferCase", "Received, Assigned or InProgress → Referred: beyond the ward's authority, handed to a city agency");

        group.MapPost("/{id:long}/correct", (long id, CorrectCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("CorrectCase", "Received, Assigned, InProgress, Resolved or Referred: the dispatcher corrects the category, location or wording, with a reason; the original stays");

        group.MapPost("/{id:long}/refuse", (long id, RefuseCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("RefuseCase", "Received, Assigned or InProgress → Refused: not the ward's to handle, declined with a reason the group leader is told");

        group.MapPost("/{id:long}/close", (long id, CloseCase.Command? body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send((body ?? new CloseCase.Command()) with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("CloseCase", "Replied (or Referred with a reply) → Closed: the petitioner accepts the reply, optionally rating it 1–5 with a comment (no body: no rating)");

        group.MapPost("/{id:long}/reopen", (long id, ReopenCase.Command body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Changed(http, mediator.Send(body with { CaseId = id, ExpectedVersion = Etag.ParseIfMatch(ifMatch) }, ct)))
            .CaseCommand("ReopenCase", "Replied → InProgress: the petitioner is not satisfied, with a reason");
    }

    private static async Task<IResult> Changed(HttpContext http, Task<CaseChange> change)
    {
        var changed = await change;
        http.Response.Headers.ETag = Etag.For(changed.Version);
        return TypedResults.Ok(changed);
    }

    private static RouteHandlerBuilder CaseCommand(this RouteHandlerBuilder builder, string name, string summary) => builder
        .WithName(name)
        .WithSummary(summary)
        .WithDescription("Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.")
        .Produces<CaseChange>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
