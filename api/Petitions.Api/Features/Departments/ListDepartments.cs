using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Departments;

public static class ListDepartments
{
    [AllowedForEveryRole]
    public sealed record Query : IQuery<IReadOnlyList<Department>>;

    public sealed record Department
    {
        public const string Select = "SELECT d.id AS Id, d.code AS Code, d.short_name AS ShortName, d.name AS Name FROM departments d";

        public long Id { get; init; }

        public string Code { get; init; } = "";

        public string ShortName { get; init; } = "";

        public string Name { get; init; } = "";
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, IReadOnlyList<Department>>
    {
        public Task<IReadOnlyList<Department>> Handle(Query query, CancellationToken cancellationToken) =>
            db.Query<Department>(
                $"{Department.Select} WHERE {context.WardScope("d")} ORDER BY d.id",
                context.Scoped(),
                cancellationToken);
    }
}
