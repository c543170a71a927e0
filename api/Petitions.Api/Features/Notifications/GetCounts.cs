using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Notifications;

/// <summary>
/// The numbers on the web app's menu, each from an indexed count: unread notifications, and for the roles they concern,
/// cases waiting in triage, open cases of the officer's department, and replies the group leader has not read.
/// </summary>
public static class GetCounts
{
    [AllowedForEveryRole]
    public sealed record Query : IQuery<Counts>;

    /// <summary>Null where the count is not the caller's to see.</summary>
    public sealed record Counts
    {
        public int Unread { get; init; }

        /// <summary>Received cases of the ward (dispatchers).</summary>
        public int? ToTriage { get; init; }

        /// <summary>Assigned and in-progress cases of the department (department officers).</summary>
        public int? OpenInMyDepartment { get; init; }

        /// <summary>Issued replies the group leader has not opened the notification of.</summary>
        public int? RepliesToRead { get; init; }

        public static Counts Example { get; } = new() { Unread = 2, ToTriage = 5 };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, Counts>
    {
        public async Task<Counts> Handle(Query query, CancellationToken cancellationToken)
        {
            var values = new { context.UserId, context.WardId, context.DepartmentId };
            var unread = await db.ExecuteScalar<int>(
                "SELECT COUNT(*) FROM notifications WHERE user_id = @UserId AND read_at IS NULL", values, cancellationToken);
            return context.Role switch
            {
                Role.Dispatcher => new Counts
                {
                    Unread = unread,
                    ToTriage = await db.ExecuteScalar<int>(
                        "SELECT COUNT(*) FROM cases WHERE ward_id = @WardId AND status = 'Received'", values, cancellationToken),
                },
                Role.DepartmentOfficer => new Counts
                {
                    Unread = unread,
                    OpenInMyDepartment = await db.ExecuteScalar<int>(
                        "SELECT COUNT(*) FROM cases WHERE ward_id = @WardId AND department_id = @DepartmentId AND status IN ('Assigned', 'InProgress')",
                        values,
                        cancellationToken),
                },
                Role.GroupLeader => new Counts
                {
                    Unread = unread,
                    RepliesToRead = await db.ExecuteScalar<int>(
                        "SELECT COUNT(*) FROM notifications WHERE user_id = @UserId AND read_at IS NULL AND kind = 'ReplyIssued'", values, cancellationToken),
                },
                _ => new Counts { Unread = unread },
            };
        }
    }
}
