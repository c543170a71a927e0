using MediatR;
using Petitions.Api.Features.Cases;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Petitions;

public static class GetPetition
{
    public sealed record Query(long Id) : IQuery<PetitionDetail>;

    public sealed record PetitionDetail
    {
        public long Id { get; init; }

        public long SessionId { get; init; }

        /// <summary>The petition's STT within its session.</summary>
        public int Number { get; init; }

        public string SubmitterName { get; init; } = "";

        public string SubmitterTitle { get; init; } = "";

        public string Organisation { get; init; } = "";

        public string? Area { get; init; }

        /// <summary>Cơ quan chủ trì: "UBND phường" for every appendix row.</summary>
        public string LeadAgency { get; init; } = "";

        public DateTimeOffset SubmittedAt { get; init; }

        public IReadOnlyList<CaseSummary> Cases { get; init; } = [];
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, PetitionDetail>
    {
        public async Task<PetitionDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = new { query.Id, context.WardId };
            var petition = await db.QuerySingleOrDefault<PetitionDetail>(
                """
                SELECT id AS Id, session_id AS SessionId, number AS Number, submitter_name AS SubmitterName,
                       submitter_title AS SubmitterTitle, organisation AS Organisation, area AS Area,
                       lead_agency AS LeadAgency, submitted_at AS SubmittedAt
                FROM petitions WHERE id = @Id AND ward_id = @WardId
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Petition", query.Id);

            var cases = await db.Query<CaseSummary>(
                CaseSummary.Select + " WHERE c.petition_id = @Id AND c.ward_id = @WardId ORDER BY c.item_number",
                parameters,
                cancellationToken);
            var today = clock.Today;
            return petition with { Cases = [.. cases.Select(c => c.WithDeadline(installation.Calendar, today))] };
        }
    }
}
