namespace Petitions.Api.Infrastructure.Data;

/// <summary>The one place a petition row is inserted, for a petition submitted alone and for those of a notice.</summary>
public static class PetitionRows
{
    public const string DefaultLeadAgency = "UBND phường";

    public sealed record NewPetition
    {
        public long WardId { get; init; }

        public long SessionId { get; init; }

        public string Name { get; init; } = "";

        public string Title { get; init; } = "";

        public string Organisation { get; init; } = "";

        public string? Area { get; init; }

        public string LeadAgency { get; init; } = DefaultLeadAgency;

        public string? Note { get; init; }

        /// <summary>The notice (session_documents) the petition was read from, if any.</summary>
        public long? NoticeId { get; init; }

        public DateTimeOffset At { get; init; }

        public string Actor { get; init; } = "";

        public string? IdempotencyKey { get; init; }

        public string? RequestHash { get; init; }
    }

    /// <summary>Numbers the petition next in its session.</summary>
    public static Task<long> InsertPetition(this Db db, NewPetition row, CancellationToken cancellationToken) =>
        db.Insert(
            """
            INSERT INTO petitions (ward_id, session_id, number, submitter_name, submitter_title, organisation, area,
                                   lead_agency, note, notice_id, submitted_at, submitted_by, idempotency_key, request_hash)
            VALUES (@WardId, @SessionId,
                    (SELECT COALESCE(MAX(number), 0) + 1 FROM petitions WHERE session_id = @SessionId),
                    @Name, @Title, @Organisation, @Area, @LeadAgency, @Note, @NoticeId, @At, @Actor, @IdempotencyKey, @RequestHash)
            """,
            row,
            cancellationToken);
}
