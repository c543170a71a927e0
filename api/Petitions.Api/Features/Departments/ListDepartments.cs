using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

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

        public static Department Example { get; } = new() { Id = 6, Code = "TTYT", ShortName = "Trạm Y tế", Name = "Trạm Y tế phường Yên Hòa" };

        public static IReadOnlyList<Department> Examples { get; } =
        [
            new Department { Id = 2, Code = "KT-HT-DT", ShortName = "KT-HT-ĐT", Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
            new Department { Id = 5, Code = "CA", ShortName = "Công an phường", Name = "Công an phường Yên Hòa" },
        ];
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
