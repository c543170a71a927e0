using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Replies;

/// <summary>Submits a draft for signature (trình ký): its words no longer change unless the signer returns it.</summary>
public static class SubmitReply
{
    [AllowedFor(Role.Dispatcher, Role.DepartmentOfficer)]
    public sealed record Command(long ReplyId) : ICommand<ReplySteps.Result>;

    public sealed class Handler(ReplySteps steps) : IRequestHandler<Command, ReplySteps.Result>
    {
        public async Task<ReplySteps.Result> Handle(Command command, CancellationToken cancellationToken) =>
            new(command.ReplyId, await steps.Apply(command.ReplyId, ReplyAction.Submit, null, cancellationToken));
    }
}
