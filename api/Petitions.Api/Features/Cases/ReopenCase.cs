using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

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

        public string Reason { get; init; } = "";

        public static Command Example { get; } = new() { Reason = "Sau trận mưa ngày 25/4 khu vực vẫn ngập." };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the reply does not settle the case.").WithErrorCode("case.reopen.reason.required")
                .MaximumLength(2000).WithMessage("Reason must be at most 2000 characters.").WithErrorCode("case.reopen.reason.tooLong");
        }
    }

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken) =>
            transitions.Apply(
                command.CaseId,
                command.ExpectedVersion,
                CaseAction.Reopen,
                new { command.Reason },
                cancellationToken,
                new CaseColumns.ReplyWithdrawn());
    }
}
