using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Cases;

/// <summary>A department hands an assigned case back to the dispatcher (not theirs, or not enough to act on).</summary>
public static class ReturnCase
{
    [AllowedFor(Role.DepartmentOfficer)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        public string Reason { get; init; } = "";

        public static Command Example { get; } = new() { Reason = "Nội dung thuộc lĩnh vực an ninh trật tự, đề nghị chuyển Công an phường." };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the case goes back to the dispatcher.").WithErrorCode("case.return.reason.required")
                .MaximumLength(2000).WithMessage("Reason must be at most 2000 characters.").WithErrorCode("case.return.reason.tooLong");
        }
    }

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        // Back in triage the case belongs to no department; the history keeps who had it and why it came back.
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken) =>
            transitions.Apply(
                command.CaseId,
                command.ExpectedVersion,
                CaseAction.Return,
                new { command.Reason },
                cancellationToken,
                new CaseColumns.Unassignment());
    }
}
