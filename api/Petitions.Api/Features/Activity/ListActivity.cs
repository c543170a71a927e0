using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;
using Petitions.Api.Features.Replies;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Activity;

/// <summary>Whose event an activity is: a case's (its history) or a reply's (its letter's steps).</summary>
public enum ActivityKind
{
    Case,
    Reply,
}

/// <summary>
/// The activity log across the ward for the inspection committee (Ủy ban Kiểm tra, and the other overseers) and the
/// Party Office: every case event and every reply step, newest first, filtered by date range, kind, action,
/// department, actor and case, paged by cursor. Who did what, when, on which case, for which department. Internal
/// notes are in it: the readers are the ward's own monitors, not the petitioners.
/// </summary>
public static class ListActivity
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <param name="From">The first day (Vietnam time) to include.</param>
    /// <param name="To">The last day (Vietnam time) to include.</param>
    /// <param name="Kind">Case events or reply steps only; both when left out.</param>
    /// <param name="Action">A case action (Assign, Close, …) or a reply step (Sign, Register, …); with no kind, either.</param>
    /// <param name="DepartmentId">Events of cases the department leads; a reply's steps when one of its cases is the department's.</param>
    /// <param name="Actor">The actor's username exactly, or part of their display name.</param>
    /// <param name="CaseId">One case's events, and the steps of the replies that cover it.</param>
    /// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
    [AllowedFor(Role.Overseer, Role.PartyOffice)]
    public sealed record Query(
        [FromQuery(Name = "from")] DateOnly? From,
        [FromQuery(Name = "to")] DateOnly? To,
        [FromQuery(Name = "kind")] ActivityKind? Kind,
        [FromQuery(Name = "action")] string? Action,
        [FromQuery(Name = "departmentId")] long? DepartmentId,
        [FromQuery(Name = "actor")] string? Actor,
        [FromQuery(Name = "caseId")] long? CaseId,
        [FromQuery(Name = "limit")] int? Limit,
        [FromQuery(Name = "cursor")] string? Cursor) : IQuery<Page>;

    public sealed record Page(IReadOnlyList<Entry> Items, string? NextCursor)
    {
        public static Page Example { get; } = new([Entry.Example], "MjAyNi0wNC0xM1QwOTowMDowMCswNzowMHwwfDEy");
    }

    /// <summary>One event of the log.</summary>
    public sealed record Entry
    {
        public ActivityKind Kind { get; init; }

        /// <summary>The event's id within its kind.</summary>
        public long Id { get; init; }

        public DateTimeOffset At { get; init; }

        /// <summary>The acting user's username.</summary>
        public string Actor { get; init; } = "";

        /// <summary>The acting user's display name; null when the actor is no user (the seeds).</summary>
        public string? ActorName { get; init; }

        /// <summary>A <see cref="CaseAction"/> for a case event, a <see cref="ReplyAction"/> for a reply step.</summary>
        public string Action { get; init; } = "";

        /// <summary>The status before (a case's or a reply's, by kind).</summary>
        public string? From { get; init; }

        public string To { get; init; } = "";

        /// <summary>The case of a case event; null for a reply step (see <see cref="CaseIds"/>).</summary>
        public long? CaseId { get; init; }

        /// <summary>The cases a reply covers; a case event's own case.</summary>
        public IReadOnlyList<long> CaseIds { get; init; } = [];

        public long? ReplyId { get; init; }

        /// <summary>The reply's number as printed, "07/UBND-VP", once registered.</summary>
        public string? ReplyNumber { get; init; }

        public long PetitionId { get; init; }

        /// <summary>The petition's STT in its session.</summary>
        public int Stt { get; init; }

        public long SessionId { get; init; }

        public string SessionCode { get; init; } = "";

        /// <summary>The case's text, or the reply's subject (V/v …).</summary>
        public string Subject { get; init; } = "";

        /// <summary>The lead department of the case; of a reply, its cases' departments.</summary>
        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        /// <summary>What the action recorded (a reason, a result, a rating …), as the history keeps it.</summary>
        public JsonElement? Details { get; init; }

        public static Entry Example { get; } = new()
        {
            Kind = ActivityKind.Case,
            Id = 12,
            At = new DateTimeOffset(2026, 4, 13, 9, 0, 0, TimeSpan.FromHours(7)),
            Actor = "dispatcher",
            ActorName = "Văn phòng HĐND và UBND",
            Action = nameof(CaseAction.Assign),
            From = nameof(CaseStatus.Received),
            To = nameof(CaseStatus.Assigned),
            CaseId = 1,
            CaseIds = [1],
            PetitionId = 1,
            Stt = 1,
            SessionId = 1,
            SessionCode = "2026-Q1",
            Subject = "Đề nghị nạo vét hệ thống thoát nước trước cổng trường THCS Trần Duy Hưng",
            DepartmentId = 2,
            DepartmentName = "KT-HT-ĐT",
        };
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit)
                .WithMessage($"limit must be between 1 and {MaxLimit}.").WithErrorCode("activity.limit.outOfRange")
                .WithState(_ => new { min = 1, max = MaxLimit });
            RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to >= q.From)
                .WithMessage("to is before from: the range would hold no day.").WithErrorCode("activity.to.beforeFrom");
            RuleFor(q => q.Action).Must((q, action) => action is null || Actions(q.Kind).Contains(action))
                .WithMessage(q => $"'{q.Action}' is not an action{(q.Kind is null ? "" : $" of a {q.Kind.ToString()!.ToLowerInvariant()}")}; use one of: {string.Join(", ", Actions(q.Kind))}.")
                .WithErrorCode("activity.action.unknown")
                .WithState(q => new { value = q.Action, allowed = Actions(q.Kind) });
            RuleFor(q => q.Actor).MaximumLength(200)
                .WithMessage("actor must be at most 200 characters.").WithErrorCode("activity.actor.tooLong");
            RuleFor(q => q.Cursor).Must(c => c is null || Position.TryDecode(c, out _))
                .WithMessage("cursor is not one this API gave out; use the nextCursor of the previous page.").WithErrorCode("activity.cursor.unknown");
        }
    }

    /// <summary>The action names a filter may use, of one kind or of both.</summary>
    public static IReadOnlyList<string> Actions(ActivityKind? kind) =>
    [
        .. kind is null or ActivityKind.Case ? Enum.GetNames<CaseAction>() : [],
        .. kind is null or ActivityKind.Reply ? Enum.GetNames<ReplyAction>().Where(a => kind is not null || !Enum.IsDefined(typeof(CaseAction), a)) : [],
    ];

    /// <summary>Where a page ended: the newest-first order is (time, kind, id), all descending.</summary>
    public sealed record Position(DateTimeOffset At, ActivityKind Kind, long Id)
    {
        public string Encode() =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{At.ToString("O", CultureInfo.InvariantCulture)}|{(int)Kind}|{Id.ToString(CultureInfo.InvariantCulture)}"));

        public static bool TryDecode(string cursor, out Position? position)
        {
            position = null;
            try
            {
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
                if (parts.Length == 3 &&
                    DateTimeOffset.TryParseExact(parts[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) &&
                    int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined(typeof(ActivityKind), kind) &&
                    long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    position = new Position(at, (ActivityKind)kind, id);
                    return true;
                }
            }
            catch (FormatException)
            {
            }

            return false;
        }
    }

    private sealed record EventRow
    {
        public int KindOrder { get; init; }

        public long Id { get; init; }

        public DateTimeOffset At { get; init; }

        public string Actor { get; init; } = "";

        public string? ActorName { get; init; }

        public string Action { get; init; } = "";

        public string? FromStatus { get; init; }

        public string ToStatus { get; init; } = "";

        public string? Details { get; init; }

        public long? CaseId { get; init; }

        public long? ReplyId { get; init; }

        public int? ReplyNumber { get; init; }

        public long PetitionId { get; init; }

        public int Stt { get; init; }

        public long SessionId { get; init; }

        public string SessionCode { get; init; } = "";

        public string Subject { get; init; } = "";

        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }
    }

    private sealed record ReplyCaseRow
    {
        public long ReplyId { get; init; }

        public long CaseId { get; init; }

        public string? DepartmentName { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var take = query.Limit ?? DefaultLimit;
            var after = query.Cursor is null ? null : Position.TryDecode(query.Cursor, out var decoded) ? decoded : null;
            var branches = new List<string>();
            if (query.Kind is null or ActivityKind.Case && (query.Action is null || Enum.IsDefined(typeof(CaseAction), query.Action)))
            {
                branches.Add(CaseBranch(query, after));
            }

            if (query.Kind is null or ActivityKind.Reply && (query.Action is null || Enum.IsDefined(typeof(ReplyAction), query.Action)))
            {
                branches.Add(ReplyBranch(query, after));
            }

            if (branches.Count == 0)
            {
                return new Page([], null);
            }

            // Each branch walks its events newest first and stops at a page; the page is the newest of both, and only
            // its rows are joined to names (one query), then their replies' cases (one more).
            var sql = $"""
                SELECT page.KindOrder, page.Id, page.At, page.Actor, {DisplayNames.Of("page.Actor")} AS ActorName, page.Action,
                       page.FromStatus, page.ToStatus, page.Details, page.CaseId, page.ReplyId, page.ReplyNumber, page.PetitionId,
                       page.Stt, page.SessionId, s.code AS SessionCode, page.Subject, page.DepartmentId, d.short_name AS DepartmentName
                FROM (SELECT u.* FROM ({string.Join(" UNION ALL ", branches)}) u
                      ORDER BY u.At DESC, u.KindOrder DESC, u.Id DESC{db.Dialect.TakeRows}) page
                JOIN sessions s ON s.id = page.SessionId
                LEFT JOIN departments d ON d.id = page.DepartmentId
                ORDER BY page.At DESC, page.KindOrder DESC, page.Id DESC
                """;
            var parameters = context.Scoped(new
            {
                FromAt = query.From is { } from ? At(from) : (DateTimeOffset?)null,
                ToAt = query.To is { } to ? At(to.AddDays(1)) : (DateTimeOffset?)null,
                query.Action,
                query.DepartmentId,
                query.Actor,
                ActorPattern = query.Actor is null ? null : $"%{query.Actor.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%",
                query.CaseId,
                AfterAt = after?.At.ToOffset(Clock.VietnamOffset),
                AfterId = after?.Id,
                Take = take + 1,
            });
            var rows = await db.Query<EventRow>(sql, parameters, cancellationToken);
            var page = rows.Take(take).ToList();

            var replyIds = page.Where(r => r.ReplyId is not null).Select(r => r.ReplyId!.Value).Distinct().ToList();
            var replyCases = replyIds.Count == 0
                ? []
                : await db.Query<ReplyCaseRow>(
                    """
                    SELECT rc.reply_id AS ReplyId, rc.case_id AS CaseId, d.short_name AS DepartmentName
                    FROM reply_cases rc JOIN cases c ON c.id = rc.case_id LEFT JOIN departments d ON d.id = c.department_id
                    WHERE rc.reply_id IN @ReplyIds ORDER BY rc.case_id
                    """,
                    new { ReplyIds = replyIds },
                    cancellationToken);
            var casesOf = replyCases.GroupBy(r => r.ReplyId).ToDictionary(g => g.Key, g => g.ToList());

            var items = page.Select(r =>
            {
                var covered = r.ReplyId is { } replyId ? casesOf.GetValueOrDefault(replyId, []) : [];
                return new Entry
                {
                    Kind = (ActivityKind)r.KindOrder,
                    Id = r.Id,
                    At = r.At,
                    Actor = r.Actor,
                    ActorName = r.ActorName,
                    Action = r.Action,
                    From = r.FromStatus,
                    To = r.ToStatus,
                    CaseId = r.CaseId,
                    CaseIds = r.CaseId is { } caseId ? [caseId] : [.. covered.Select(c => c.CaseId)],
                    ReplyId = r.ReplyId,
                    ReplyNumber = r.ReplyNumber is { } number ? $"{VietnameseFormat.DocumentNumber(number)}/{ReplyLetter.OfficeCode}" : null,
                    PetitionId = r.PetitionId,
                    Stt = r.Stt,
                    SessionId = r.SessionId,
                    SessionCode = r.SessionCode,
                    Subject = r.Subject,
                    DepartmentId = r.DepartmentId,
                    DepartmentName = r.ReplyId is null
                        ? r.DepartmentName
                        : string.Join(", ", covered.Select(c => c.DepartmentName).OfType<string>().Distinct()) is { Length: > 0 } names ? names : null,
                    Details = r.Details is null ? null : JsonDocument.Parse(r.Details).RootElement.Clone(),
                };
            }).ToList();
            var nextCursor = rows.Count > take ? new Position(page[^1].At, (ActivityKind)page[^1].KindOrder, page[^1].Id).Encode() : null;
            return new Page(items, nextCursor);
        }

        private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Clock.VietnamOffset);

        private string CaseBranch(Query query, Position? after)
        {
            var where = new StringBuilder(context.CaseScope());
            Filters(where, query, "e");
            if (query.DepartmentId is not null)
            {
                where.Append(" AND c.department_id = @DepartmentId");
            }

            if (query.CaseId is not null)
            {
                where.Append(" AND e.case_id = @CaseId");
            }

            // Case events come before reply steps of the same instant in the descending order (kind 0 < 1).
            if (after is not null)
            {
                where.Append(after.Kind == ActivityKind.Case
                    ? " AND (e.occurred_at < @AfterAt OR (e.occurred_at = @AfterAt AND e.id < @AfterId))"
                    : " AND e.occurred_at <= @AfterAt");
            }

            return $"""
                SELECT * FROM (
                    SELECT 0 AS KindOrder, e.id AS Id, e.occurred_at AS At, e.actor AS Actor, e.action AS Action,
                           e.from_status AS FromStatus, e.to_status AS ToStatus, e.details AS Details, c.id AS CaseId,
                           CAST(NULL AS bigint) AS ReplyId, CAST(NULL AS int) AS ReplyNumber, p.id AS PetitionId,
                           p.number AS Stt, c.session_id AS SessionId, c.text AS Subject, c.department_id AS DepartmentId
                    FROM case_events e JOIN cases c ON c.id = e.case_id JOIN petitions p ON p.id = c.petition_id
                    WHERE {where}
                    ORDER BY e.occurred_at DESC, e.id DESC{db.Dialect.TakeRows}) ce
                """;
        }

        private string ReplyBranch(Query query, Position? after)
        {
            var where = new StringBuilder(context.ReplyScope());
            Filters(where, query, "e");
            if (query.DepartmentId is not null)
            {
                where.Append(" AND EXISTS (SELECT 1 FROM reply_cases drc JOIN cases dc ON dc.id = drc.case_id WHERE drc.reply_id = r.id AND dc.department_id = @DepartmentId)");
            }

            if (query.CaseId is not null)
            {
                where.Append(" AND EXISTS (SELECT 1 FROM reply_cases crc WHERE crc.reply_id = r.id AND crc.case_id = @CaseId)");
            }

            if (after is not null)
            {
                where.Append(after.Kind == ActivityKind.Reply
                    ? " AND (e.occurred_at < @AfterAt OR (e.occurred_at = @AfterAt AND e.id < @AfterId))"
                    : " AND e.occurred_at < @AfterAt");
            }

            return $"""
                SELECT * FROM (
                    SELECT 1 AS KindOrder, e.id AS Id, e.occurred_at AS At, e.actor AS Actor, e.action AS Action,
                           e.from_status AS FromStatus, e.to_status AS ToStatus, e.details AS Details, CAST(NULL AS bigint) AS CaseId,
                           r.id AS ReplyId, r.number AS ReplyNumber, p.id AS PetitionId, p.number AS Stt, p.session_id AS SessionId,
                           r.subject AS Subject, CAST(NULL AS bigint) AS DepartmentId
                    FROM reply_events e JOIN replies r ON r.id = e.reply_id JOIN petitions p ON p.id = r.petition_id
                    WHERE {where}
                    ORDER BY e.occurred_at DESC, e.id DESC{db.Dialect.TakeRows}) re
                """;
        }

        private static void Filters(StringBuilder where, Query query, string events)
        {
            if (query.From is not null)
            {
                where.Append($" AND {events}.occurred_at >= @FromAt");
            }

            if (query.To is not null)
            {
                where.Append($" AND {events}.occurred_at < @ToAt");
            }

            if (query.Action is not null)
            {
                where.Append($" AND {events}.action = @Action");
            }

            if (query.Actor is not null)
            {
                where.Append($" AND ({events}.actor = @Actor OR {events}.actor IN (SELECT au.username FROM users au WHERE au.display_name LIKE @ActorPattern ESCAPE '\\'))");
            }
        }
    }
}
