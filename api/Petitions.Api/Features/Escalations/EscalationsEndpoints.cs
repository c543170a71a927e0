using MediatR;

namespace Petitions.Api.Features.Escalations;

public static class EscalationsEndpoints
{
    public static void MapEscalations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/escalations").WithTags("Escalations");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListEscalations.Query(), ct))
            .WithName("ListEscalations")
            .WithSummary("Open cases to report under section 5: overdue, replied late, at risk, referred beyond the ward's authority, newly arising")
            .WithDescription("Each case carries its reasons. Closed cases are left out; the session report lists a session's escalations whatever their status.");
    }
}
