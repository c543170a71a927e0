using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Cases;

/// <summary>The department begins work on an assigned case.</summary>
public static class StartCase
{
    [AllowedFor(Role.DepartmentOfficer)]
    public sealed record Command(long CaseId, int? ExpectedVersion) : ICommand<CaseChange>;

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken) =>
            transitions.Apply(command.CaseId, command.ExpectedVersion, CaseAction.Start, null, cancellationToken);
    }
}
