using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Notifications;

/// <summary>The signed-in user's notifications, newest first, and how many are unread.</summary>
public static class ListNotifications
{
    public const int DefaultLimit = 30;
    public const int MaxLimit = 100;

    [AllowedForEveryRole]
    public sealed record Query([FromQuery(Name = "limit")] int? Limit) : IQuery<Result>;

    public sealed record Result(int Unread, IReadOnlyList<Notification> Items)
    {
        public static Result Example { get; } = new(1, [Notification.Example]);
    }

    /// <summary>What the user was told: the same Vietnamese subject and text as the email, and the web app's path of what it is about.</summary>
    public sealed record Notification
    {
        public long Id { get; init; }

        public NotificationKind Kind { get; init; }

        public long? CaseId { get; init; }

        public long? ReplyId { get; init; }

        public string Subject { get; init; } = "";

        public string Body { get; init; } = "";

        public string Link { get; init; } = "";

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset? ReadAt { get; init; }

        public static Notification Example { get; } = new()
        {
            Id = 7,
            Kind = NotificationKind.CaseRouted,
            CaseId = 1,
            Subject = "[Kiến nghị] Nội dung số 1 được giao cho đơn vị xử lý",
            Body = "Một nội dung kiến nghị được giao cho Phòng Kinh tế, Hạ tầng và Đô thị xử lý.\nNội dung: Đề nghị nạo vét hệ thống cống thoát nước…",
            Link = "/cases/1",
            CreatedAt = new DateTimeOffset(2026, 4, 13, 9, 0, 0, Clock.VietnamOffset),
        };
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit)
                .WithMessage($"limit must be between 1 and {MaxLimit}.").WithErrorCode("notifications.limit.outOfRange")
                .WithState(_ => new { min = 1, max = MaxLimit });
        }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var items = await db.Query<Notification>(
                """
                SELECT id AS Id, kind AS Kind, case_id AS CaseId, reply_id AS ReplyId, subject AS Subject, body AS Body, link AS Link,
                       created_at AS CreatedAt, read_at AS ReadAt
                FROM notifications WHERE user_id = @UserId
                ORDER BY id DESC
                """ + db.Dialect.TakeRows,
                new { context.UserId, Take = query.Limit ?? DefaultLimit },
                cancellationToken);
            var unread = await db.ExecuteScalar<int>(
                "SELECT COUNT(*) FROM notifications WHERE user_id = @UserId AND read_at IS NULL",
                new { context.UserId },
                cancellationToken);
            return new Result(unread, items);
        }
    }
}
