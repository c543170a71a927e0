using MediatR;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Notices;

/// <summary>The notice a session was imported from, as it was uploaded or pasted; for whoever may read the session.</summary>
public static class GetSessionNotice
{
    /// <summary>What the OpenAPI document shows of a pasted notice (a Word file is binary and shows none).</summary>
    public static readonly DocumentExample[] Examples =
    [
        new("text/plain", "PHỤ LỤC\nST T\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)\t- Đề nghị …\tUBND phường\t"),
    ];

    [AllowedForEveryRole]
    public sealed record Query(long SessionId) : IQuery<Notice>;

    public sealed record Notice(string Name, string MediaType, byte[] Content);

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates) : IRequestHandler<Query, Notice>
    {
        public async Task<Notice> Handle(Query query, CancellationToken cancellationToken)
        {
            var session = await GetSession.Load(db, context, dueDates, query.SessionId, cancellationToken);
            var notices = await db.Query<Notice>(
                "SELECT name AS Name, media_type AS MediaType, content AS Content FROM session_documents WHERE session_id = @Id ORDER BY id DESC",
                new { session.Id },
                cancellationToken);
            return notices.Count > 0 ? notices[0] : throw new NotFoundException("Notice of session", query.SessionId);
        }
    }
}
