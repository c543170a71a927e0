using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Cases;

/// <summary>The department records what it did; the case waits for the written reply.</summary>
public static class ResolveCase
{
    [AllowedFor(Role.DepartmentOfficer)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>What was done, as the reply will state it.</summary>
        public string Result { get; init; } = "";

        public static Command Example { get; } = new()
        {
            Result = "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường.",
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Result).NotEmpty().WithMessage("Say what was done to resolve the case.").WithErrorCode("case.resolve.result.required")
                .MaximumLength(4000).WithMessage(c => $"Result must be at most 4000 characters (it has {c.Result.Length}).").WithErrorCode("case.resolve.result.tooLong");
        }
    }

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            // The history records the result as it was written on the case.
            var resolution = new CaseColumns.Resolution(command.Result);
            return transitions.Apply(command.CaseId, command.ExpectedVersion, CaseAction.Resolve, resolution, cancellationToken, resolution);
        }
    }
}
