using MediatR;

namespace Petitions.Api.Features.Notifications;

public static class NotificationsEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications");

        group.MapGet("/", ([AsParameters] ListNotifications.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("ListNotifications")
            .WithSummary("The signed-in user's notifications, newest first, with the number unread")
            .ProducesValidationProblem();

        group.MapGet("/counts", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetCounts.Query(), ct))
            .WithName("GetCounts")
            .WithSummary("The menu's numbers: unread notifications, cases to triage, open cases of my department, replies to read");

        group.MapPost("/{id:long}/read", (long id, IMediator mediator, CancellationToken ct) => mediator.Send(new MarkNotificationsRead.Command(id), ct))
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one notification read; answers the number still unread")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/read", (IMediator mediator, CancellationToken ct) => mediator.Send(new MarkNotificationsRead.Command(null), ct))
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Marks every notification read");

        group.MapGet("/settings", (IMediator mediator, CancellationToken ct) => mediator.Send(new NotificationSettings.Query(), ct))
            .WithName("GetNotificationSettings")
            .WithSummary("The signed-in user's email address and email preference");

        group.MapPut("/settings", (NotificationSettings.Command body, IMediator mediator, CancellationToken ct) => mediator.Send(body, ct))
            .WithName("SetNotificationSettings")
            .WithSummary("Sets the signed-in user's email address and preference: Immediate, Digest (07:30 each working day) or None")
            .ProducesValidationProblem();
    }
}
