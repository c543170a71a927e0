using MediatR;

namespace Petitions.Api.Features.Users;

public static class UsersEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListUsers.Query(), ct))
            .WithName("ListUsers")
            .WithSummary("Users of the administrator's ward (every ward for a city-level administrator)");

        group.MapPost("/", async (CreateUser.Command body, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/users/{result.Id}", result);
            })
            .WithName("CreateUser")
            .WithSummary("Create a user with a role and, for officers and group leaders, their department or organisation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:long}", (long id, UpdateUser.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { UserId = id }, ct))
            .WithName("UpdateUser")
            .WithSummary("Set a user's name, role, department or organisation; their sessions end")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/disable", (long id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SetUserDisabled.Command(id, Disabled: true), ct))
            .WithName("DisableUser")
            .WithSummary("Disable a user: their tokens and cookies stop working at once")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/enable", (long id, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SetUserDisabled.Command(id, Disabled: false), ct))
            .WithName("EnableUser")
            .WithSummary("Enable a disabled user again")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/reset-password", (long id, ResetPassword.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { UserId = id }, ct))
            .WithName("ResetPassword")
            .WithSummary("Set a new password; lifts a lockout and ends the user's sessions")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
