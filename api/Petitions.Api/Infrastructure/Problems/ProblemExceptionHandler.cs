using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Problems;

/// <summary>Turns every failure into RFC 9457 problem details with a code: 400 with field errors, 404, 409, 503 or a plain 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = ProblemResponses.Create(
                StatusCodes.Status500InternalServerError,
                ProblemCode.InternalError,
                "Something went wrong on our side",
                "Nothing was changed. Try again; if it keeps failing, tell the administrator.",
                null);
        }

        if (exception is ServiceUnavailableException unavailable)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The problem an exception answers, or null for a failure of our own (500). The OpenAPI examples use it too.</summary>
    public static ProblemDetails? Describe(Exception exception) => exception switch
    {
        ValidationException validation => FieldProblem(validation.Errors),
        BadHttpRequestException { InnerException: JsonException json } => FieldProblem(
            [JsonFailure(json)],
            "The request body is not valid JSON for this endpoint"),
        BadHttpRequestException bad when UnboundParameter(bad.Message) is { } unbound => FieldProblem([unbound]),
        BadHttpRequestException bad => ProblemResponses.Create(bad.StatusCode, ProblemCode.ForStatus(bad.StatusCode), "Bad request", bad.Message, null),
        RefusalException refusal => ProblemResponses.Create(refusal.Status, refusal.Code, refusal.Title, refusal.Message, refusal.Args),
        TransitionRefusedException refused => ProblemResponses.Create(
            StatusCodes.Status409Conflict,
            ProblemCode.TransitionRefused,
            "Transition refused",
            refused.Message,
            new { action = refused.Action, from = refused.From, allowed = refused.AllowedFrom }),
        UnauthorizedAccessException => ProblemResponses.Create(
            StatusCodes.Status401Unauthorized,
            ProblemCode.SignInRequired,
            "Sign in first",
            "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
            null),
        _ => null,
    };

    /// <summary>400: <c>errors</c> (field → English messages, as outside tools read it) and beside it <c>fieldCodes</c> (field → codes and args).</summary>
    private static HttpValidationProblemDetails FieldProblem(IEnumerable<ValidationFailure> failures, string title = "The request is not valid")
    {
        var byField = failures.GroupBy(f => CamelCasePath(f.PropertyName)).ToList();
        var problem = new HttpValidationProblemDetails(
            byField.ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = "See errors for each field and what is wrong with it.",
        };
        problem.Extensions["fieldCodes"] = byField.ToDictionary(
            g => g.Key,
            g => g.Select(f => new FieldCode(f.ErrorCode, f.CustomState ?? LengthArgs(f) ?? ProblemResponses.NoArgs)).Distinct().ToArray());
        return ProblemResponses.Coded(problem, ProblemCode.Validation, null);
    }

    /// <summary>The numbers a length rule knows, so its message can say them without a state of its own.</summary>
    private static Dictionary<string, object?>? LengthArgs(ValidationFailure failure)
    {
        var values = failure.FormattedMessagePlaceholderValues;
        if (values is null || !values.TryGetValue("TotalLength", out var actual))
        {
            return null;
        }

        var args = new Dictionary<string, object?> { ["actual"] = actual };
        if (values.TryGetValue("MaxLength", out var max) && max is int maxLength && maxLength >= 0)
        {
            args["max"] = max;
        }

        if (values.TryGetValue("MinLength", out var min) && min is int minLength && minLength > 0)
        {
            args["min"] = min;
        }

        return args;
    }

    /// <summary>"Items[0].Text" → "items[0].text", matching the JSON the caller sent; header names ("If-Match") stay as they are.</summary>
    public static string CamelCasePath(string path) =>
        path.Contains('-') ? path : string.Join('.', path.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    private static ValidationFailure JsonFailure(JsonException json)
    {
        var path = json.Path;
        var field = string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; the field already says where.
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = (cut >= 0 ? message[..cut] : message).Trim();

        var (code, args) = json is CodedJsonException coded ? (coded.Code, coded.Args) : (ProblemCode.BodyMalformed, null);
        return new ValidationFailure(field, message) { ErrorCode = code.Value, CustomState = args };
    }

    /// <summary>Reads ASP.NET Core's 'Failed to bind parameter "Nullable&lt;CaseStatus&gt; Status" from "Nope".'</summary>
    private static ValidationFailure? UnboundParameter(string message)
    {
        var match = Regex.Match(message, "^Failed to bind parameter \"(?:Nullable<(?<type>\\w+)>|(?<type>\\w+)\\??) (?<name>\\w+)\" from \"(?<value>.*)\"\\.$");
        if (!match.Success)
        {
            return null;
        }

        var type = match.Groups["type"].Value;
        var value = match.Groups["value"].Value;
        string[]? allowed = type switch
        {
            nameof(CaseStatus) => Enum.GetNames<CaseStatus>(),
            nameof(Category) => Enum.GetNames<Category>(),
            _ => null,
        };
        var expected = type switch
        {
            _ when allowed is not null => "oneOf",
            "Int64" or "Int32" or "long" or "int" => "wholeNumber",
            "Boolean" or "bool" => "trueOrFalse",
            _ => type,
        };
        var shown = allowed is not null ? $"one of: {string.Join(", ", allowed)}"
            : expected == "wholeNumber" ? "a whole number"
            : expected == "trueOrFalse" ? "true or false"
            : $"a {type}";
        return new ValidationFailure(CamelCasePath(match.Groups["name"].Value), $"'{value}' is not valid here; use {shown}.")
        {
            ErrorCode = ProblemCode.QueryInvalidValue.Value,
            CustomState = new { value, expected, allowed },
        };
    }
}

/// <summary>A JSON reading failure that knows its code (an unknown enum name, a number where text belongs).</summary>
public sealed class CodedJsonException(ProblemCode code, object args, string message) : JsonException(message)
{
    public ProblemCode Code { get; } = code;

    public object Args { get; } = args;
}
