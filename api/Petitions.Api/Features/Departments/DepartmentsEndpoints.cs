using MediatR;

namespace Petitions.Api.Features.Departments;

public static class DepartmentsEndpoints
{
    public static void MapDepartments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/departments").WithTags("Departments");

        group.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListDepartments.Query(), ct))
            .WithName("ListDepartments")
            .WithSummary("Departments (phòng, ban, đơn vị) of the ward that resolve cases");

        group.MapPost("/", async (CreateDepartment.Command body, IMediator mediator, CancellationToken ct) =>
            {
                var department = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/departments/{department.Id}", department);
            })
            .WithName("CreateDepartment")
            .WithSummary("Add a department to the administrator's ward")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:long}", (long id, RenameDepartment.Command body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(body with { DepartmentId = id }, ct))
            .WithName("RenameDepartment")
            .WithSummary("Give a department new names; its code, cases and officers stay")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
