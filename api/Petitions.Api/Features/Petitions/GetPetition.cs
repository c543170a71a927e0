using MediatR;
using Petitions.Api.Features.Cases;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Petitions;

public static class GetPetition
{
    [AllowedForEveryRole]
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

        public static PetitionDetail Example { get; } = new()
        {
            Id = 1,
            SessionId = 1,
            Number = 1,
            SubmitterName = "Nguyễn Bảo Bình",
            SubmitterTitle = "Tổ trưởng TDP số 19",
            Organisation = "TDP số 19",
            Area = "Trung Hòa",
            LeadAgency = "UBND phường",
            SubmittedAt = new DateTimeOffset(2026, 4, 10, 17, 0, 0, Clock.VietnamOffset),
            Cases = [CaseSummary.Example],
        };
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, PetitionDetail>
    {
        public async Task<PetitionDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var petition = await db.QuerySingleOrDefault<PetitionDetail>(
                $"""
                SELECT p.id AS Id, p.session_id AS SessionId, p.number AS Number, p.submitter_name AS SubmitterName,
                       p.submitter_title AS SubmitterTitle, p.organisation AS Organisation, p.area AS Area,
                       p.lead_agency AS LeadAgency, p.submitted_at AS SubmittedAt
                FROM petitions p WHERE p.id = @Id AND {context.PetitionScope()}
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Petition", query.Id);

            var cases = await db.Query<CaseSummary>(
                CaseSummary.Select + $" WHERE c.petition_id = @Id AND {context.CaseScope()} ORDER BY c.item_number",
                parameters,
                cancellationToken);
            var today = clock.Today;
            return petition with { Cases = [.. cases.Select(c => c.WithDeadline(installation.Calendar, today))] };
        }
    }
}
