using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Hosting;

/// <summary>Configuration section <c>Health</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>Below this much free space in the data folder's file system, the app is not ready.</summary>
    public long MinimumFreeMegabytes { get; set; } = 512;
}

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers, every script is applied and
/// the data folder has room; 503 otherwise, naming what failed. Both anonymous, for a load balancer or systemd.
/// </summary>
public static class Health
{
    public static IServiceCollection AddPetitionsHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Health").Get<HealthOptions>() ?? new HealthOptions());
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database")
            .AddCheck<FreeSpaceCheck>("freeSpace");
        return services;
    }

    public static void MapPetitionsHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write })
            .AllowAnonymous()
            .DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = Write })
            .AllowAnonymous()
            .DisableRateLimiting();
    }

    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    private sealed class DatabaseCheck(DbConnectionFactory factory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = factory.Create();
                await connection.OpenAsync(cancellationToken);
                var applied = (await connection.QueryAsync<string>(new CommandDefinition("SELECT ScriptName FROM SchemaVersions", cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
                var missing = Migrator.Scripts(factory.Provider).Where(s => !applied.Contains(s)).ToList();
                return missing.Count == 0
                    ? HealthCheckResult.Healthy($"{applied.Count} scripts applied")
                    : HealthCheckResult.Unhealthy($"Scripts not applied: {string.Join(", ", missing)}");
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("The database does not answer: " + exception.Message);
            }
        }
    }

    private sealed class FreeSpaceCheck(DataFolder data, HealthOptions options) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var folder = Directory.Exists(data.Path) ? data.Path : Path.GetDirectoryName(data.Path) ?? "/";
            var free = new DriveInfo(folder).AvailableFreeSpace / (1024 * 1024);
            var description = $"{free:N0} MB free in {data.Path} (at least {options.MinimumFreeMegabytes:N0} MB wanted)";
            return Task.FromResult(free >= options.MinimumFreeMegabytes ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
        }
    }
}
