using MediatR;

namespace Petitions.Api.Features.Departments;

public static class DepartmentsEndpoints
{
    public static void MapDepartments(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/departments").WithTags("Departments")
            .MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListDepartments.Query(), ct))
            .WithName("ListDepartments")
            .WithSummary("Departments (phòng, ban, đơn vị) of the ward that resolve cases");
}
