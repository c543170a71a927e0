using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Problems;

/// <summary>The OpenAPI document's example of each kind of problem, made by the same code that answers them.</summary>
public static class ProblemExamples
{
    public static readonly ProblemDetails Validation = ProblemExceptionHandler.Describe(new ValidationException(
    [
        new ValidationFailure("Items[0].Text", "Item text must be at most 4000 characters (it has 4012).")
        {
            ErrorCode = "petition.item.text.tooLong",
            CustomState = new { max = 4000, actual = 4012 },
        },
        new ValidationFailure("Submitter.Organisation", "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\".")
        {
            ErrorCode = "petition.submitter.organisation.required",
        },
    ]))!;

    public static readonly ProblemDetails Unauthorized = ProblemExceptionHandler.Describe(new UnauthorizedAccessException())!;

    public static readonly ProblemDetails Forbidden = ProblemExceptionHandler.Describe(
        new ForbiddenException(ProblemCode.Forbidden, "AssignCase.Command is for Dispatcher; a GroupLeader may not send it."))!;

    public static readonly ProblemDetails NotFound = ProblemExceptionHandler.Describe(new NotFoundException("Case", 999))!;

    public static readonly ProblemDetails Conflict = ProblemExceptionHandler.Describe(
        new TransitionRefusedException(CaseAction.Resolve, CaseStatus.Assigned, CaseLifecycle.AllowedFrom(CaseAction.Resolve)))!;

    public static readonly ProblemDetails TooManyRequests = ProblemResponses.Create(
        StatusCodes.Status429TooManyRequests,
        ProblemCode.AccountLocked,
        "Too many requests",
        "This account is locked after repeated failed sign-ins. Retry after 900 s.",
        new { retryAfterSeconds = 900 });

    public static readonly ProblemDetails PayloadTooLarge = ProblemExceptionHandler.Describe(new PayloadTooLargeException(5 * 1024 * 1024))!;

    public static readonly ProblemDetails UnsupportedMediaType = ProblemExceptionHandler.Describe(
        new UnsupportedMediaTypeException("Expected a Word document (.docx: a zip holding word/document.xml)."))!;
}
