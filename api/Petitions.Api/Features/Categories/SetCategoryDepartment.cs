using System.Text.Json.Serialization;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Categories;

/// <summary>Which department a new case of a category is suggested to go to, in the administrator's ward.</summary>
public static class SetCategoryDepartment
{
    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<ListCategories.CategoryInfo>
    {
        /// <summary>The category's code, from the URL.</summary>
        [JsonIgnore]
        public string Category { get; init; } = "";

        public long DepartmentId { get; init; }

        public static Command Example { get; } = new() { DepartmentId = 2 };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, ListCategories.CategoryInfo>
    {
        public async Task<ListCategories.CategoryInfo> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var category = await db.QuerySingleOrDefault<ListCategories.CategoryInfo>(
                "SELECT code AS Code, name AS Name, name_en AS NameEn FROM categories WHERE code = @Category",
                new { command.Category },
                cancellationToken)
                ?? throw new NotFoundException("Category", command.Category);
            await DepartmentInWard.Require(db, wardId, command.DepartmentId, cancellationToken);

            // Delete and insert rather than an upsert, which SQLite and SQL Server spell differently; one transaction.
            // The stored code, not the URL's: SQL Server's collation would also match "flooding".
            var parameters = new { WardId = wardId, Category = category.Code.ToString(), command.DepartmentId };
            await db.Execute("DELETE FROM category_departments WHERE ward_id = @WardId AND category = @Category", parameters, cancellationToken);
            await db.Execute(
                "INSERT INTO category_departments (ward_id, category, department_id) VALUES (@WardId, @Category, @DepartmentId)",
                parameters,
                cancellationToken);
            return category with { DefaultDepartmentId = command.DepartmentId };
        }
    }
}
