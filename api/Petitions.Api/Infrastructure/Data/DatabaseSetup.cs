using Petitions.Api.Infrastructure.Time;

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
        services.AddSingleton<EmbeddedDatabase>();
        services.AddSingleton<DbConnectionFactory>();
        services.AddScoped<Db>();
        services.AddScoped<SeedLoader>();
        services.AddSingleton<Installation>();
        return (options, data);
    }

    /// <summary>
    /// At start-up, once the embedded database is checked (<see cref="EmbeddedDatabase"/>): apply the scripts, load the
    /// seeds into an empty (or older) database and read the working-day calendar. The demo accounts come next (<c>DemoAccounts.EnsureDemoAccounts</c>).
    /// </summary>
    /// <param name="whenChecked">What the caller reads or writes once the database is known to be usable, before the scripts run (the server's signing key).</param>
    public static async Task InitializeDatabase(this IServiceProvider services, IHostEnvironment environment, Action? whenChecked = null, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Petitions.Database");
        var embedded = services.GetRequiredService<EmbeddedDatabase>();
        embedded.EnsureWritableFolder();
        await using var scope = services.CreateAsyncScope();
        using (UpgradeLock.Take(options))
        {
            embedded.Check();
            whenChecked?.Invoke();
            Migrator.Upgrade(services.GetRequiredService<DbConnectionFactory>(), logger);
            if (options.LoadSeeds)
            {
                var seedsPath = options.SeedsPath ?? Path.Combine(AppContext.BaseDirectory, "seeds");
                var sessions = options.LoadDemoSessions ?? !environment.IsProduction();
                var currentQuarter = sessions && (options.DemoCurrentQuarter ?? environment.IsDevelopment());
                await scope.ServiceProvider.GetRequiredService<SeedLoader>().Load(seedsPath, sessions, currentQuarter, cancellationToken);
            }
        }

        var db = scope.ServiceProvider.GetRequiredService<Db>();
        services.GetRequiredService<Installation>().Calendar = await db.LoadCalendar(cancellationToken);
    }
}
