using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Categories;

public static class ListCategories
{
    [AllowedForEveryRole]
    public sealed record Query : IQuery<IReadOnlyList<CategoryInfo>>;

    public sealed record CategoryInfo
    {
        public Category Code { get; init; }

        public string Name { get; init; } = "";

        public string NameEn { get; init; } = "";

        /// <summary>The department a new case of this category is suggested to go to, in this ward.</summary>
        public long? DefaultDepartmentId { get; init; }

        public static CategoryInfo Example { get; } = new() { Code = Category.Flooding, Name = "Úng ngập", NameEn = "Flooding", DefaultDepartmentId = 2 };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, IReadOnlyList<CategoryInfo>>
    {
        public async Task<IReadOnlyList<CategoryInfo>> Handle(Query query, CancellationToken cancellationToken)
        {
            var categories = await db.Query<CategoryInfo>(
                """
                SELECT c.code AS Code, c.name AS Name, c.name_en AS NameEn, cd.department_id AS DefaultDepartmentId
                FROM categories c
                LEFT JOIN category_departments cd ON cd.category = c.code AND cd.ward_id = @ScopeWardId
                """,
                context.Scoped(),
                cancellationToken);
            return [.. categories.OrderBy(c => c.Code)];
        }
    }
}
