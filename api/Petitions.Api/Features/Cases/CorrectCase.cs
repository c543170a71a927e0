using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>What a correction may change on a case.</summary>
public enum CorrectedField
{
    Text,
    Category,
    Location,
}

/// <summary>
/// The dispatcher corrects what a case says — its category, location or wording (a typo) — with a reason, while no
/// letter answering it has left the draft. The case shows the corrected values; every correction is kept (field,
/// before, after, reason, who, when), so the original as submitted stays as evidence. A new category does not re-route
/// the case: only, while it waits in triage, the suggested department follows the category's default.
/// </summary>
public static class CorrectCase
{
    public static readonly ProblemCode NothingChanged = new("caseCorrectionUnchanged");

    public static readonly ProblemCode LetterUnderway = new("caseCorrectionAfterLetter");

    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>The item's corrected wording; left out (or null), the wording stays.</summary>
        [MultiLine]
        public string? Text { get; init; }

        /// <summary>The corrected category; left out, the category stays. It does not re-route the case.</summary>
        public Category? Category { get; init; }

        /// <summary>The corrected location; left out, it stays; an empty one removes it.</summary>
        public string? Location { get; init; }

        /// <summary>Why: kept with each corrected field and in the history.</summary>
        [MultiLine]
        public string Reason { get; init; } = "";

        public static Command Example { get; } = new()
        {
            Text = "Đề nghị nạo vét cống khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống úng ngập trước mùa mưa",
            Reason = "Sửa lỗi chính tả khi nhập (\"công\" → \"cống\", \"ứng\" → \"úng\").",
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the case is corrected.").WithErrorCode("case.correct.reason.required")
                .MaximumLength(2000).WithMessage("Reason must be at most 2000 characters.").WithErrorCode("case.correct.reason.tooLong");
            RuleFor(c => c.Text).NotEmpty().When(c => c.Text is not null).WithMessage("The corrected wording may not be empty.").WithErrorCode("case.correct.text.required")
                .MaximumLength(SubmitPetition.MaxItemText).WithMessage($"Item text must be at most {SubmitPetition.MaxItemText} characters.").WithErrorCode("case.correct.text.tooLong");
            RuleFor(c => c.Location).MaximumLength(300).WithMessage("Location must be at most 300 characters.").WithErrorCode("case.correct.location.tooLong");
        }
    }

    /// <summary>One field's change, as the history and the corrections list give it.</summary>
    public sealed record Change(CorrectedField Field, string? Before, string? After);

    private sealed record Facts
    {
        public long WardId { get; init; }

        public string Text { get; init; } = "";

        public Category Category { get; init; }

        public string? Location { get; init; }

        public string SubmitterName { get; init; } = "";

        public string Organisation { get; init; } = "";
    }

    private sealed record LetterRow
    {
        public long Id { get; init; }

        public ReplyStatus Status { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context, CaseTransitions transitions, Clock clock) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            if (command.ExpectedVersion is { } expected && expected != current.Version)
            {
                throw ConflictException.StaleVersion("Case", current.Id, expected, current.Version);
            }

            // A closed (or replied, or refused) case is refused by its status before anything else is looked at.
            CaseLifecycle.Next(current.Status, CaseAction.Correct);

            // A letter that has gone to the signer quotes the wording it was given: the case no longer changes under it.
            var letter = (await db.Query<LetterRow>(
                "SELECT r.id AS Id, r.status AS Status FROM reply_cases rc JOIN replies r ON r.id = rc.reply_id WHERE rc.case_id = @Id AND r.status <> 'Draft' ORDER BY r.id",
                new { current.Id },
                cancellationToken)).FirstOrDefault();
            if (letter is not null)
            {
                throw new ConflictException(
                    LetterUnderway,
                    "Case answered by a letter",
                    $"Case {current.Id} is answered by reply {letter.Id}, which is {letter.Status}: the wording it quotes can no longer be corrected.",
                    new { caseId = current.Id, replyId = letter.Id, replyStatus = letter.Status });
            }

            var facts = await db.QuerySingleOrDefault<Facts>(
                """
                SELECT c.ward_id AS WardId, c.text AS Text, c.category AS Category, c.location AS Location,
                       p.submitter_name AS SubmitterName, p.organisation AS Organisation
                FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE c.id = @Id
                """,
                new { current.Id },
                cancellationToken)
                ?? throw new NotFoundException("Case", current.Id);

            var text = command.Text ?? facts.Text;
            var category = command.Category ?? facts.Category;
            var location = command.Location is null ? facts.Location : (string.IsNullOrWhiteSpace(command.Location) ? null : command.Location);
            var changes = new List<Change>();
            if (!string.Equals(text, facts.Text, StringComparison.Ordinal))
            {
                changes.Add(new Change(CorrectedField.Text, facts.Text, text));
            }

            if (category != facts.Category)
            {
                changes.Add(new Change(CorrectedField.Category, facts.Category.ToString(), category.ToString()));
            }

            if (!string.Equals(location, facts.Location, StringComparison.Ordinal))
            {
                changes.Add(new Change(CorrectedField.Location, facts.Location, location));
            }

            if (changes.Count == 0)
            {
                throw new ConflictException(
                    NothingChanged,
                    "Nothing to correct",
                    $"Case {current.Id} already says this: give a wording, category or location that differs from the current one.",
                    new { caseId = current.Id });
            }

            // Triage reads the suggestion: it follows the new category's default department; the routing itself stays.
            var suggested = current.Status == CaseStatus.Received && category != facts.Category
                ? await db.ExecuteScalar<long?>(
                    "SELECT department_id FROM category_departments WHERE ward_id = @WardId AND category = @Category",
                    new { facts.WardId, Category = category.ToString() },
                    cancellationToken)
                : null;
            var columns = new CaseColumns.Correction(
                text,
                category.ToString(),
                location,
                TextSearch.Index(text, location, facts.SubmitterName, facts.Organisation),
                suggested);
            var change = await transitions.Apply(current, command.ExpectedVersion, CaseAction.Correct, new { command.Reason, Changes = changes }, cancellationToken, columns);

            var now = clock.Now;
            foreach (var c in changes)
            {
                await db.Execute(
                    """
                    INSERT INTO case_corrections (case_id, field, before_value, after_value, reason, actor, corrected_at)
                    VALUES (@CaseId, @Field, @Before, @After, @Reason, @Actor, @At)
                    """,
                    new { CaseId = current.Id, Field = c.Field.ToString(), c.Before, c.After, command.Reason, context.Actor, At = now },
                    cancellationToken);
            }

            return change;
        }
    }
}
