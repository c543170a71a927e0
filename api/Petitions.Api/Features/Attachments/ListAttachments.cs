using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Attachments;

/// <summary>A case's or a reply's files, without their bytes, oldest first.</summary>
public static class ListAttachments
{
    [AllowedForEveryRole]
    public sealed record OfCase(long CaseId) : IQuery<IReadOnlyList<AttachmentInfo>>;

    [AllowedForEveryRole]
    public sealed record OfReply(long ReplyId) : IQuery<IReadOnlyList<AttachmentInfo>>;

    public sealed class CaseHandler(Db db, RequestContext context) : IRequestHandler<OfCase, IReadOnlyList<AttachmentInfo>>
    {
        public async Task<IReadOnlyList<AttachmentInfo>> Handle(OfCase query, CancellationToken cancellationToken)
        {
            _ = await AttachmentAccess.StatusOfCase(db, context, query.CaseId, cancellationToken) ?? throw new NotFoundException("Case", query.CaseId);
            return await Of(db, "case_id", query.CaseId, cancellationToken);
        }
    }

    public sealed class ReplyHandler(Db db, RequestContext context) : IRequestHandler<OfReply, IReadOnlyList<AttachmentInfo>>
    {
        public async Task<IReadOnlyList<AttachmentInfo>> Handle(OfReply query, CancellationToken cancellationToken)
        {
            _ = await AttachmentAccess.StatusOfReply(db, context, query.ReplyId, cancellationToken) ?? throw new NotFoundException("Reply", query.ReplyId);
            return await Of(db, "reply_id", query.ReplyId, cancellationToken);
        }
    }

    /// <summary>The files of one record; <paramref name="owner"/> is the column naming it.</summary>
    public static Task<IReadOnlyList<AttachmentInfo>> Of(Db db, string owner, long id, CancellationToken ct) =>
        db.Query<AttachmentInfo>($"SELECT {AttachmentInfo.Columns} FROM attachments a WHERE a.{owner} = @Id ORDER BY a.id", new { Id = id }, ct);

    /// <summary>What a reply's letter lists as sent with it: the departments' before and after photos of the cases it covers.</summary>
    public static async Task<IReadOnlyList<string>> EnclosuresOfReply(Db db, long replyId, CancellationToken ct) =>
        await db.Query<string>(
            """
            SELECT a.name FROM reply_cases rc JOIN attachments a ON a.case_id = rc.case_id
            WHERE rc.reply_id = @Id AND a.kind IN ('Before', 'After') ORDER BY a.id
            """,
            new { Id = replyId },
            ct);
}
