using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>The examples of problem details; each slice keeps the examples of its own records beside them.</summary>
public static class OpenApiExamples
{
    public static readonly ProblemDetails ValidationProblem = new HttpValidationProblemDetails(
        new Dictionary<string, string[]>
        {
            ["items[0].text"] = ["Item text must be at most 4000 characters (it has 4012)."],
            ["submitter.organisation"] = ["The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."],
        })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request is not valid",
        Detail = "See errors for each field and what is wrong with it.",
    };

    public static readonly ProblemDetails UnauthorizedProblem = Problem(
        StatusCodes.Status401Unauthorized, "Unauthorized", null);

    public static readonly ProblemDetails ForbiddenProblem = Problem(
        StatusCodes.Status403Forbidden, "Forbidden", "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.");

    public static readonly ProblemDetails TooManyRequestsProblem = Problem(
        StatusCodes.Status429TooManyRequests, "Too many requests", "This account is locked after repeated failed sign-ins. Retry after 900 s.");

    public static readonly ProblemDetails NotFoundProblem = Problem(
        StatusCodes.Status404NotFound, "Not found", "Case 999 does not exist.");

    public static readonly ProblemDetails ConflictProblem = Problem(
        StatusCodes.Status409Conflict,
        "Transition refused",
        new TransitionRefusedException(CaseAction.Resolve, CaseStatus.Assigned, CaseLifecycle.AllowedFrom(CaseAction.Resolve)).Message);

    private static ProblemDetails Problem(int status, string title, string? detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };
}
