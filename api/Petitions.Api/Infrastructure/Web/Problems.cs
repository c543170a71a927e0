using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>What does not exist, or what the caller may not see: both answer 404 alike.</summary>
public sealed class NotFoundException(string what, object id) : Exception($"{what} {id} does not exist.");

/// <summary>The caller's role may not do this: 403.</summary>
public sealed class ForbiddenException(string detail) : Exception(detail);

/// <summary>A request that is valid but clashes with the current state: 409.</summary>
public sealed class ConflictException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    public static ConflictException StaleVersion(string what, object id, int expected, int actual) => new(
        "Stale version",
        $"{what} {id} has changed: you sent version {expected}, it is now at version {actual}. Reload it and try again.");
}

public static class Problem
{
    /// <summary>Writes problem details from middleware, where no exception handler is on the way.</summary>
    public static ValueTask Write(HttpContext http, int status, string title, string? detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

public static class Invalid
{
    /// <summary>A 400 naming one field, for rules a validator cannot check without the database.</summary>
    public static ValidationException Field(string field, string message) => new([new ValidationFailure(field, message)]);
}

/// <summary>Turns every failure into RFC 9457 problem details: 400 with field errors, 404, 409 or a plain 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => new HttpValidationProblemDetails(FieldErrors(validation.Errors))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
                Detail = "See errors for each field and what is wrong with it.",
            },
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [JsonField(json.Path)] = [JsonMessage(json)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this endpoint",
            },
            BadHttpRequestException bad when UnboundParameter(bad.Message) is { } unbound => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [unbound.Field] = [unbound.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
                Detail = "See errors for each field and what is wrong with it.",
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Bad request",
                Detail = bad.Message,
            },
            NotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found",
                Detail = notFound.Message,
            },
            TransitionRefusedException refused => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Transition refused",
                Detail = refused.Message,
                Extensions = { ["action"] = refused.Action.ToString(), ["from"] = refused.From.ToString() },
            },
            UnauthorizedAccessException => new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign in first",
                Detail = "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
            },
            ForbiddenException forbidden => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = forbidden.Message,
            },
            ConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = conflict.Title,
                Detail = conflict.Message,
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side",
                Detail = "Nothing was changed. Try again; if it keeps failing, tell the administrator.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static Dictionary<string, string[]> FieldErrors(IEnumerable<ValidationFailure> failures) =>
        failures
            .GroupBy(f => CamelCasePath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());

    /// <summary>"Items[0].Text" → "items[0].text", matching the JSON the caller sent; header names ("If-Match") stay as they are.</summary>
    public static string CamelCasePath(string path) =>
        path.Contains('-') ? path : string.Join('.', path.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    /// <summary>Reads ASP.NET Core's 'Failed to bind parameter "Nullable&lt;CaseStatus&gt; Status" from "Nope".'</summary>
    private static (string Field, string Message)? UnboundParameter(string message)
    {
        var match = Regex.Match(message, "^Failed to bind parameter \"(?:Nullable<(?<type>\\w+)>|(?<type>\\w+)\\??) (?<name>\\w+)\" from \"(?<value>.*)\"\\.$");
        if (!match.Success)
        {
            return null;
        }

        var type = match.Groups["type"].Value;
        var expected = type switch
        {
            nameof(CaseStatus) => $"one of: {string.Join(", ", Enum.GetNames<CaseStatus>())}",
            nameof(Category) => $"one of: {string.Join(", ", Enum.GetNames<Category>())}",
            "Int64" or "Int32" or "long" or "int" => "a whole number",
            "Boolean" or "bool" => "true or false",
            _ => $"a {type}",
        };
        return (CamelCasePath(match.Groups["name"].Value), $"'{match.Groups["value"].Value}' is not valid here; use {expected}.");
    }

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string JsonMessage(JsonException json)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; the field already says where.
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}

public static class Etag
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The version an <c>If-Match</c> header asks for; null when absent or "*".</summary>
    public static int? ParseIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        value = value.Trim('"');
        return int.TryParse(value, out var version) && version > 0
            ? version
            : throw Invalid.Field("If-Match", $"If-Match must be the ETag of the case, such as \"3\"; got {ifMatch}.");
    }
}

/// <summary>Opaque keyset cursors: the id of the last row a page returned.</summary>
public static class Cursor
{
    public static string Encode(long lastId) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"id:{lastId}"));

    public static bool TryDecode(string? cursor, out long lastId)
    {
        lastId = 0;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("id:", StringComparison.Ordinal) && long.TryParse(text[3..], out lastId) && lastId >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
