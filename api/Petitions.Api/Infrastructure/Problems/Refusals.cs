using FluentValidation;
using FluentValidation.Results;

namespace Petitions.Api.Infrastructure.Problems;

/// <summary>A refusal: an HTTP status, a stable code, the data its message needs, and an English sentence for logs and humans.</summary>
public abstract class RefusalException(int status, ProblemCode code, string title, string detail, object? args) : Exception(detail)
{
    public int Status { get; } = status;

    public ProblemCode Code { get; } = code;

    public string Title { get; } = title;

    public object? Args { get; } = args;
}

/// <summary>What does not exist, or what the caller may not see: both answer 404 alike.</summary>
public sealed class NotFoundException(string what, object id)
    : RefusalException(StatusCodes.Status404NotFound, ProblemCode.NotFound, "Not found", $"{what} {id} does not exist.", new { resource = what, id });

/// <summary>The caller may not do this: 403.</summary>
public sealed class ForbiddenException(ProblemCode code, string detail, object? args = null)
    : RefusalException(StatusCodes.Status403Forbidden, code, "Forbidden", detail, args);

/// <summary>A request that is valid but clashes with the current state: 409.</summary>
public sealed class ConflictException(ProblemCode code, string title, string detail, object? args = null)
    : RefusalException(StatusCodes.Status409Conflict, code, title, detail, args)
{
    public static ConflictException StaleVersion(string what, object id, int expected, int actual) => new(
        ProblemCode.StaleVersion,
        "Stale version",
        $"{what} {id} has changed: you sent version {expected}, it is now at version {actual}. Reload it and try again.",
        new { resource = what, id, expected, actual });
}

/// <summary>The service cannot answer now but will: 503 with <c>Retry-After</c>.</summary>
public sealed class ServiceUnavailableException(ProblemCode code, TimeSpan retryAfter, string detail, object? args = null)
    : RefusalException(StatusCodes.Status503ServiceUnavailable, code, "Service unavailable", detail, args)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>A body of a kind the endpoint does not take, decided by its content: 415.</summary>
public sealed class UnsupportedMediaTypeException(ProblemCode code, string detail, object? args)
    : RefusalException(StatusCodes.Status415UnsupportedMediaType, code, "Unsupported media type", detail, args)
{
    public UnsupportedMediaTypeException(string detail)
        : this(ProblemCode.UnsupportedMediaType, detail, null)
    {
    }
}

/// <summary>A body over an endpoint's own cap: 413 with the cap in KiB.</summary>
public sealed class PayloadTooLargeException(ProblemCode code, string detail, object? args)
    : RefusalException(StatusCodes.Status413PayloadTooLarge, code, "Request too large", detail, args)
{
    public PayloadTooLargeException(long limitBytes)
        : this(ProblemCode.PayloadTooLarge, $"Request bodies are limited to {limitBytes / 1024} KiB here.", new { limitKiB = limitBytes / 1024 })
    {
    }
}

public static class Invalid
{
    /// <summary>A 400 naming one field, for rules a validator cannot check without the database.</summary>
    public static ValidationException Field(string field, ProblemCode code, string message, object? args = null) =>
        new([new ValidationFailure(field, message) { ErrorCode = code.Value, CustomState = args }]);
}
