using FluentValidation;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// What a draft may say differently from the case records: each part left null (or empty) prints its default. The
/// cases themselves are never changed by it.
/// </summary>
public interface ILetterWording
{
    /// <summary>"Kính gửi:" in full; by default "Đồng chí {name}, {title}" with the organisation spelt out.</summary>
    string? Recipient { get; }

    /// <summary>The text after "V/v" (a typed leading "V/v" is dropped).</summary>
    string? Subject { get; }

    /// <summary>Opening text; each case's question and result follow it in the document.</summary>
    string? Body { get; }

    /// <summary>How the letter words each case's result; a case left out prints its recorded result.</summary>
    IReadOnlyList<ResultWording>? Results { get; }

    string? Closing { get; }

    /// <summary>The "Nơi nhận:" lines, in order; by default the organisation, the Party Office, the departments, the agencies a case was referred to, and "Lưu: VT".</summary>
    IReadOnlyList<string>? CopiesTo { get; }

    /// <summary>Who signs: a signer of the ward who signs replies; by default the ward's default signer of replies.</summary>
    long? SignerId { get; }
}

public sealed record ResultWording
{
    public long CaseId { get; init; }

    [MultiLine]
    public string Text { get; init; } = "";
}

public static class LetterWordings
{
    public static readonly ProblemCode ResultOfOtherCase = new("reply.results.caseNotCovered");
    public static readonly ProblemCode UnknownSigner = new("reply.signerId.unknown");

    /// <summary>"V/v Trả lời …" typed in full is "Trả lời …": the document prints "V/v " itself.</summary>
    public static string? Subject(string? subject)
    {
        var text = subject?.Trim();
        while (text is not null && text.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].TrimStart(' ', ':', '.', '\u00A0');
        }

        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Writes the wording on the reply: its own columns, and each covered case's result wording. The signer must be one
    /// of the ward's signers of replies; left out, the ward's default.
    /// </summary>
    public static async Task Save(Db db, long replyId, long wardId, ILetterWording wording, IReadOnlyCollection<long> caseIds, CancellationToken cancellationToken)
    {
        foreach (var (result, i) in (wording.Results ?? []).Select((r, i) => (r, i)))
        {
            if (!caseIds.Contains(result.CaseId))
            {
                throw Invalid.Field($"results[{i}].caseId", ResultOfOtherCase, $"Case {result.CaseId} is not covered by this reply.", new { caseId = result.CaseId });
            }
        }

        long? signerId = wording.SignerId;
        if (signerId is not null)
        {
            var known = await db.ExecuteScalar<long>(
                $"SELECT COUNT(*) FROM signers WHERE id = @SignerId AND ward_id = @WardId AND is_disabled = 0 AND {SigningForms.In(SigningForms.ForReplies)}",
                new { SignerId = signerId, WardId = wardId },
                cancellationToken);
            if (known == 0)
            {
                throw Invalid.Field("signerId", UnknownSigner, $"Signer {signerId} is not one of this ward's signers of replies.", new { id = signerId });
            }
        }
        else
        {
            signerId = await db.QuerySingleOrDefault<long?>("SELECT reply_signer_id FROM wards WHERE id = @WardId", new { WardId = wardId }, cancellationToken);
        }

        var copies = wording.CopiesTo?.Select(Blank).OfType<string>().ToList();
        await db.Execute(
            """
            UPDATE replies SET recipient = @Recipient, subject = COALESCE(@Subject, subject), body = @Body, closing = @Closing,
                               copies_to = @CopiesTo, signer_id = @SignerId
            WHERE id = @ReplyId
            """,
            new
            {
                ReplyId = replyId,
                Recipient = Blank(wording.Recipient),
                Subject = Subject(wording.Subject),
                Body = wording.Body?.Trim() ?? "",
                Closing = Blank(wording.Closing),
                CopiesTo = copies is null || copies.Count == 0 ? null : string.Join('\n', copies),
                SignerId = signerId,
            },
            cancellationToken);
        foreach (var caseId in caseIds)
        {
            var text = Blank(wording.Results?.LastOrDefault(r => r.CaseId == caseId)?.Text);
            await db.Execute(
                "UPDATE reply_cases SET result_wording = @Text WHERE reply_id = @ReplyId AND case_id = @CaseId",
                new { ReplyId = replyId, CaseId = caseId, Text = text },
                cancellationToken);
        }
    }
}

public sealed class LetterWordingValidator : AbstractValidator<ILetterWording>
{
    public LetterWordingValidator()
    {
        RuleFor(c => c.Recipient).MaximumLength(1000).WithMessage("The recipient is at most 1000 characters.").WithErrorCode("reply.recipient.tooLong");
        RuleFor(c => c.Subject).MaximumLength(500).WithMessage("Subject must be at most 500 characters.").WithErrorCode("reply.subject.tooLong");
        RuleFor(c => c.Body).MaximumLength(20000).WithMessage("Body must be at most 20000 characters.").WithErrorCode("reply.body.tooLong");
        RuleFor(c => c.Closing).MaximumLength(4000).WithMessage("The closing is at most 4000 characters.").WithErrorCode("reply.closing.tooLong");
        RuleForEach(c => c.CopiesTo).NotNull().WithMessage("A line of \"Nơi nhận\" cannot be null.").WithErrorCode("reply.copiesTo.required")
            .MaximumLength(500).WithMessage("A line of \"Nơi nhận\" is at most 500 characters.").WithErrorCode("reply.copiesTo.tooLong");
        RuleFor(c => c.CopiesTo).Must(lines => lines is null || lines.Count <= 30).WithMessage("\"Nơi nhận\" has at most 30 lines.").WithErrorCode("reply.copiesTo.tooMany");
        RuleForEach(c => c.Results).NotNull().WithMessage("A result wording cannot be null.").WithErrorCode("reply.results.required")
            .SetValidator(new ResultWordingValidator());
    }
}

public sealed class ResultWordingValidator : AbstractValidator<ResultWording>
{
    public ResultWordingValidator() =>
        RuleFor(w => w.Text).MaximumLength(8000).WithMessage("A result wording is at most 8000 characters.").WithErrorCode("reply.results.text.tooLong");
}
