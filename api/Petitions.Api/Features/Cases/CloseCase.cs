using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// The petitioner accepts the reply; the case is finished. The group leader may say how satisfied they are: a rating
/// from 1 to 5 and, with it, a comment. Both are optional; a closed case is never reopened, so the rating given here
/// is the case's one rating and is never changed.
/// </summary>
public static class CloseCase
{
    public static readonly ProblemCode ReferredNotReplied = new("referredCaseNotReplied");

    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxCommentLength = 1000;

    [AllowedFor(Role.GroupLeader)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>Mức độ hài lòng: 1 (not at all satisfied) to 5 (very satisfied); left out, no rating.</summary>
        public int? Rating { get; init; }

        /// <summary>What the group leader adds to the rating; only with a rating.</summary>
        [MultiLine]
        public string? Comment { get; init; }

        public static Command Example { get; } = new() { Rating = 4, Comment = "Đã nạo vét xong, mong phường kiểm tra định kỳ." };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rating).InclusiveBetween(MinRating, MaxRating)
                .WithMessage($"rating must be between {MinRating} and {MaxRating}.").WithErrorCode("case.close.rating.outOfRange")
                .WithState(_ => new { min = MinRating, max = MaxRating });
            RuleFor(c => c.Comment).MaximumLength(MaxCommentLength)
                .WithMessage($"A comment must be at most {MaxCommentLength} characters.").WithErrorCode("case.close.comment.tooLong");
            RuleFor(c => c.Comment).Must((c, comment) => string.IsNullOrWhiteSpace(comment) || c.Rating is not null)
                .WithMessage("A comment goes with a rating: give the rating (1 to 5) too.").WithErrorCode("case.close.comment.withoutRating");
        }
    }

    public sealed class Handler(CaseTransitions transitions, Clock clock) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            if (current is { Status: CaseStatus.Referred, RepliedOn: null })
            {
                throw new ConflictException(
                    ReferredNotReplied,
                    "Transition refused",
                    $"Cannot close case {current.Id}: it was referred out and no reply has told the petitioner yet. Issue a reply first.",
                    new { caseId = current.Id });
            }

            var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
            return command.Rating is { } rating
                ? await transitions.Apply(
                    current,
                    command.ExpectedVersion,
                    CaseAction.Close,
                    new { Rating = rating, Comment = comment },
                    cancellationToken,
                    new CaseColumns.Acceptance(rating, comment, clock.Now))
                : await transitions.Apply(current, command.ExpectedVersion, CaseAction.Close, null, cancellationToken);
        }
    }
}
