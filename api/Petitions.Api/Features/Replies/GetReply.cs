using System.Text.Json;
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

        public ReplyStatus Status { get; init; }

        /// <summary>Registered or sent: the petitioner has it (<see cref="ReplyLifecycle.Out"/>).</summary>
        public bool IsOut => ReplyLifecycle.IsOut(Status);

        /// <summary>"Kính gửi:" as the draft words it; null prints the default.</summary>
        public string? Recipient { get; init; }

        public string? Closing { get; init; }

        /// <summary>The "Nơi nhận:" lines as the draft words them; null prints the default.</summary>
        public IReadOnlyList<string>? CopiesTo { get; init; }

        public long? SignerId { get; init; }

        /// <summary>"Nguyễn Văn A – Phó Chủ tịch (KT.)"; null while no signer is chosen.</summary>
        public string? Signer { get; init; }

        public int? Number { get; init; }

        public int? Year { get; init; }

        public DateOnly? IssuedOn { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        /// <summary>The drafter's username.</summary>
        public string CreatedBy { get; init; } = "";

        /// <summary>The drafter's display name; null when they are no user.</summary>
        public string? CreatedByName { get; init; }

        public IReadOnlyList<CoveredCase> Cases { get; init; } = [];

        /// <summary>The letter's steps: who, when, from and to which status, and what they recorded.</summary>
        public IReadOnlyList<Step> History { get; init; } = [];

        public static ReplyDetail Example { get; } = new()
        {
            Id = 1,
            PetitionId = 1,
            Organisation = "TDP số 19",
            Subject = "Trả lời kiến nghị của TDP số 19",
            Status = ReplyStatus.Registered,
            SignerId = 1,
            Signer = "Trần Thị Minh – Phó Chủ tịch",
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

        /// <summary>How the letter words the result; null prints the recorded result.</summary>
        public string? ResultWording { get; init; }
    }

    public sealed record Step
    {
        public DateTimeOffset At { get; init; }

        public string Actor { get; init; } = "";

        /// <summary>The actor's display name, for people to read; null for an actor that is no user.</summary>
        public string? ActorName { get; init; }

        public ReplyAction Action { get; init; }

        public ReplyStatus From { get; init; }

        public ReplyStatus To { get; init; }

        public JsonElement? Details { get; init; }
    }

    private sealed record Row
    {
        public long Id { get; init; }

        public long PetitionId { get; init; }

        public string Organisation { get; init; } = "";

        public string Subject { get; init; } = "";

        public string Body { get; init; } = "";

        public ReplyStatus Status { get; init; }

        public int? Number { get; init; }

        public int? Year { get; init; }

        public DateOnly? IssuedOn { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string CreatedBy { get; init; } = "";

        public string? CreatedByName { get; init; }

        public string? Recipient { get; init; }

        public string? Closing { get; init; }

        public string? CopiesTo { get; init; }

        public long? SignerId { get; init; }

        public string? SignerName { get; init; }

        public string? SignerPosition { get; init; }
    }

    private sealed record StepRow
    {
        public DateTimeOffset At { get; init; }

        public string Actor { get; init; } = "";

        public string? ActorName { get; init; }

        public ReplyAction Action { get; init; }

        public ReplyStatus FromStatus { get; init; }

        public ReplyStatus ToStatus { get; init; }

        public string? Details { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, ReplyDetail>
    {
        public async Task<ReplyDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var reply = await db.QuerySingleOrDefault<Row>(
                $"""
                SELECT r.id AS Id, r.petition_id AS PetitionId, p.organisation AS Organisation, r.subject AS Subject,
                       r.body AS Body, r.status AS Status, r.number AS Number, r.year AS Year, r.issued_on AS IssuedOn,
                       r.created_at AS CreatedAt, r.created_by AS CreatedBy, {DisplayNames.Of("r.created_by")} AS CreatedByName,
                       r.recipient AS Recipient, r.closing AS Closing,
                       r.copies_to AS CopiesTo, r.signer_id AS SignerId, s.name AS SignerName, s.position AS SignerPosition
                FROM replies r JOIN petitions p ON p.id = r.petition_id
                LEFT JOIN signers s ON s.id = r.signer_id
                WHERE r.id = @Id AND {context.ReplyScope()}
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Reply", query.Id);

            var cases = await db.Query<CoveredCase>(
                """
                SELECT c.id AS Id, c.text AS Text, c.status AS Status, d.short_name AS DepartmentName, c.result AS Result,
                       c.referred_to AS ReferredTo, rc.result_wording AS ResultWording
                FROM reply_cases rc
                JOIN cases c ON c.id = rc.case_id
                LEFT JOIN departments d ON d.id = c.department_id
                WHERE rc.reply_id = @Id ORDER BY c.item_number
                """,
                parameters,
                cancellationToken);
            var steps = await db.Query<StepRow>(
                $"""
                SELECT e.occurred_at AS At, e.actor AS Actor, {DisplayNames.Of("e.actor")} AS ActorName, e.action AS Action,
                       e.from_status AS FromStatus, e.to_status AS ToStatus, e.details AS Details
                FROM reply_events e WHERE e.reply_id = @Id ORDER BY e.id
                """,
                parameters,
                cancellationToken);
            return new ReplyDetail
            {
                Id = reply.Id,
                PetitionId = reply.PetitionId,
                Organisation = reply.Organisation,
                Subject = reply.Subject,
                Body = reply.Body,
                Status = reply.Status,
                Number = reply.Number,
                Year = reply.Year,
                IssuedOn = reply.IssuedOn,
                CreatedAt = reply.CreatedAt,
                CreatedBy = reply.CreatedBy,
                CreatedByName = reply.CreatedByName,
                Recipient = reply.Recipient,
                Closing = reply.Closing,
                CopiesTo = reply.CopiesTo?.Split('\n'),
                SignerId = reply.SignerId,
                Signer = reply.SignerName is null ? null : $"{reply.SignerName} – {reply.SignerPosition}",
                Cases = cases,
                History = [.. steps.Select(e => new Step
                {
                    At = e.At,
                    Actor = e.Actor,
                    ActorName = e.ActorName,
                    Action = e.Action,
                    From = e.FromStatus,
                    To = e.ToStatus,
                    Details = e.Details is null ? null : JsonDocument.Parse(e.Details).RootElement.Clone(),
                })],
            };
        }
    }
}
