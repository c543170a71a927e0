using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Petitions.Api.Infrastructure.Problems;

/// <summary>One field's refusal in <c>fieldCodes</c>: its code and the data its message needs.</summary>
public sealed record FieldCode(string Code, object Args);

public static class ProblemResponses
{
    public static readonly object NoArgs = new Dictionary<string, object?>();

    /// <summary>Gives every problem answer, the framework's own included (404 of an unknown path, 405, 415), a code, its type and args.</summary>
    public static IServiceCollection AddPetitionsProblems(this IServiceCollection services) =>
        services
            .AddProblemDetails(options => options.CustomizeProblemDetails = context => Complete(context.ProblemDetails))
            .AddExceptionHandler<ProblemExceptionHandler>();

    public static ProblemDetails Create(int status, ProblemCode code, string title, string? detail, object? args) =>
        Coded(new ProblemDetails { Status = status, Title = title, Detail = detail }, code, args);

    public static T Coded<T>(T problem, ProblemCode code, object? args)
        where T : ProblemDetails
    {
        problem.Type = code.Type;
        problem.Extensions["code"] = code.Value;
        problem.Extensions["args"] = args ?? NoArgs;
        return problem;
    }

    /// <summary>Writes problem details from middleware, where no exception handler is on the way.</summary>
    public static ValueTask Write(HttpContext http, int status, ProblemCode code, string title, string? detail, object? args = null)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = Create(status, code, title, detail, args),
        });
    }

    /// <summary>429 (or a locked account) with the <c>Retry-After</c> header and the same number of seconds in its args.</summary>
    public static ValueTask TooManyRequests(HttpContext http, ProblemCode code, TimeSpan retryAfter, string detail)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Write(http, StatusCodes.Status429TooManyRequests, code, "Too many requests", $"{detail} Retry after {seconds} s.", new { retryAfterSeconds = seconds });
    }

    private static void Complete(ProblemDetails problem)
    {
        if (!problem.Extensions.ContainsKey("code"))
        {
            Coded(problem, ProblemCode.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError), null);
        }
    }
}
