using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Documents;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// Writes what users are told: a notification per recipient and, for those who want email at once, an outbox row,
/// both inside the transaction of the change that causes them (rolled back with it, committed with it).
/// </summary>
public static class NotificationRows
{
    public sealed record Recipient
    {
        public long Id { get; init; }

        public string DisplayName { get; init; } = "";

        public string? Email { get; init; }

        public EmailPreference EmailPreference { get; init; }
    }

    private sealed record CaseFacts
    {
        public long WardId { get; init; }

        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        public int ItemNumber { get; init; }

        public long PetitionId { get; init; }

        public string Text { get; init; } = "";

        public string SubmitterName { get; init; } = "";

        public string Organisation { get; init; } = "";

        public DateOnly DueDate { get; init; }

        public string? RefusalReason { get; init; }
    }

    private const string ActiveUsers = "SELECT id AS Id, display_name AS DisplayName, email AS Email, email_preference AS EmailPreference FROM users u WHERE u.is_disabled = 0 AND u.username <> @Actor";

    /// <summary>Tells whom <see cref="CaseNotifications.For"/> names about an event just appended to a case.</summary>
    public static async Task NotifyCaseEvent(this Db db, long caseId, DateTimeOffset at, string actor, CaseAction action, CancellationToken cancellationToken)
    {
        if (CaseNotifications.For(action) is not { } rule)
        {
            return;
        }

        var facts = await db.QuerySingleOrDefault<CaseFacts>(
            """
            SELECT c.ward_id AS WardId, c.department_id AS DepartmentId, d.name AS DepartmentName, c.item_number AS ItemNumber,
                   c.petition_id AS PetitionId, c.text AS Text, p.submitter_name AS SubmitterName, p.organisation AS Organisation,
                   c.due_date AS DueDate, c.refusal_reason AS RefusalReason
            FROM cases c JOIN petitions p ON p.id = c.petition_id LEFT JOIN departments d ON d.id = c.department_id
            WHERE c.id = @CaseId
            """,
            new { CaseId = caseId },
            cancellationToken);
        // A petition arrives once, however many items it has.
        if (facts is null || (action == CaseAction.Submit && facts.ItemNumber != 1))
        {
            return;
        }

        var recipients = rule.Audience switch
        {
            NotificationAudience.Department when facts.DepartmentId is null => [],
            NotificationAudience.Department => await db.Query<Recipient>(
                ActiveUsers + " AND u.role = 'DepartmentOfficer' AND u.ward_id = @WardId AND u.department_id = @DepartmentId",
                new { Actor = actor, facts.WardId, facts.DepartmentId },
                cancellationToken),
            NotificationAudience.Organisation => await db.Query<Recipient>(
                ActiveUsers + " AND u.role = 'GroupLeader' AND u.ward_id = @WardId AND u.organisation = @Organisation",
                new { Actor = actor, facts.WardId, facts.Organisation },
                cancellationToken),
            _ => await db.Query<Recipient>(
                ActiveUsers + " AND u.role = 'Dispatcher' AND u.ward_id = @WardId",
                new { Actor = actor, facts.WardId },
                cancellationToken),
        };

        var body = string.Join(
            "\n",
            Lead(rule.Kind, facts),
            $"Nội dung: {facts.Text}",
            $"Người kiến nghị: {facts.SubmitterName}, {facts.Organisation}",
            rule.Kind == NotificationKind.CaseRefused
                ? $"Lý do: {facts.RefusalReason}"
                : $"Hạn trả lời: trước ngày {VietnameseFormat.Date(facts.DueDate)}");
        await db.Notify(recipients, rule.Kind, caseId, null, CaseNotifications.Subject(rule.Kind, caseId), body, $"/cases/{caseId}", at, cancellationToken);
    }

