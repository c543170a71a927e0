using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Users;

public static class ListUsers
{
    [AllowedFor(Role.Admin)]
    public sealed record Query : IQuery<IReadOnlyList<UserSummary>>;

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, IReadOnlyList<UserSummary>>
    {
        public Task<IReadOnlyList<UserSummary>> Handle(Query query, CancellationToken cancellationToken) =>
            db.Query<UserSummary>(UserSummary.Select + $" WHERE {context.WardScope("u")} ORDER BY u.username", context.Scoped(), cancellationToken);
    }
}
