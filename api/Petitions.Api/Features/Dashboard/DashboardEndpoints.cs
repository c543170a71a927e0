using MediatR;

namespace Petitions.Api.Features.Dashboard;

public static class DashboardEndpoints
{
    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/dashboard").WithTags("Dashboard")
            .MapGet("/", ([AsParameters] GetDashboard.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("GetDashboard")
            .WithSummary("The dashboard's figures for the cases the caller may see, of one session or all: totals, on time, by status, category and department")
            .ProducesValidationProblem();
    }
}
