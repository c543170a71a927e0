using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Wards;

public static class ListWards
{
    /// <summary>Every ward for a city-level administrator; a ward's administrator sees their own.</summary>
    [AllowedFor(Role.Admin)]
    public sealed record Query : IQuery<IReadOnlyList<Ward>>;

    public sealed record Ward
    {
        public long Id { get; init; }

        /// <summary>Lower-case and unique, e.g. yen-hoa.</summary>
        public string Code { get; init; } = "";

        /// <summary>As documents print it, e.g. "Phường Yên Hòa".</summary>
        public string Name { get; init; } = "";

        /// <summary>The upper-level Party organisation the Party's documents print, e.g. "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".</summary>
        public string? SuperiorParty { get; init; }

        public IReadOnlyList<ListDepartments.Department> Departments { get; init; } = [];

        public int Users { get; init; }

        public static Ward Example { get; } = new()
        {
            Id = 2,
            Code = "trung-hoa",
            Name = "Phường Trung Hòa",
            SuperiorParty = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
            Departments = [new ListDepartments.Department { Id = 6, Code = "VP", ShortName = "VP HĐND-UBND", Name = "Văn phòng HĐND và UBND" }],
            Users = 1,
        };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, IReadOnlyList<Ward>>
    {
        public async Task<IReadOnlyList<Ward>> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = context.IsCityLevel ? "1 = 1" : "w.id = @ScopeWardId";
            var wards = await db.Query<Ward>(
                $"""
                SELECT w.id AS Id, w.code AS Code, w.name AS Name, w.superior_party AS SuperiorParty,
                       (SELECT COUNT(*) FROM users u WHERE u.ward_id = w.id) AS Users
                FROM wards w WHERE {scope} ORDER BY w.id
                """,
                context.Scoped(),
                cancellationToken);
            var departments = await db.Query<DepartmentOfWard>(
                $"SELECT d.ward_id AS WardId, d.id AS Id, d.code AS Code, d.short_name AS ShortName, d.name AS Name FROM departments d JOIN wards w ON w.id = d.ward_id WHERE {scope} ORDER BY d.id",
                context.Scoped(),
                cancellationToken);
            var byWard = departments.ToLookup(d => d.WardId, d => new ListDepartments.Department { Id = d.Id, Code = d.Code, ShortName = d.ShortName, Name = d.Name });
            return [.. wards.Select(w => w with { Departments = [.. byWard[w.Id]] })];
        }
    }

    private sealed record DepartmentOfWard
    {
        public long WardId { get; init; }

        public long Id { get; init; }

        public string Code { get; init; } = "";

        public string ShortName { get; init; } = "";

        public string Name { get; init; } = "";
    }
}
