using MediatR;

namespace Petitions.Api.Features.Calendar;

public static class CalendarEndpoints
{
    public static void MapCalendar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");

        group.MapGet("/{year}", (int year, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCalendarYear.Query(year), ct))
            .WithName("GetCalendarYear")
            .WithSummary("A year's days off and make-up working days (seeded, by rule or entered), and whether its swapped days are still to be entered")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{year}/swaps", (int year, SetCalendarSwaps.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { Year = year }, ct))
            .WithName("SetCalendarSwaps")
            .WithSummary("Enter a year's swapped days (ngày làm bù, ngày nghỉ bù), replacing those entered before; an empty list says there are none")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
