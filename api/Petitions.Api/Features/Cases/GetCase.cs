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

        /// <summary>Why the ward declined the case as not its to handle (status Refused); null otherwise.</summary>
        public string? RefusalReason { get; init; }

        /// <summary>The case as submitted, once anything of it was corrected; null while it is as submitted.</summary>
        public Original? Original { get; init; }

        /// <summary>Every correction, oldest first: field, before, after, reason, who and when.</summary>
        public IReadOnlyList<Correction> Corrections { get; init; } = [];

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

    /// <summary>Wording, category and location as the petition gave them (a field never corrected: as it is now).</summary>
    public sealed record Original
    {
        public string Text { get; init; } = "";

        public Category Category { get; init; }

        public string? Location { get; init; }

        /// <summary>The fields that differ from the original through a correction.</summary>
        public IReadOnlyList<CorrectedField> Corrected { get; init; } = [];
    }

    public sealed record Correction
    {
        public CorrectedField Field { get; init; }

        public string? Before { get; init; }

        public string? After { get; init; }

        public string Reason { get; init; } = "";

        public string Actor { get; init; } = "";

        public string? ActorName { get; init; }

        public DateTimeOffset At { get; init; }
    }

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
        private static List<Correction> CorrectionsIn(IReadOnlyList<HistoryEntry> history) =>
        [
            .. history
                .Where(e => e.Action == CaseAction.Correct && e.Details is { ValueKind: JsonValueKind.Object })
                .SelectMany(IEnumerable<Correction> (e) =>
                {
                    var details = e.Details!.Value;
                    var reason = details.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : "";
                    if (!details.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
                    {
                        return [];
                    }

                    return changes.EnumerateArray().Select(change => new Correction
                    {
                        Field = Enum.Parse<CorrectedField>(change.GetProperty("field").GetString()!),
                        Before = change.GetProperty("before").GetString(),
                        After = change.GetProperty("after").GetString(),
                        Reason = reason,
                        Actor = e.Actor,
                        ActorName = e.ActorName,
                        At = e.At,
                    });
                }),
        ];

        /// <summary>A field's original is the "before" of its first correction; the others are as they are now.</summary>
        private static Original? OriginalOf(CaseDetail current, IReadOnlyList<Correction> corrections)
        {
            if (corrections.Count == 0)
            {
                return null;
            }

            string? First(CorrectedField field, string? now) =>
                corrections.FirstOrDefault(c => c.Field == field) is { } c ? c.Before : now;
            var original = new Original
            {
                Text = First(CorrectedField.Text, current.Text) ?? "",
                Category = Enum.Parse<Category>(First(CorrectedField.Category, current.Category.ToString())!),
                Location = First(CorrectedField.Location, current.Location),
            };
            return original with
            {
                Corrected = [.. new[]
                {
                    (CorrectedField.Text, original.Text != current.Text),
                    (CorrectedField.Category, original.Category != current.Category),
                    (CorrectedField.Location, original.Location != current.Location),
                }.Where(f => f.Item2).Select(f => f.Item1)],
            };
        }

        public async Task<CaseDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var detail = await db.QuerySingleOrDefault<CaseDetail>(
                $"""
                SELECT {CaseSummary.Columns},
                       c.assignee AS Assignee, c.task AS Task, c.responsible_head AS ResponsibleHead,
                       c.expected_result AS ExpectedResult, c.authority AS Authority, c.result AS Result,
                       c.referred_to AS ReferredTo, c.referral_letter AS ReferralLetter, c.refusal_reason AS RefusalReason,
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

            IReadOnlyList<HistoryEntry> history = [.. events.Select(e => new HistoryEntry
            {
                At = e.At,
                Actor = e.Actor,
                ActorName = e.ActorName,
                Action = e.Action,
                From = e.FromStatus,
                To = e.ToStatus,
                Details = e.Details is null ? null : JsonDocument.Parse(e.Details).RootElement.Clone(),
            })];
            // The corrections are read from their events, already here (case_corrections holds the same, one row a
            // field, for whoever audits them): no query more for the case page.
            var corrections = CorrectionsIn(history);
            return (CaseDetail)detail.WithDeadline(installation.Calendar, clock.Today) with
            {
                SupportingDepartments = supporting,
                Original = OriginalOf(detail, corrections),
                Corrections = corrections,
                Replies = replies,
                History = history,
            };
        }
    }
}
