using Microsoft.Extensions.Options;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Infrastructure.Data;

public static class DatabaseSetup
{
    public static (DatabaseOptions Options, DataFolder Data) AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var data = DataFolder.Resolve(configuration, environment, options.Provider);
        options.ConnectionString = configuration.GetConnectionString("Petitions") switch
        {
            { Length: > 0 } configured => configured,
            _ when options.Provider == DatabaseProvider.Sqlite => DbConnectionFactory.SqliteConnectionString(data.DatabaseFile),
            _ => throw new InvalidOperationException("Database:Provider is SqlServer: set ConnectionStrings:Petitions."),
        };

        services.AddSingleton(options);
        services.AddSingleton(data);
        DataProtectionKeys.Add(services);
        var backup = configuration.GetSection("Backup").Get<BackupOptions>() ?? new BackupOptions();
        backup.Interval ??= environment.IsProduction() ? TimeSpan.FromDays(1) : null;
        services.AddSingleton(backup);
        services.AddHostedService<BackupSchedule>();
        services.AddSingleton<DbConnectionFactory>();
        services.AddScoped<Db>();
        services.AddScoped<SeedLoader>();
        services.AddSingleton<Installation>();
        services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        return (options, data);
    }

    /// <summary>
    /// At start-up: apply the scripts, load the seeds into an empty (or older) database, create the demo accounts
    /// (embedded default in Development only) or in Production disable any that are left, and read the working-day calendar.
    /// </summary>
    public static async Task InitializeDatabase(this IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Petitions.Database");
        Migrator.Upgrade(services.GetRequiredService<DbConnectionFactory>(), logger);

        await using var scope = services.CreateAsyncScope();
        if (options.LoadSeeds)
        {
            var seedsPath = options.SeedsPath ?? Path.Combine(AppContext.BaseDirectory, "seeds");
            var sessions = options.LoadDemoSessions ?? !environment.IsProduction();
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().Load(seedsPath, sessions, cancellationToken);
        }

        var db = scope.ServiceProvider.GetRequiredService<Db>();
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var now = services.GetRequiredService<Clock>().Now;
        var passwords = services.GetRequiredService<Passwords>();
        if (environment.IsProduction())
        {
            var disabled = await DemoAccounts.DisableLeftovers(db, passwords, demo, now, cancellationToken);
            if (disabled.Count > 0)
            {
                logger.LogWarning(
                    "Production: the demo accounts {Accounts} had the published demo password and are now disabled. Create your own administrator with 'admin create'.",
                    string.Join(", ", disabled));
            }
        }
        else if (DemoAccounts.Wanted(demo, environment, options.Provider))
        {
            await DemoAccounts.Ensure(db, passwords, demo, now, cancellationToken);
            // Printed for the person who started the app, not logged: logs never carry passwords.
            var password = demo.Password == DemoOptions.DefaultPassword ? DemoOptions.DefaultPassword : "the value of Demo:Password";
            Console.WriteLine(
                $"Demo accounts ({environment.EnvironmentName}, embedded database), password {password}: " +
                string.Join(", ", DemoAccounts.All.Select(a => $"{a.Username} ({a.Role})")));
        }

        var days = await db.Query<CalendarDay>("SELECT day AS Day, is_working_day AS IsWorkingDay FROM calendar_days", null, cancellationToken);
        services.GetRequiredService<Installation>().Calendar = new WorkingCalendar(
            days.Where(d => !d.IsWorkingDay).Select(d => d.Day),
            days.Where(d => d.IsWorkingDay).Select(d => d.Day));
    }

    private sealed record CalendarDay
    {
        public DateOnly Day { get; init; }

        public bool IsWorkingDay { get; init; }
    }
}
