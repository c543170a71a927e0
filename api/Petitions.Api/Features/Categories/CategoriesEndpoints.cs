using MediatR;

namespace Petitions.Api.Features.Categories;

public static class CategoriesEndpoints
{
    public static void MapCategories(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/categories").WithTags("Categories")
            .MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListCategories.Query(), ct))
            .WithName("ListCategories")
            .WithSummary("Categories (điểm nghẽn and other kinds) with each one's default department");
}
