using MediatR;

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
    }
}
