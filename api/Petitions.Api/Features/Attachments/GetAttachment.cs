using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Attachments;

/// <summary>An attachment's bytes in one of its sizes, for whoever may see its case or reply (404 for anyone else).</summary>
public static class GetAttachment
{
    [AllowedForEveryRole]
    public sealed record Query(long Id, AttachmentVariant Variant) : IQuery<StoredFile>;

    public sealed record StoredFile(string Name, string MediaType, byte[] Content);

    private sealed record Owner
    {
        public long? CaseId { get; init; }

        public long? ReplyId { get; init; }

        public string Name { get; init; } = "";
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, StoredFile>
    {
        public async Task<StoredFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var owner = await db.QuerySingleOrDefault<Owner>(
                $"SELECT a.case_id AS CaseId, a.reply_id AS ReplyId, a.name AS Name FROM attachments a WHERE a.id = @Id AND {context.WardScope("a")}",
                context.Scoped(new { query.Id }),
                cancellationToken);
            var visible = owner switch
            {
                { CaseId: { } caseId } => await AttachmentAccess.StatusOfCase(db, context, caseId, cancellationToken) is not null,
                { ReplyId: { } replyId } => await AttachmentAccess.StatusOfReply(db, context, replyId, cancellationToken) is not null,
                _ => false,
            };
            var file = visible
                ? await db.QuerySingleOrDefault<StoredFile>(
                    "SELECT @Name AS Name, media_type AS MediaType, content AS Content FROM attachment_files WHERE attachment_id = @Id AND variant = @Variant",
                    new { query.Id, Variant = query.Variant.ToString(), Name = NameOf(owner!, query.Variant) },
                    cancellationToken)
                : null;
            return file ?? throw new NotFoundException("Attachment", query.Id);
        }

        /// <summary>The display size and thumbnail are JPEG whatever the original was.</summary>
        private static string NameOf(Owner owner, AttachmentVariant variant) =>
            variant == AttachmentVariant.Original ? owner.Name : Path.ChangeExtension(owner.Name, ".jpg");
    }
}
