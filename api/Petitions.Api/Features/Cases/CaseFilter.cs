using System.Text;
using Dapper;
using FluentValidation;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// The filters a case list and its counts share (<see cref="ListCases"/>, <see cref="CountCases"/>, the export), all
/// in the query string. They combine: a case is listed when it passes every filter given.
/// </summary>
public interface ICaseFilter
{
    CaseStatus? Status { get; }

    long? DepartmentId { get; }

    Category? Category { get; }

    long? SessionId { get; }

    bool? Overdue { get; }

    /// <summary>True: awaiting a reply, not yet overdue and within <see cref="CaseDeadline.AtRiskWorkingDays"/> working days of its last working day (the case's own <c>atRisk</c>).</summary>
    bool? AtRisk { get; }

    /// <summary>The submitting residential group or Party cell, exactly as the petition names it ("TDP số 19").</summary>
    string? Organisation { get; }

    /// <summary>Submitted on or after this day (Vietnam time).</summary>
    DateOnly? SubmittedFrom { get; }

    /// <summary>Submitted on or before this day (Vietnam time).</summary>
    DateOnly? SubmittedTo { get; }

    /// <summary>The cases <c>GET /api/escalations</c> lists under this reason (closed cases are never escalated).</summary>
    EscalationReason? EscalationReason { get; }

    string? Q { get; }
}

/// <summary>The rules every <see cref="ICaseFilter"/> follows, and the SQL it adds to a query of cases <c>c</c> joined with their petition <c>p</c>.</summary>
public static class CaseFilter
{
    public const int MaxOrganisation = 200;

    public sealed class Rules : AbstractValidator<ICaseFilter>
    {
        public Rules()
        {
            RuleFor(q => q.Q).MaximumLength(200)
                .WithMessage("q must be at most 200 characters.").WithErrorCode("cases.q.tooLong");
            RuleFor(q => q.Organisation).MaximumLength(MaxOrganisation)
                .WithMessage($"organisation must be at most {MaxOrganisation} characters.").WithErrorCode("cases.organisation.tooLong");
            RuleFor(q => q.SubmittedTo).Must((q, to) => q.SubmittedFrom is null || to is null || to >= q.SubmittedFrom)
                .WithMessage(q => $"submittedTo ({q.SubmittedTo:yyyy-MM-dd}) is before submittedFrom ({q.SubmittedFrom:yyyy-MM-dd}).")
                .WithErrorCode("cases.submittedTo.beforeFrom")
                .WithState(q => new { from = q.SubmittedFrom, to = q.SubmittedTo });
        }
    }

    /// <summary>The WHERE clause (after the caller's scope) and its parameters. Only fixed fragments are appended; every value is a parameter.</summary>
    public static async Task<(StringBuilder Where, DynamicParameters Parameters)> Where(
        ICaseFilter filter,
        Db db,
        RequestContext context,
        WorkingCalendar calendar,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(context.CaseScope());
        var pattern = SearchPattern(filter.Q);
        var parameters = context.Scoped(new
        {
            Status = filter.Status?.ToString(),
            filter.DepartmentId,
            Category = filter.Category?.ToString(),
            filter.SessionId,
            Today = today,
            AtRiskUntil = CaseDeadline.AtRiskUntil(today, calendar),
            filter.Organisation,
            SubmittedFrom = filter.SubmittedFrom is { } from ? StartOf(from) : (DateTimeOffset?)null,
            SubmittedBefore = filter.SubmittedTo is { } to ? StartOf(to.AddDays(1)) : (DateTimeOffset?)null,
            Pattern = pattern,
        });

        if (filter.Status is not null)
        {
            sql.Append(" AND c.status = @Status");
        }

        if (filter.DepartmentId is not null)
        {
            sql.Append(" AND c.department_id = @DepartmentId");
        }

        if (filter.Category is not null)
        {
            sql.Append(" AND c.category = @Category");
        }

        if (filter.SessionId is not null)
        {
            sql.Append(" AND c.session_id = @SessionId");
        }

        sql.Append(filter.Overdue switch
        {
            true => " AND " + OverdueSql,
            false => " AND NOT (" + OverdueSql + ")",
            null => "",
        });
        sql.Append(filter.AtRisk switch
        {
            true => " AND " + AtRiskSql,
            false => " AND NOT (" + AtRiskSql + ")",
            null => "",
        });

        if (filter.Organisation is not null)
        {
            sql.Append(" AND p.organisation = @Organisation");
        }

        // created_at is written in Vietnam time (+07:00) everywhere, so the day's bounds compare on both engines.
        if (filter.SubmittedFrom is not null)
        {
            sql.Append(" AND c.created_at >= @SubmittedFrom");
        }

        if (filter.SubmittedTo is not null)
        {
            sql.Append(" AND c.created_at < @SubmittedBefore");
        }

        if (filter.EscalationReason is { } reason)
        {
            sql.Append(" AND c.status <> 'Closed' AND ").Append(await Escalated(reason, db, context, parameters, cancellationToken));
        }

        if (pattern is not null)
        {
            sql.Append(" AND c.search_text LIKE @Pattern ESCAPE '\\'");
        }

        return (sql, parameters);
    }

    private const string OverdueSql = "c.replied_on IS NULL AND c.due_date <= @Today";

    /// <summary>Awaiting a reply and due after today but no later than <see cref="CaseDeadline.AtRiskUntil"/>: what <see cref="CaseDeadline.For"/> calls at risk.</summary>
    private const string AtRiskSql = "c.replied_on IS NULL AND c.due_date > @Today AND c.due_date <= @AtRiskUntil";

    /// <summary>The condition of <see cref="Escalation.Reasons"/> for one reason, as SQL.</summary>
    private static async Task<string> Escalated(EscalationReason reason, Db db, RequestContext context, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        switch (reason)
        {
            case Domain.EscalationReason.Overdue:
                return "(" + OverdueSql + ")";
            case Domain.EscalationReason.RepliedLate:
                return "(c.replied_on IS NOT NULL AND c.replied_on >= c.due_date)";
            case Domain.EscalationReason.AtRisk:
                return "(" + AtRiskSql + ")";
            case Domain.EscalationReason.BeyondAuthority:
                return "c.referred_to IS NOT NULL";
            default:
                // Newly arising: entered from the second day after its session's meeting on (Vietnam time). A ward holds a
                // few sessions a year, so each one's first such moment travels as a parameter.
                var sessions = await db.Query<HeldSession>(
                    $"SELECT s.id AS Id, s.held_on AS HeldOn FROM sessions s WHERE {context.WardScope("s")} ORDER BY s.id",
                    context.Scoped(),
                    cancellationToken);
                if (sessions.Count == 0)
                {
                    return "1 = 0";
                }

                var any = new List<string>();
                for (var i = 0; i < sessions.Count; i++)
                {
                    parameters.Add($"Session{i}", sessions[i].Id);
                    parameters.Add($"ArisingFrom{i}", StartOf(sessions[i].HeldOn.AddDays(Escalation.DaysAfterMeetingStillRaisedAtIt + 1)));
                    any.Add($"(c.session_id = @Session{i} AND c.created_at >= @ArisingFrom{i})");
                }

                return "(" + string.Join(" OR ", any) + ")";
        }
    }

    private sealed record HeldSession
    {
        public long Id { get; init; }

        public DateOnly HeldOn { get; init; }
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Escalation.VietnamOffset);

    private static string? SearchPattern(string? q)
    {
        var folded = TextSearch.Fold(q);
        if (folded.Length == 0)
        {
            return null;
        }

        var escaped = folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return $"%{escaped}%";
    }
}
