using Microsoft.Extensions.Options;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Infrastructure.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = configuration.GetConnectionString("Petitions") switch
        {
            { Length: > 0 } configured => configured,
            _ when options.Provider == DatabaseProvider.Sqlite => DbConnectionFactory.DefaultSqliteConnectionString(contentRoot),
            _ => throw new InvalidOperationException("Database:Provider is SqlServer: set ConnectionStrings:Petitions."),
        };

        services.AddSingleton(options);
        services.AddSingleton<DbConnectionFactory>();
        services.AddScoped<Db>();
        services.AddScoped<SeedLoader>();
        services.AddSingleton<Installation>();
        services.Configure<WardOptions>(configuration.GetSection("Ward"));
        return services;
    }

    /// <summary>At start-up: apply the scripts, load the seeds into an empty (or older) database, read the ward and calendar.</summary>
    public static async Task InitializeDatabase(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Petitions.Database");
        Migrator.Upgrade(services.GetRequiredService<DbConnectionFactory>(), logger);

        await using var scope = services.CreateAsyncScope();
        if (options.LoadSeeds)
        {
            var seedsPath = options.SeedsPath ?? Path.Combine(AppContext.BaseDirectory, "seeds");
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().Load(seedsPath, cancellationToken);
        }

        var db = scope.ServiceProvider.GetRequiredService<Db>();
        var wardCode = services.GetRequiredService<IOptions<WardOptions>>().Value.Code;
        var installation = services.GetRequiredService<Installation>();
        installation.WardId = await db.QuerySingleOrDefault<long?>("SELECT id FROM wards WHERE code = @Code", new { Code = wardCode }, cancellationToken)
            ?? throw new InvalidOperationException($"Ward '{wardCode}' (configuration Ward:Code) is not in the database; add it under seeds/wards.");

        var days = await db.Query<CalendarDay>("SELECT day AS Day, is_working_day AS IsWorkingDay FROM calendar_days", null, cancellationToken);
        installation.Calendar = new WorkingCalendar(
            days.Where(d => !d.IsWorkingDay).Select(d => d.Day),
            days.Where(d => d.IsWorkingDay).Select(d => d.Day));
        logger.LogInformation("Serving ward {Ward} with {Days} calendar days", wardCode, days.Count);
    }

    private sealed record CalendarDay
    {
        public DateOnly Day { get; init; }

        public bool IsWorkingDay { get; init; }
    }
}
