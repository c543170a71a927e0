using MediatR;

namespace Petitions.Api.Features.Categories;

public static class CategoriesEndpoints
{
    public static void MapCategories(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/categories").WithTags("Categories");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListCategories.Query(), ct))
            .WithName("ListCategories")
            .WithSummary("Categories (điểm nghẽn and other kinds) with each one's default department");

        group.MapPut("/{code}/default-department", (string code, SetCategoryDepartment.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { Category = code }, ct))
            .WithName("SetCategoryDepartment")
            .WithSummary("Choose the department a new case of this category is suggested to go to, in the administrator's ward")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
