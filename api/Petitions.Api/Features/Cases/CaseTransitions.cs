using Dapper;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Cases;

/// <summary>What every case command answers: the case's new status and version (also sent as its ETag).</summary>
public sealed record CaseChange(long Id, CaseStatus Status, int Version)
{
    public static CaseChange Example { get; } = new(1, CaseStatus.Assigned, 2);
}

/// <summary>
/// The one way a case changes: load it within the caller's ward, check <c>If-Match</c>, ask the lifecycle, update
/// guarded by the version read, and append the event. Runs inside the command's transaction.
/// </summary>
public sealed class CaseTransitions(Db db, RequestContext context, Clock clock)
{
    /// <summary>An officer of a supporting department reads the case and writes notes; only the lead department works it.</summary>
    public static readonly ProblemCode LeadDepartmentOnly = new("leadDepartmentOnly");

    public sealed record CurrentCase
    {
        public long Id { get; init; }

        public CaseStatus Status { get; init; }

        public int Version { get; init; }

        public long PetitionId { get; init; }

        public long? DepartmentId { get; init; }

        public DateOnly? RepliedOn { get; init; }

        /// <summary>The reply deadline of the case's session, from which a default due date is worked out.</summary>
        public DateOnly SessionDeadline { get; init; }
    }

    public async Task<CurrentCase> Load(long caseId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefault<CurrentCase>(
            $"""
            SELECT c.id AS Id, c.status AS Status, c.version AS Version, c.petition_id AS PetitionId, c.department_id AS DepartmentId,
                   c.replied_on AS RepliedOn, s.reply_deadline AS SessionDeadline
            FROM cases c JOIN petitions p ON p.id = c.petition_id JOIN sessions s ON s.id = c.session_id
            WHERE c.id = @Id AND {context.CaseScope()}
            """,
            context.Scoped(new { Id = caseId }),
            cancellationToken)
        ?? throw new NotFoundException("Case", caseId);

    /// <param name="details">What the action recorded, kept in the case's history.</param>
    /// <param name="columns">What the action writes on the case besides its status and version; null for nothing.</param>
    public async Task<CaseChange> Apply(
        CurrentCase current,
        int? expectedVersion,
        CaseAction action,
        object? details,
        CancellationToken cancellationToken,
        CaseColumns? columns = null)
    {
        if (expectedVersion is not null && expectedVersion != current.Version)
        {
            throw ConflictException.StaleVersion("Case", current.Id, expectedVersion.Value, current.Version);
        }

        if (context.Role == Role.DepartmentOfficer && current.DepartmentId != context.DepartmentId && action is not (CaseAction.Note or CaseAction.Progress))
        {
            throw new ForbiddenException(
                LeadDepartmentOnly,
                $"Case {current.Id} is led by another department; a supporting department may only add notes.",
                new { caseId = current.Id });
        }

        var next = CaseLifecycle.Next(current.Status, action);
        var now = clock.Now;
        var parameters = new DynamicParameters(columns);
        parameters.AddDynamicParams(new { current.Id, current.Version, To = next.ToString(), Now = now });

        var updated = await db.Execute(
            $"""
            UPDATE cases SET status = @To, version = version + 1, updated_at = @Now{CaseColumns.Set(columns)}
            WHERE id = @Id AND version = @Version
            """,
            parameters,
            cancellationToken);
        if (updated == 0)
        {
            var latest = await Load(current.Id, cancellationToken);
            throw ConflictException.StaleVersion("Case", current.Id, current.Version, latest.Version);
        }

        // A new lead stops being one of the case's supporting departments; back in triage the case has none.
        var support = columns switch
        {
            CaseColumns.Assignment assignment => ("DELETE FROM case_departments WHERE case_id = @Id AND department_id = @DepartmentId", assignment.DepartmentId),
            CaseColumns.Unassignment => ("DELETE FROM case_departments WHERE case_id = @Id", 0L),
            _ => default((string Sql, long DepartmentId)?),
        };
        if (support is var (sql, departmentId))
        {
            await db.Execute(sql, new { current.Id, DepartmentId = departmentId }, cancellationToken);
        }

        await db.AppendEvent(current.Id, now, context.Actor, action, current.Status, next, details, cancellationToken);
        return new CaseChange(current.Id, next, current.Version + 1);
    }

    public async Task<CaseChange> Apply(
        long caseId,
        int? expectedVersion,
        CaseAction action,
        object? details,
        CancellationToken cancellationToken,
        CaseColumns? columns = null) =>
        await Apply(await Load(caseId, cancellationToken), expectedVersion, action, details, cancellationToken, columns);
}

/// <summary>
/// What an action writes on a case besides its status and version, one record per kind of change; the columns each
/// one sets are named here only.
/// </summary>
public abstract record CaseColumns
{
    private CaseColumns()
    {
    }

