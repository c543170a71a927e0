using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>The petitioner is not satisfied with the reply: the case goes back to the department, awaiting a new reply.</summary>
public static class ReopenCase
{
    [AllowedFor(Role.GroupLeader)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        [MultiLine]
        public string Reason { get; init; } = "";

        /// <summary>
        /// The new due date; left out, the session's reply deadline while it is ahead, else
        /// <c>Deadlines:WorkingDays</c> working days from today.
        /// </summary>
        public DateOnly? DueDate { get; init; }

        public static Command Example { get; } = new() { Reason = "Sau trận mưa ngày 25/4 khu vực vẫn ngập." };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Clock clock)
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the reply does not settle the case.").WithErrorCode("case.reopen.reason.required")
                .MaximumLength(2000).WithMessage("Reason must be at most 2000 characters.").WithErrorCode("case.reopen.reason.tooLong");
            RuleFor(c => c.DueDate).Must(d => d is null || d >= clock.Today)
                .WithMessage(c => $"The new due date cannot be in the past; today is {clock.Today:yyyy-MM-dd}.").WithErrorCode("case.reopen.dueDate.past")
                .WithState(_ => new { today = clock.Today });
        }
    }

    public sealed class Handler(CaseTransitions transitions, DueDates dueDates) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            var dueDate = command.DueDate ?? dueDates.Default(current.SessionDeadline);
            return await transitions.Apply(
                current,
                command.ExpectedVersion,
                CaseAction.Reopen,
                new { command.Reason, DueDate = dueDate },
                cancellationToken,
                new CaseColumns.ReplyWithdrawn(dueDate));
        }
    }
}
