using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// Not the ward's to handle: the dispatcher declines the item (not admissible, not a matter for the authorities, already
/// settled by a judgment…) with a reason. Unlike a referral (<see cref="ReferCase"/>) nobody else is asked to take it
/// up. The reason is the ward's answer: the group leaders of the organisation are told it at once, the case shows it,
/// and the day counts as the day the item was answered (it is no longer waiting for a reply, nor overdue).
/// </summary>
public static class RefuseCase
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>Why the ward does not handle it, as the group leader will read it.</summary>
        [MultiLine]
        public string Reason { get; init; } = "";

        public static Command Example { get; } = new()
        {
            Reason = "Nội dung là tranh chấp dân sự giữa các hộ gia đình, đã được Tòa án nhân dân thụ lý; không thuộc phạm vi giải quyết của UBND phường.",
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the ward does not handle this item.").WithErrorCode("case.refuse.reason.required")
                .MaximumLength(2000).WithMessage("Reason must be at most 2000 characters.").WithErrorCode("case.refuse.reason.tooLong");
        }
    }

    public sealed class Handler(CaseTransitions transitions, Clock clock) : IRequestHandler<Command, CaseChange>
    {
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken) =>
            transitions.Apply(
                command.CaseId,
                command.ExpectedVersion,
                CaseAction.Refuse,
                new { command.Reason },
                cancellationToken,
                new CaseColumns.Refusal(command.Reason, clock.Today));
    }
}