    /// <summary>The "six clears" of an assignment, the due date given or worked out by the default rule.</summary>
    public sealed record Assignment(long DepartmentId, string Assignee, string Task, DateOnly DueDate, string ResponsibleHead, string ExpectedResult, string Authority) : CaseColumns;

    public sealed record Resolution(string Result) : CaseColumns;

    public sealed record Referral(string Agency, string ReferralLetter) : CaseColumns;

    /// <summary>Back in triage the case belongs to no department and has no assignment.</summary>
    public sealed record Unassignment : CaseColumns;

    public sealed record Reply(DateOnly RepliedOn) : CaseColumns;

    /// <summary>A reopened case waits for a new reply, by a new due date.</summary>
    public sealed record ReplyWithdrawn(DateOnly DueDate) : CaseColumns;

    /// <summary>
    /// What the case says after a correction: its wording, category and location (and the search text made of them);
    /// a new default department to suggest while the case waits in triage, or null to keep the suggestion.
    /// </summary>
    public sealed record Correction(string Text, string Category, string? Location, string SearchText, long? SuggestedDepartmentId) : CaseColumns;

    /// <summary>Declined as not the ward's to handle: the reason, and the day it was given (the item's answer).</summary>
    public sealed record Refusal(string RefusalReason, DateOnly RepliedOn) : CaseColumns;

    /// <summary>The group leader accepted the reply with a rating (1 to 5) and perhaps a comment.</summary>
    public sealed record Acceptance(int Rating, string? RatingComment, DateTimeOffset RatedAt) : CaseColumns;

    /// <summary>The assignments after <c>updated_at = @Now</c>, reading their values from the record's properties.</summary>
    public static string Set(CaseColumns? columns) => columns switch
    {
        null => "",
        Assignment => """
            , department_id = @DepartmentId, assignee = @Assignee, task = @Task, responsible_head = @ResponsibleHead,
              expected_result = @ExpectedResult, authority = @Authority, due_date = @DueDate
            """,
        Resolution => ", result = @Result",
        Referral => ", referred_to = @Agency, referral_letter = @ReferralLetter",
        Unassignment => """
            , department_id = NULL, assignee = NULL, task = NULL, responsible_head = NULL, expected_result = NULL,
              authority = NULL
            """,
        Reply => ", replied_on = @RepliedOn",
        ReplyWithdrawn => ", replied_on = NULL, due_date = @DueDate",
        Correction => """
            , text = @Text, category = @Category, location = @Location, search_text = @SearchText,
              suggested_department_id = COALESCE(@SuggestedDepartmentId, suggested_department_id)
            """,
        Refusal => ", refusal_reason = @RefusalReason, replied_on = @RepliedOn",
        Acceptance => ", rating = @Rating, rating_comment = @RatingComment, rated_at = @RatedAt",
        _ => throw new ArgumentOutOfRangeException(nameof(columns), columns.GetType().Name, "No columns are mapped for this change."),
    };
}
