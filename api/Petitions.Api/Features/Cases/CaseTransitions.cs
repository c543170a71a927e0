using System.Text.Json;
using Dapper;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>What every case command answers: the case's new status and version (also sent as its ETag).</summary>
public sealed record CaseChange(long Id, CaseStatus Status, int Version);

/// <summary>
/// The one way a case changes: load it within the caller's ward, check <c>If-Match</c>, ask the lifecycle, update
/// guarded by the version read, and append the event. Runs inside the command's transaction.
/// </summary>
public sealed class CaseTransitions(Db db, RequestContext context, Clock clock)
{
    public sealed record CurrentCase
    {
        public long Id { get; init; }

        public CaseStatus Status { get; init; }

        public int Version { get; init; }

        public long PetitionId { get; init; }

        public DateOnly? RepliedOn { get; init; }
    }

    public async Task<CurrentCase> Load(long caseId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefault<CurrentCase>(
            $"""
            SELECT c.id AS Id, c.status AS Status, c.version AS Version, c.petition_id AS PetitionId, c.replied_on AS RepliedOn
            FROM cases c JOIN petitions p ON p.id = c.petition_id
            WHERE c.id = @Id AND {context.CaseScope()}
            """,
            context.Scoped(new { Id = caseId }),
            cancellationToken)
        ?? throw new NotFoundException("Case", caseId);

    /// <param name="setColumns">Extra assignments for the UPDATE, written by the handler; values come from <paramref name="values"/>.</param>
    public async Task<CaseChange> Apply(
        CurrentCase current,
        int? expectedVersion,
        CaseAction action,
        object? details,
        CancellationToken cancellationToken,
        string? setColumns = null,
        object? values = null)
    {
        if (expectedVersion is not null && expectedVersion != current.Version)
        {
            throw ConflictException.StaleVersion("Case", current.Id, expectedVersion.Value, current.Version);
        }

        var next = CaseLifecycle.Next(current.Status, action);
        var now = clock.Now;
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { current.Id, current.Version, To = next.ToString(), Now = now });

        var updated = await db.Execute(
            $"""
            UPDATE cases SET status = @To, version = version + 1, updated_at = @Now{(setColumns is null ? "" : ", " + setColumns)}
            WHERE id = @Id AND version = @Version
            """,
            parameters,
            cancellationToken);
        if (updated == 0)
        {
            var latest = await Load(current.Id, cancellationToken);
            throw ConflictException.StaleVersion("Case", current.Id, current.Version, latest.Version);
        }

        await db.Execute(
            """
            INSERT INTO case_events (case_id, occurred_at, actor, action, from_status, to_status, details)
            VALUES (@CaseId, @At, @Actor, @Action, @From, @To, @Details)
            """,
            new
            {
                CaseId = current.Id,
                At = now,
                context.Actor,
                Action = action.ToString(),
                From = current.Status.ToString(),
                To = next.ToString(),
                Details = details is null ? null : JsonSerializer.Serialize(details, EventJson),
            },
            cancellationToken);

        return new CaseChange(current.Id, next, current.Version + 1);
    }

    public async Task<CaseChange> Apply(
        long caseId,
        int? expectedVersion,
        CaseAction action,
        object? details,
        CancellationToken cancellationToken,
        string? setColumns = null,
        object? values = null) =>
        await Apply(await Load(caseId, cancellationToken), expectedVersion, action, details, cancellationToken, setColumns, values);

    private static readonly JsonSerializerOptions EventJson = CreateEventJson();

    private static JsonSerializerOptions CreateEventJson()
    {
        var options = new JsonSerializerOptions();
        Json.Configure(options);
        return options;
    }
}
