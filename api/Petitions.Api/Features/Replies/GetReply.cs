using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Cases;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Replies;

public static class GetReply
{
    [AllowedForEveryRole]
    public sealed record Query(long Id) : IQuery<ReplyDetail>;

    public sealed record ReplyDetail
    {
        public long Id { get; init; }

        public long PetitionId { get; init; }

        public string Organisation { get; init; } = "";

        public string Subject { get; init; } = "";

        public string Body { get; init; } = "";

        /// <summary>Draft or Issued.</summary>
        public string Status { get; init; } = "";

        public int? Number { get; init; }

        public int? Year { get; init; }

        public DateOnly? IssuedOn { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        /// <summary>The drafter's username.</summary>
        public string CreatedBy { get; init; } = "";

        /// <summary>The drafter's display name; null when they are no user.</summary>
        public string? CreatedByName { get; init; }

        public IReadOnlyList<CoveredCase> Cases { get; init; } = [];

        public static ReplyDetail Example { get; } = new()
        {
            Id = 1,
            PetitionId = 1,
            Organisation = "TDP số 19",
            Subject = "Trả lời kiến nghị của TDP số 19",
            Status = "Issued",
            Number = 12,
            Year = 2026,
            IssuedOn = new DateOnly(2026, 4, 16),
            CreatedAt = GetPetition.PetitionDetail.Example.SubmittedAt.AddDays(5),
            CreatedBy = "dispatcher",
            CreatedByName = "Văn phòng HĐND và UBND",
            Cases =
            [
                new CoveredCase
                {
                    Id = 1,
                    Text = CaseSummary.Example.Text,
                    Status = CaseStatus.Replied,
                    DepartmentName = "KT-HT-ĐT",
                    Result = ResolveCase.Command.Example.Result,
                },
            ],
        };
    }

    public sealed record CoveredCase
    {
        public long Id { get; init; }

        public string Text { get; init; } = "";

        public CaseStatus Status { get; init; }

        public string? DepartmentName { get; init; }

        public string? Result { get; init; }

        public string? ReferredTo { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, ReplyDetail>
    {
        public async Task<ReplyDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var reply = await db.QuerySingleOrDefault<ReplyDetail>(
                $"""
                SELECT r.id AS Id, r.petition_id AS PetitionId, p.organisation AS Organisation, r.subject AS Subject,
                       r.body AS Body, r.status AS Status, r.number AS Number, r.year AS Year, r.issued_on AS IssuedOn,
                       r.created_at AS CreatedAt, r.created_by AS CreatedBy, {DisplayNames.Of("r.created_by")} AS CreatedByName
                FROM replies r JOIN petitions p ON p.id = r.petition_id
                WHERE r.id = @Id AND {context.ReplyScope()}
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Reply", query.Id);

            var cases = await db.Query<CoveredCase>(
                """
                SELECT c.id AS Id, c.text AS Text, c.status AS Status, d.short_name AS DepartmentName, c.result AS Result,
                       c.referred_to AS ReferredTo
                FROM reply_cases rc
                JOIN cases c ON c.id = rc.case_id
                LEFT JOIN departments d ON d.id = c.department_id
                WHERE rc.reply_id = @Id ORDER BY c.item_number
                """,
                parameters,
                cancellationToken);
            return reply with { Cases = cases };
        }
    }
}
