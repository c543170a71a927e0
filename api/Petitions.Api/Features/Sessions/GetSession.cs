using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

public static class GetSession
{
    [AllowedForEveryRole]
    public sealed record Query(long Id) : IQuery<SessionSummary>;

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates) : IRequestHandler<Query, SessionSummary>
    {
        public Task<SessionSummary> Handle(Query query, CancellationToken cancellationToken) =>
            Load(db, context, dueDates, query.Id, cancellationToken);
    }

    /// <summary>The session as this slice answers it; the session commands answer the same after their change.</summary>
    public static async Task<SessionSummary> Load(Db db, RequestContext context, DueDates dueDates, long id, CancellationToken cancellationToken)
    {
        var session = await db.QuerySingleOrDefault<SessionSummary>(
            SessionSummary.Select + $" WHERE s.id = @Id AND {context.WardScope("s")}",
            context.Scoped(new { Id = id }),
            cancellationToken)
            ?? throw new NotFoundException("Session", id);
        return session.Dated(dueDates);
    }
}
