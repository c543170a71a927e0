using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Features.Attachments;

/// <summary>A record's files are seen by exactly who sees the record: the scopes of the case and reply reads.</summary>
public static class AttachmentAccess
{
    /// <summary>The case's status, or null when the caller may not see the case.</summary>
    public static async Task<CaseStatus?> StatusOfCase(Db db, RequestContext context, long caseId, CancellationToken ct) =>
        await db.QuerySingleOrDefault<string?>(
            $"SELECT c.status FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE c.id = @Id AND {context.CaseScope()}",
            context.Scoped(new { Id = caseId }),
            ct) is { } status ? Enum.Parse<CaseStatus>(status) : null;

    /// <summary>The reply's status, or null when the caller may not see the reply.</summary>
    public static async Task<ReplyStatus?> StatusOfReply(Db db, RequestContext context, long replyId, CancellationToken ct) =>
        await db.QuerySingleOrDefault<string?>(
            $"SELECT r.status FROM replies r JOIN petitions p ON p.id = r.petition_id WHERE r.id = @Id AND {context.ReplyScope()}",
            context.Scoped(new { Id = replyId }),
            ct) is { } status ? Enum.Parse<ReplyStatus>(status) : null;
}
