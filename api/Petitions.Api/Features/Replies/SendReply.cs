using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Replies;

/// <summary>Records that the registered letter has been sent (phát hành) to the recipients of "Nơi nhận".</summary>
public static class SendReply
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command(long ReplyId) : ICommand<ReplySteps.Result>;

    public sealed class Handler(ReplySteps steps) : IRequestHandler<Command, ReplySteps.Result>
    {
        public async Task<ReplySteps.Result> Handle(Command command, CancellationToken cancellationToken) =>
            new(command.ReplyId, await steps.Apply(command.ReplyId, ReplyAction.Send, null, cancellationToken));
    }
}
