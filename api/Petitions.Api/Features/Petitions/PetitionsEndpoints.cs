using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Infrastructure.Auth;

namespace Petitions.Api.Features.Petitions;

public static class PetitionsEndpoints
{
    public static void MapPetitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/petitions").WithTags("Petitions");

        group.MapPost("/", async (SubmitPetition.Command body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(body with { IdempotencyKey = idempotencyKey }, ct);
                if (result.Replayed)
                {
                    http.Response.Headers["Idempotent-Replayed"] = "true";
                }

                return TypedResults.Created($"/api/petitions/{result.Id}", result);
            })
            .RequireRateLimiting(RateLimits.Intake)
            .WithName("SubmitPetition")
            .WithSummary("Submit a petition; each item becomes a case. A repeat with the same Idempotency-Key answers the first result.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:long}", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetPetition.Query(id), ct))
            .WithName("GetPetition")
            .WithSummary("One petition with its submitter and cases")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
