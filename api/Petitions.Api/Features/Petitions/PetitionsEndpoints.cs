using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Infrastructure.Auth;

namespace Petitions.Api.Features.Petitions;

public static class PetitionsEndpoints
{
    private const string IdempotencyKey = "Idempotency-Key";

    public static void MapPetitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/petitions").WithTags("Petitions");

        group.MapPost("/", async (SubmitPetition.Command body, [FromHeader(Name = IdempotencyKey)] string? idempotencyKey, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                // The header as sent: binding would turn an empty one into no key, and several into one joined by commas.
                var sent = http.Request.Headers[IdempotencyKey];
                var key = sent.Count == 0 ? null : sent.Count == 1 ? sent[0] ?? "" : string.Join(", ", sent.ToArray());
                var result = await mediator.Send(body with { IdempotencyKey = key }, ct);
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
