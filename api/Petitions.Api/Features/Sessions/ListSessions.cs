using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

public static class ListSessions
{
    [AllowedForEveryRole]
    public sealed record Query : IQuery<IReadOnlyList<SessionSummary>>;

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates) : IRequestHandler<Query, IReadOnlyList<SessionSummary>>
    {
        public async Task<IReadOnlyList<SessionSummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sessions = await db.Query<SessionSummary>(
                SessionSummary.Select + $" WHERE {context.WardScope("s")} ORDER BY s.held_on DESC, s.id DESC",
                context.Scoped(),
                cancellationToken);
            return [.. sessions.Select(s => s.Dated(dueDates))];
        }
    }
}
