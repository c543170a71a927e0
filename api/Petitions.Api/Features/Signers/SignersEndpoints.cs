using MediatR;

namespace Petitions.Api.Features.Signers;

public static class SignersEndpoints
{
    public static void MapSigners(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/signers").WithTags("Signers");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListSigners.Query(), ct))
            .WithName("ListSigners")
            .WithSummary("The ward's signing officials, how each signs, and the default signers of replies and reports");

        group.MapPost("/", async (SaveSigner.Command body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created("/api/signers", await mediator.Send(body with { SignerId = null }, ct)))
            .WithName("CreateSigner")
            .WithSummary("Add a signing official to the administrator's ward")
            .ProducesValidationProblem();

        group.MapPut("/{id:long}", (long id, SaveSigner.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { SignerId = id }, ct))
            .WithName("UpdateSigner")
            .WithSummary("Change a signer's name, position or form, or disable them (not while they are a default)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/defaults", (SetDefaultSigners.Command body, IMediator mediator, CancellationToken ct) => mediator.Send(body, ct))
            .WithName("SetDefaultSigners")
            .WithSummary("Choose who signs the ward's replies and its reports by default")
            .ProducesValidationProblem();
    }
}
