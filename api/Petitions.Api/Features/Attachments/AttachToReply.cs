using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Attachments;

/// <summary>The dispatcher attaches the signed, stamped scan of a reply that is out: the copy with legal value.</summary>
public static class AttachToReply
{
    public static readonly ProblemCode NotOut = new("replyNotOut");

    /// <summary>Built by the endpoint from the upload, after the file was processed.</summary>
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command(long ReplyId, string FileName, ProcessedFile File) : ICommand<AttachmentInfo>;

    public sealed class Handler(Db db, RequestContext context, Clock clock) : IRequestHandler<Command, AttachmentInfo>
    {
        public async Task<AttachmentInfo> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var status = await AttachmentAccess.StatusOfReply(db, context, command.ReplyId, cancellationToken)
                ?? throw new NotFoundException("Reply", command.ReplyId);
            if (!ReplyLifecycle.IsOut(status))
            {
                throw new ConflictException(
                    NotOut,
                    "Reply not out",
                    $"The signed scan is attached once the reply is registered; reply {command.ReplyId} is {status}.",
                    new { replyId = command.ReplyId, status });
            }

            return await Attachments.Store(db, context, clock, wardId, null, command.ReplyId, AttachmentKind.SignedScan, command.FileName, command.File, cancellationToken);
        }
    }
}
