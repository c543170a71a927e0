using System.Text.Json;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// The one place a case row is inserted and the one place an event is appended to a case's history, for intake,
/// the seeds and every transition alike; appending an event also tells whom it concerns.
/// </summary>
public static class CaseRows
{
    /// <summary>How every history's details are written (a case's and a reply's).</summary>
    public static readonly JsonSerializerOptions EventJson = CreateEventJson();

    /// <summary>A case as intake creates it: Received, version 1, due on its session's reply deadline.</summary>
    public sealed record NewCase
    {
        public long WardId { get; init; }

        public long SessionId { get; init; }

        public long PetitionId { get; init; }

        public int ItemNumber { get; init; }

        public string Text { get; init; } = "";

        public Category Category { get; init; }

        public string? Location { get; init; }

        /// <summary>Null: the category's default department in the ward, if it has one.</summary>
        public long? SuggestedDepartmentId { get; init; }

        public DateOnly DueDate { get; init; }

        /// <summary>The petition's submitter and organisation, folded into the case's search text with its own words.</summary>
        public string SubmitterName { get; init; } = "";

        public string Organisation { get; init; } = "";

        public DateTimeOffset At { get; init; }
    }

    public static Task<long> InsertCase(this Db db, NewCase row, CancellationToken cancellationToken) =>
        db.Insert(
            """
            INSERT INTO cases (ward_id, session_id, petition_id, item_number, text, category, location, status,
                               suggested_department_id, due_date, search_text, version, created_at, updated_at)
            VALUES (@WardId, @SessionId, @PetitionId, @ItemNumber, @Text, @Category, @Location, 'Received',
                    COALESCE(@SuggestedDepartmentId, (SELECT department_id FROM category_departments WHERE ward_id = @WardId AND category = @Category)),
                    @DueDate, @SearchText, 1, @At, @At)
            """,
            new
            {
                row.WardId,
                row.SessionId,
                row.PetitionId,
                row.ItemNumber,
                row.Text,
                Category = row.Category.ToString(),
                row.Location,
                row.SuggestedDepartmentId,
                row.DueDate,
                SearchText = TextSearch.Index(row.Text, row.Location, row.SubmitterName, row.Organisation),
                row.At,
            },
            cancellationToken);

    /// <param name="details">What the action recorded, kept as JSON in the history; null for none.</param>
    public static async Task AppendEvent(
        this Db db,
        long caseId,
        DateTimeOffset at,
        string actor,
        CaseAction action,
        CaseStatus? from,
        CaseStatus to,
        object? details,
        CancellationToken cancellationToken)
    {
        await db.Execute(
            """
            INSERT INTO case_events (case_id, occurred_at, actor, action, from_status, to_status, details)
            VALUES (@CaseId, @At, @Actor, @Action, @From, @To, @Details)
            """,
            new
            {
                CaseId = caseId,
                At = at,
                Actor = actor,
                Action = action.ToString(),
                From = from?.ToString(),
                To = to.ToString(),
                Details = details is null ? null : JsonSerializer.Serialize(details, EventJson),
            },
            cancellationToken);

        // Who is told about it is decided by the event, in the same transaction (Domain/Notifications.cs).
        await db.NotifyCaseEvent(caseId, at, actor, action, cancellationToken);
    }

    private static JsonSerializerOptions CreateEventJson()
    {
        var options = new JsonSerializerOptions();
        Json.Configure(options);
        return options;
    }
}
