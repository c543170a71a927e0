using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Cases;

/// <summary>Beyond the ward's authority: the case is handed to a city agency by a referral letter.</summary>
public static class ReferCase
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>The agency the case goes to, e.g. "Sở Xây dựng Hà Nội".</summary>
        public string Agency { get; init; } = "";

        /// <summary>The referral letter: its number, date and gist.</summary>
        public string ReferralLetter { get; init; } = "";

        public static Command Example { get; } = new()
        {
            Agency = "Sở Xây dựng Hà Nội",
            ReferralLetter = "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026",
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Agency).NotEmpty().WithMessage("Name the agency the case is referred to.").WithErrorCode("case.refer.agency.required")
                .MaximumLength(300).WithMessage("Agency must be at most 300 characters.").WithErrorCode("case.refer.agency.tooLong");
            RuleFor(c => c.ReferralLetter).NotEmpty().WithMessage("Give the referral letter (number and date).").WithErrorCode("case.refer.referralLetter.required")
                .MaximumLength(1000).WithMessage("Referral letter must be at most 1000 characters.").WithErrorCode("case.refer.referralLetter.tooLong");
        }
    }

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            // The history records the referral as it was written on the case.
            var referral = new CaseColumns.Referral(command.Agency, command.ReferralLetter);
            return transitions.Apply(command.CaseId, command.ExpectedVersion, CaseAction.Refer, referral, cancellationToken, referral);
        }
    }
}
