using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// Records that the reply's signer has signed it (the office that carried it to them records it); the letter then goes
/// to the clerk for its number. A reply without a signer cannot be signed.
/// </summary>
public static class SignReply
{
    public static readonly ProblemCode NoSigner = new("replySignerMissing");

    [AllowedFor(Role.Dispatcher)]
    public sealed record Command(long ReplyId) : ICommand<ReplySteps.Result>;

    public sealed class Handler(Db db, ReplySteps steps) : IRequestHandler<Command, ReplySteps.Result>
    {
        public async Task<ReplySteps.Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ReplySteps.Check(command.ReplyId, await steps.Status(command.ReplyId, cancellationToken), ReplyAction.Sign);
            var signer = await db.QuerySingleOrDefault<Signer>(
                "SELECT s.name AS Name, s.position AS Position, s.form AS Form FROM replies r JOIN signers s ON s.id = r.signer_id WHERE r.id = @ReplyId",
                new { command.ReplyId },
                cancellationToken)
                ?? throw new ConflictException(NoSigner, "No signer", $"Reply {command.ReplyId} has no signer: choose one in the draft first.", new { replyId = command.ReplyId });
            return new(command.ReplyId, await steps.Apply(command.ReplyId, ReplyAction.Sign, new { signer = signer.Name, signer.Position, signer.Form }, cancellationToken));
        }
    }

    private sealed record Signer
    {
        public string Name { get; init; } = "";

        public string Position { get; init; } = "";

        public SigningForm Form { get; init; }
    }
}
