using MediatR;
using Petitions.Api.Infrastructure.Documents;

namespace Petitions.Api.Features.Activity;

public static class ActivityEndpoints
{
    public static void MapActivity(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/activity").WithTags("Activity")
            .MapGet("/", async ([AsParameters] ListActivity.Query query, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var output = OutputFormats.Resolve(format, http.Request.Headers.Accept.ToString(), OutputFormat.Json, OutputFormat.Json, OutputFormat.Xlsx);
                DocumentResults.VaryByAccept(http);
                return output == OutputFormat.Xlsx
                    ? DocumentResults.Download(http, ActivityLogDocument.ToXlsx(await ActivityLogDocument.All(mediator, query, ct)), Xlsx.ContentType, ActivityLogDocument.FileName)
                    : TypedResults.Ok(await mediator.Send(query, ct));
            })
            .WithName("ListActivity")
            .WithSummary("The activity log across the ward: case events and reply steps, newest first, filtered and paged by cursor; ?format=xlsx for every event the filters find")
            .WithDescription("For the overseers (inspection committee) and the Party Office. Filters: from, to (days, Vietnam time), kind (Case or Reply), action, " +
                             "departmentId, actor (username, or part of a display name), caseId. The workbook ignores limit and cursor and holds at most 20,000 events.")
            .Produces<ListActivity.Page>(StatusCodes.Status200OK, "application/json", Xlsx.ContentType)
            .ProducesValidationProblem();
    }
}
