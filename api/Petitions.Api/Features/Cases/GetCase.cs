using System.Text.Json;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Cases;

public static class GetCase
{
    [AllowedForEveryRole]
    public sealed record Query(long Id) : IQuery<CaseDetail>;

    /// <summary>A case with its "six clears", result, referral, replies and history.</summary>
    public sealed record CaseDetail : CaseSummary
    {
        public string? Assignee { get; init; }

        public string? Task { get; init; }

        public string? ResponsibleHead { get; init; }

        public string? ExpectedResult { get; init; }

        /// <summary>Rõ thẩm quyền: whose authority the resolution rests on.</summary>
        public string? Authority { get; init; }

        public string? Result { get; init; }

        public string? ReferredTo { get; init; }

        public string? ReferralLetter { get; init; }

        /// <summary>
        /// The group leader's satisfaction when they accepted the reply: 1 to 5, null when they gave none (or the case is
        /// not closed). Given once, with the acceptance, and never changed.
        /// </summary>
        public int? Rating { get; init; }

        public string? RatingComment { get; init; }

        public DateTimeOffset? RatedAt { get; init; }

        /// <summary>The departments that support the lead one (phối hợp): they see the case and add notes.</summary>
        public IReadOnlyList<DepartmentRef> SupportingDepartments { get; init; } = [];

        public IReadOnlyList<ReplyRef> Replies { get; init; } = [];

        public IReadOnlyList<HistoryEntry> History { get; init; } = [];

        public static new CaseDetail Example { get; } = new()
        {
            Id = CaseSummary.Example.Id,
            PetitionId = CaseSummary.Example.PetitionId,
            SessionId = CaseSummary.Example.SessionId,
            ItemNumber = CaseSummary.Example.ItemNumber,
            Text = CaseSummary.Example.Text,
            Category = CaseSummary.Example.Category,
            Location = CaseSummary.Example.Location,
            Status = CaseSummary.Example.Status,
            DepartmentId = CaseSummary.Example.DepartmentId,
            DepartmentName = CaseSummary.Example.DepartmentName,
            SuggestedDepartmentId = CaseSummary.Example.SuggestedDepartmentId,
            SuggestedDepartmentName = CaseSummary.Example.SuggestedDepartmentName,
            DueDate = CaseSummary.Example.DueDate,
            LastWorkingDay = CaseSummary.Example.LastWorkingDay,
            AtRisk = CaseSummary.Example.AtRisk,
            Version = CaseSummary.Example.Version,
            SubmitterName = CaseSummary.Example.SubmitterName,
            SubmitterTitle = CaseSummary.Example.SubmitterTitle,
            Organisation = CaseSummary.Example.Organisation,
            Area = CaseSummary.Example.Area,
            Assignee = AssignCase.Command.Example.Assignee,
            Task = AssignCase.Command.Example.Task,
            ResponsibleHead = AssignCase.Command.Example.ResponsibleHead,
            ExpectedResult = AssignCase.Command.Example.ExpectedResult,
            Authority = AssignCase.Command.Example.Authority,
            History =
            [
                new HistoryEntry { At = GetPetition.PetitionDetail.Example.SubmittedAt, Actor = "seed", ActorName = null, Action = CaseAction.Submit, To = CaseStatus.Received },
                new HistoryEntry
                {
                    At = GetPetition.PetitionDetail.Example.SubmittedAt.AddDays(3),
                    Actor = "dispatcher",
                    ActorName = "Văn phòng HĐND và UBND",
                    Action = CaseAction.Assign,
                    From = CaseStatus.Received,
                    To = CaseStatus.Assigned,
                },
            ],
        };
    }

    public sealed record DepartmentRef(long Id, string Name);

    public sealed record ReplyRef
    {
        public long Id { get; init; }

        public ReplyStatus Status { get; init; }

        /// <summary>Registered or sent: the petitioner has it (<see cref="ReplyLifecycle.Out"/>).</summary>
        public bool IsOut => ReplyLifecycle.IsOut(Status);

        public int? Number { get; init; }

        public DateOnly? IssuedOn { get; init; }
    }

    /// <summary>One event: who did what, when, and the status before and after.</summary>
    public sealed record HistoryEntry
    {
        public DateTimeOffset At { get; init; }

        /// <summary>The acting user's username.</summary>
        public string Actor { get; init; } = "";

        /// <summary>The acting user's display name; null when the actor is no user (the seeds).</summary>
        public string? ActorName { get; init; }

        public CaseAction Action { get; init; }

        public CaseStatus? From { get; init; }

        public CaseStatus To { get; init; }

        public JsonElement? Details { get; init; }
    }

    private sealed record EventRow
    {
        public DateTimeOffset At { get; init; }

        public string Actor { get; init; } = "";

        public string? ActorName { get; init; }

        public CaseAction Action { get; init; }

        public CaseStatus? FromStatus { get; init; }

        public CaseStatus ToStatus { get; init; }

        public string? Details { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, CaseDetail>
    {
        public async Task<CaseDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var detail = await db.QuerySingleOrDefault<CaseDetail>(
                $"""
                SELECT {CaseSummary.Columns},
                       c.assignee AS Assignee, c.task AS Task, c.responsible_head AS ResponsibleHead,
                       c.expected_result AS ExpectedResult, c.authority AS Authority, c.result AS Result,
                       c.referred_to AS ReferredTo, c.referral_letter AS ReferralLetter,
                       c.rating AS Rating, c.rating_comment AS RatingComment, c.rated_at AS RatedAt
                {CaseSummary.From}
                WHERE c.id = @Id AND {context.CaseScope()}
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Case", query.Id);

            var replies = await db.Query<ReplyRef>(
                $"""
                SELECT r.id AS Id, r.status AS Status, r.number AS Number, r.issued_on AS IssuedOn
                FROM reply_cases rc JOIN replies r ON r.id = rc.reply_id
                WHERE rc.case_id = @Id{context.OutRepliesOnly()} ORDER BY r.id
                """,
                parameters,
                cancellationToken);

            var supporting = await db.Query<DepartmentRef>(
                """
                SELECT d.id AS Id, d.short_name AS Name
                FROM case_departments cd JOIN departments d ON d.id = cd.department_id
                WHERE cd.case_id = @Id ORDER BY d.id
                """,
                parameters,
                cancellationToken);

            // Internal notes are for staff: a group leader's history has every other event.
            var staffOnly = context.Role == Role.GroupLeader ? $" AND e.action <> '{CaseAction.Note}'" : "";
            var events = await db.Query<EventRow>(
                $"""
                SELECT e.occurred_at AS At, e.actor AS Actor, {DisplayNames.Of("e.actor")} AS ActorName, e.action AS Action,
                       e.from_status AS FromStatus, e.to_status AS ToStatus, e.details AS Details
                FROM case_events e WHERE e.case_id = @Id{staffOnly} ORDER BY e.id
                """,
                parameters,
                cancellationToken);

            return (CaseDetail)detail.WithDeadline(installation.Calendar, clock.Today) with
            {
                SupportingDepartments = supporting,
                Replies = replies,
                History = [.. events.Select(e => new HistoryEntry
                {
                    At = e.At,
                    Actor = e.Actor,
                    ActorName = e.ActorName,
                    Action = e.Action,
                    From = e.FromStatus,
                    To = e.ToStatus,
                    Details = e.Details is null ? null : JsonDocument.Parse(e.Details).RootElement.Clone(),
                })],
            };
        }
    }
}
