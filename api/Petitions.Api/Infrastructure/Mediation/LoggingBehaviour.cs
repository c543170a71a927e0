using System.Diagnostics;
using MediatR;

namespace Petitions.Api.Infrastructure.Mediation;

/// <summary>Logs each request's name, outcome and duration; never its content, which may hold personal data.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // Checked first: formatting the arguments costs allocations on every request even when nobody listens.
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return await next();
        }

        var name = RequestName.Of(typeof(TRequest));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogInformation("{Request} handled in {ElapsedMs:0.0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            logger.LogInformation("{Request} refused after {ElapsedMs:0.0} ms: {Reason}", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }
}

public static class RequestName
{
    /// <summary>"AssignCase.Command" rather than "Command".</summary>
    public static string Of(Type requestType) =>
        requestType.DeclaringType is null ? requestType.Name : $"{requestType.DeclaringType.Name}.{requestType.Name}";
}
