using MediatR;

namespace Petitions.Api.Features.Wards;

public static class WardsEndpoints
{
    public static void MapWards(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/wards").WithTags("Wards");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListWards.Query(), ct))
            .WithName("ListWards")
            .WithSummary("Wards with their departments (every ward for a city-level administrator, their own for a ward's)");

        group.MapPost("/", async (CreateWard.Command body, IMediator mediator, CancellationToken ct) =>
            {
                var ward = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/wards/{ward.Id}", ward);
            })
            .WithName("CreateWard")
            .WithSummary("Create a ward with its departments (city-level administrators); its first administrator is POST /api/users with its wardId")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