    /// <summary>Tells the group leaders of the reply's organisation that it was issued (once per reply).</summary>
    public static async Task NotifyReplyIssued(this Db db, long replyId, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        var reply = await db.QuerySingleOrDefault<(long WardId, string Organisation, string Subject, int Number, DateOnly IssuedOn)>(
            """
            SELECT r.ward_id AS WardId, p.organisation AS Organisation, r.subject AS Subject, r.number AS Number, r.issued_on AS IssuedOn
            FROM replies r JOIN petitions p ON p.id = r.petition_id
            WHERE r.id = @ReplyId
            """,
            new { ReplyId = replyId },
            cancellationToken);
        var recipients = await db.Query<Recipient>(
            ActiveUsers + " AND u.role = 'GroupLeader' AND u.ward_id = @WardId AND u.organisation = @Organisation",
            new { Actor = actor, reply.WardId, reply.Organisation },
            cancellationToken);
        var body = string.Join(
            "\n",
            $"Ủy ban nhân dân phường đã ban hành văn bản trả lời kiến nghị của {reply.Organisation}.",
            $"Số: {VietnameseFormat.DocumentNumber(reply.Number)}, ngày {VietnameseFormat.Date(reply.IssuedOn)}",
            $"Trích yếu: {reply.Subject}");
        await db.Notify(recipients, NotificationKind.ReplyIssued, null, replyId, CaseNotifications.Subject(NotificationKind.ReplyIssued, reply.Number), body, $"/replies/{replyId}", at, cancellationToken);
    }

    /// <summary>One notification per recipient; an outbox row for each who wants email at once, or a mark for their digest.</summary>
    public static async Task Notify(
        this Db db,
        IReadOnlyList<Recipient> recipients,
        NotificationKind kind,
        long? caseId,
        long? replyId,
        string subject,
        string body,
        string link,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients)
        {
            var hasEmail = !string.IsNullOrWhiteSpace(recipient.Email);
            var notificationId = await db.Insert(
                """
                INSERT INTO notifications (user_id, kind, case_id, reply_id, subject, body, link, created_at, digest_pending)
                VALUES (@UserId, @Kind, @CaseId, @ReplyId, @Subject, @Body, @Link, @At, @DigestPending)
                """,
                new
                {
                    UserId = recipient.Id,
                    Kind = kind.ToString(),
                    CaseId = caseId,
                    ReplyId = replyId,
                    Subject = subject,
                    Body = body,
                    Link = link,
                    At = at,
                    DigestPending = hasEmail && recipient.EmailPreference == EmailPreference.Digest && kind != NotificationKind.Digest,
                },
                cancellationToken);
            // The digest is itself the message a digest reader waits for.
            if (hasEmail && (recipient.EmailPreference == EmailPreference.Immediate || (kind == NotificationKind.Digest && recipient.EmailPreference == EmailPreference.Digest)))
            {
                await db.EnqueueEmail(recipient, notificationId, subject, body, link, at, cancellationToken);
            }
        }
    }

    /// <summary>An outbox row: one message, sent once, with a Message-Id fixed now so that a retry is the same message.</summary>
    public static Task EnqueueEmail(this Db db, Recipient recipient, long? notificationId, string subject, string body, string link, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Execute(
            """
            INSERT INTO outbox (notification_id, user_id, channel, recipient, recipient_name, subject, body, link, message_id, created_at, next_attempt_at)
            VALUES (@NotificationId, @UserId, 'Email', @Recipient, @RecipientName, @Subject, @Body, @Link, @MessageId, @At, @At)
            """,
            new
            {
                NotificationId = notificationId,
                UserId = recipient.Id,
                Recipient = recipient.Email,
                RecipientName = recipient.DisplayName,
                Subject = subject,
                Body = body,
                Link = link,
                MessageId = $"{Guid.NewGuid():N}@petitions",
                At = at.ToUniversalTime(),
            },
            cancellationToken);

    private static string Lead(NotificationKind kind, CaseFacts facts) => kind switch
    {
        NotificationKind.CaseRouted => $"Một nội dung kiến nghị được giao cho {facts.DepartmentName} xử lý.",
        NotificationKind.CaseReopened => $"Tổ chức kiến nghị đã mở lại một nội dung do {facts.DepartmentName} xử lý: cần xử lý tiếp.",
        NotificationKind.CaseReturned => "Đơn vị được giao đã trả lại một nội dung kiến nghị: cần phân công lại (lý do ghi trong lịch sử xử lý).",
        NotificationKind.CaseResolved => "Đơn vị đã báo cáo kết quả giải quyết một nội dung kiến nghị: cần dự thảo văn bản trả lời.",
        NotificationKind.CaseRefused => $"Ủy ban nhân dân phường không tiếp nhận giải quyết một nội dung kiến nghị của {facts.Organisation}, vì nội dung không thuộc phạm vi giải quyết của phường.",
        _ => "Tiếp nhận một kiến nghị mới, chờ phân loại và giao xử lý.",
    };
}
