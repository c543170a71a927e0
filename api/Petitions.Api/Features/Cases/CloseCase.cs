using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Cases;

/// <summary>The petitioner accepts the reply; the case is finished.</summary>
public static class CloseCase
{
    public static readonly ProblemCode ReferredNotReplied = new("referredCaseNotReplied");

    [AllowedFor(Role.GroupLeader)]
    public sealed record Command(long CaseId, int? ExpectedVersion) : ICommand<CaseChange>;

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
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

            return await transitions.Apply(current, command.ExpectedVersion, CaseAction.Close, null, cancellationToken);
        }
    }
}
