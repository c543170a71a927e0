using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Attachments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// Everything the written reply (văn bản trả lời) prints: the ward, the reply's number and subject, who it goes to,
/// and for each case it covers what was asked, what was done and by whom. <see cref="ReplyLetter"/> lays it out.
/// </summary>
public static class GetReplyDocument
{
    [AllowedForEveryRole]
    public sealed record Query(long Id) : IQuery<Letter>;

    public sealed record Letter
    {
        public long Id { get; init; }

        /// <summary>"Phường Yên Hòa", from <c>wards.name</c>.</summary>
        public string WardName { get; init; } = "";

        public ReplyStatus Status { get; init; }

        public int? Number { get; init; }

        public int? Year { get; init; }

        public DateOnly? IssuedOn { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string Subject { get; init; } = "";

        public string Body { get; init; } = "";

        public int PetitionNumber { get; init; }

        public string SubmitterName { get; init; } = "";

        public string SubmitterTitle { get; init; } = "";

        public string Organisation { get; init; } = "";

        public string? Area { get; init; }

        public string SessionTitle { get; init; } = "";

        public DateOnly SessionHeldOn { get; init; }

        public IReadOnlyList<CoveredCase> Cases { get; init; } = [];

        /// <summary>"Kính gửi:" as the draft words it; null prints the default.</summary>
        public string? Recipient { get; init; }

        public string? Closing { get; init; }

        /// <summary>The "Nơi nhận:" lines joined by line breaks; null prints the default.</summary>
        public string? CopiesTo { get; init; }

        public string? SignerName { get; init; }

        public string? SignerPosition { get; init; }

        public SigningForm? SignerForm { get; init; }

        /// <summary>Still being worded or with the signer: printed "DỰ THẢO".</summary>
        public bool IsDraft => Status is ReplyStatus.Draft or ReplyStatus.Submitted;

        /// <summary>Registered: it has its number and date.</summary>
        public bool IsNumbered => Number is not null && IssuedOn is not null;

        /// <summary>The files sent with the letter: the departments' photos of the cases it covers.</summary>
        public IReadOnlyList<string> Enclosures { get; init; } = [];
    }

    public sealed record CoveredCase
    {
        public long Id { get; init; }

        public int ItemNumber { get; init; }

        public string Text { get; init; } = "";

        public CaseStatus Status { get; init; }

        /// <summary>The department's full name ("Phòng Kinh tế, Hạ tầng và Đô thị").</summary>
        public string? DepartmentName { get; init; }

        public string? Result { get; init; }

        public string? ReferredTo { get; init; }

        public string? ReferralLetter { get; init; }

        /// <summary>How the letter words the result; null prints the recorded one.</summary>
        public string? ResultWording { get; init; }

        /// <summary>The assignment's six clears (<see cref="SixClears"/>); all null when the case was never routed.</summary>
        public string? Assignee { get; init; }

        public string? Task { get; init; }

        public DateOnly DueDate { get; init; }

        public string? ResponsibleHead { get; init; }

        public string? ExpectedResult { get; init; }

        public string? Authority { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, Letter>
    {
        public async Task<Letter> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var letter = await db.QuerySingleOrDefault<Letter>(
                $"""
                SELECT r.id AS Id, w.name AS WardName, r.status AS Status, r.number AS Number, r.year AS Year,
                       r.issued_on AS IssuedOn, r.created_at AS CreatedAt, r.subject AS Subject, r.body AS Body,
                       p.number AS PetitionNumber, p.submitter_name AS SubmitterName, p.submitter_title AS SubmitterTitle,
                       p.organisation AS Organisation, p.area AS Area, s.title AS SessionTitle, s.held_on AS SessionHeldOn,
                       r.recipient AS Recipient, r.closing AS Closing, r.copies_to AS CopiesTo,
                       sg.name AS SignerName, sg.position AS SignerPosition, sg.form AS SignerForm
                FROM replies r
                LEFT JOIN signers sg ON sg.id = r.signer_id
                JOIN wards w ON w.id = r.ward_id
                JOIN petitions p ON p.id = r.petition_id
                JOIN sessions s ON s.id = p.session_id
                WHERE r.id = @Id AND {context.ReplyScope()}
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Reply", query.Id);

            var cases = await db.Query<CoveredCase>(
                """
                SELECT c.id AS Id, c.item_number AS ItemNumber, c.text AS Text, c.status AS Status, d.name AS DepartmentName,
                       c.result AS Result, c.referred_to AS ReferredTo, c.referral_letter AS ReferralLetter,
                       rc.result_wording AS ResultWording, c.assignee AS Assignee, c.task AS Task, c.due_date AS DueDate,
                       c.responsible_head AS ResponsibleHead, c.expected_result AS ExpectedResult, c.authority AS Authority
                FROM reply_cases rc
                JOIN cases c ON c.id = rc.case_id
                LEFT JOIN departments d ON d.id = c.department_id
                WHERE rc.reply_id = @Id
                ORDER BY c.item_number
                """,
                parameters,
                cancellationToken);
            var enclosures = await ListAttachments.EnclosuresOfReply(db, query.Id, cancellationToken);
            return letter with { Cases = cases, Enclosures = enclosures };
        }
    }
}
