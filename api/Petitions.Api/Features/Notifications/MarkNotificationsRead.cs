using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Notifications;

/// <summary>Marks one of the user's notifications read (opening it does), or all of them when no id is given.</summary>
public static class MarkNotificationsRead
{
    [AllowedForEveryRole]
    public sealed record Command(long? NotificationId) : ICommand<Result>;

    public sealed record Result(int Unread)
    {
        public static Result Example { get; } = new(0);
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.NotificationId is { } id)
            {
                var exists = await db.ExecuteScalar<int>(
                    "SELECT COUNT(*) FROM notifications WHERE id = @Id AND user_id = @UserId",
                    new { Id = id, context.UserId },
                    cancellationToken);
                if (exists == 0)
                {
                    throw new NotFoundException("Notification", id);
                }
            }

            await db.Execute(
                "UPDATE notifications SET read_at = @Now WHERE user_id = @UserId AND read_at IS NULL" + (command.NotificationId is null ? "" : " AND id = @Id"),
                new { Id = command.NotificationId, context.UserId, clock.Now },
                cancellationToken);
            return new Result(await db.ExecuteScalar<int>(
                "SELECT COUNT(*) FROM notifications WHERE user_id = @UserId AND read_at IS NULL",
                new { context.UserId },
                cancellationToken));
        }
    }
}
