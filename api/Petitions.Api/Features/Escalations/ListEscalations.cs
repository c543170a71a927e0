using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Escalations;

/// <summary>
/// What the overseers (HĐND, UBMTTQ, Ủy ban Kiểm tra) are to report under section 5 of the notice: the ward's open
/// cases that are overdue, replied late, at risk, referred beyond the ward's authority or newly arising, each with
/// its reasons. Closed cases (the petitioner accepted the reply) are left out.
/// </summary>
public static class ListEscalations
{
    [AllowedFor(Role.Dispatcher, Role.PartyOffice, Role.Overseer, Role.Admin)]
    public sealed record Query : IQuery<IReadOnlyList<EscalatedCase>>;

    public sealed record EscalatedCase
    {
        public long CaseId { get; init; }

        public long PetitionId { get; init; }

        public long SessionId { get; init; }

        public string SessionTitle { get; init; } = "";

        /// <summary>The petition's STT in its session.</summary>
        public int Stt { get; init; }

        public string Text { get; init; } = "";

        public Category Category { get; init; }

        public CaseStatus Status { get; init; }

        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        public string SubmitterName { get; init; } = "";

        public string Organisation { get; init; } = "";

        public DateOnly DueDate { get; init; }

        public DateOnly LastWorkingDay { get; init; }

        public DateOnly? RepliedOn { get; init; }

        public string? ReferredTo { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateOnly SessionHeldOn { get; init; }

        public IReadOnlyList<EscalationReason> Reasons { get; init; } = [];

        public static EscalatedCase Example { get; } = new()
        {
            CaseId = 6,
            PetitionId = 4,
            SessionId = 1,
            SessionTitle = SessionSummary.Example.Title,
            Stt = 4,
            Text = "Đề nghị giải quyết điểm tập kết rác tại khu vực Vũ Phạm Hàm - Trần Kim Xuyên, gây mất mỹ quan, ô nhiễm môi trường",
            Category = Category.Environment,
            Status = CaseStatus.InProgress,
            DepartmentId = 2,
            DepartmentName = "KT-HT-ĐT",
            SubmitterName = "Lại Ngọc Thuận",
            Organisation = "TDP số 25",
            DueDate = new DateOnly(2026, 4, 20),
            LastWorkingDay = new DateOnly(2026, 4, 17),
            CreatedAt = GetPetition.PetitionDetail.Example.SubmittedAt,
            SessionHeldOn = SessionSummary.Example.HeldOn,
            Reasons = [EscalationReason.AtRisk],
        };
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock)
        : IRequestHandler<Query, IReadOnlyList<EscalatedCase>>
    {
        public async Task<IReadOnlyList<EscalatedCase>> Handle(Query query, CancellationToken cancellationToken)
        {
            // Every open case of the ward in one query; the reasons need the working-day calendar, so they are worked
            // out here rather than in SQL.
            var open = await db.Query<EscalatedCase>(
                $"""
                SELECT c.id AS CaseId, c.petition_id AS PetitionId, c.session_id AS SessionId, s.title AS SessionTitle,
                       p.number AS Stt, c.text AS Text, c.category AS Category, c.status AS Status,
                       c.department_id AS DepartmentId, d.short_name AS DepartmentName, p.submitter_name AS SubmitterName,
                       p.organisation AS Organisation, c.due_date AS DueDate, c.replied_on AS RepliedOn,
                       c.referred_to AS ReferredTo, c.created_at AS CreatedAt, s.held_on AS SessionHeldOn
                FROM cases c
                JOIN petitions p ON p.id = c.petition_id
                JOIN sessions s ON s.id = c.session_id
                LEFT JOIN departments d ON d.id = c.department_id
                WHERE {context.CaseScope()} AND c.status <> 'Closed'
                ORDER BY s.held_on, c.session_id, p.number, c.item_number
                """,
                context.Scoped(),
                cancellationToken);

            var today = clock.Today;
            var calendar = installation.Calendar;
            return [.. open
                .Select(c => c with
                {
                    LastWorkingDay = calendar.LastWorkingDayBefore(c.DueDate),
                    Reasons = Escalation.Reasons(
                        new EscalationFacts(c.Status, c.DueDate, c.RepliedOn, c.ReferredTo is not null, c.CreatedAt, c.SessionHeldOn),
                        today,
                        calendar),
                })
                .Where(c => c.Reasons.Count > 0)];
        }
    }
}
