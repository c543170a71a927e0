using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>Configuration section <c>Backup</c> (the embedded database only).</summary>
public sealed class BackupOptions
{
    /// <summary>How often the running app backs up; left out, daily in Production and never elsewhere.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>How many backups to keep in the data folder's <c>backups/</c>; older ones are deleted.</summary>
    public int Keep { get; set; } = 7;
}

/// <summary>
/// Online, consistent copies of the embedded database through SQLite's backup API: the copy is one snapshot of the
/// file taken while requests go on (WAL readers never block the writer), written under a temporary name and then
/// renamed, so a backup file is either whole or absent. SQL Server has its own (BACKUP DATABASE).
/// </summary>
public static class Backups
{
    public const string Prefix = "petitions-";

    public static string Create(DbConnectionFactory factory, DataFolder data, int keep, string? target = null)
    {
        RequireSqlite(factory);
        Directory.CreateDirectory(data.BackupsFolder);
        target ??= Path.Combine(data.BackupsFolder, $"{Prefix}{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}.db");
        var partial = target + ".partial";
        using (var source = new SqliteConnection(factory.ConnectionString))
        using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            source.Open();
            destination.Open();
            source.BackupDatabase(destination);
            // A backup is one file: no -wal beside it.
            destination.Execute("PRAGMA journal_mode = DELETE;");
        }

        File.Move(partial, target, overwrite: true);
        Prune(data, keep);
        return target;
    }

    /// <summary>Copies <paramref name="backup"/> into the database file the configuration names, which must not exist yet.</summary>
    public static string Restore(DbConnectionFactory factory, string backup)
    {
        RequireSqlite(factory);
        var target = Path.GetFullPath(new SqliteConnectionStringBuilder(factory.ConnectionString).DataSource);
        if (!File.Exists(backup))
        {
            throw new InvalidOperationException($"There is no backup file {backup}.");
        }

        if (File.Exists(target) || File.Exists(target + "-wal"))
        {
            throw new InvalidOperationException($"{target} already exists: restore into a fresh data folder (stop the app and move the old folder aside first).");
        }

        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            source.Open();
            var check = source.ExecuteScalar<string>("PRAGMA integrity_check;");
            var scripts = source.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schemaversions' COLLATE NOCASE");
            if (check != "ok" || scripts == 0)
            {
                throw new InvalidOperationException($"{backup} is not a whole Petitions database (integrity check: {check}).");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = target + ".partial";
            using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                destination.Open();
                source.BackupDatabase(destination);
            }

            File.Move(partial, target);
        }

        return target;
    }

    private static void Prune(DataFolder data, int keep)
    {
        foreach (var old in Directory.GetFiles(data.BackupsFolder, $"{Prefix}*.db").Order(StringComparer.Ordinal).Reverse().Skip(Math.Max(1, keep)))
        {
            File.Delete(old);
        }
    }

    private static void RequireSqlite(DbConnectionFactory factory)
    {
        if (factory.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Backups here are of the embedded database; back up SQL Server with its own BACKUP DATABASE (see README).");
        }
    }
}

/// <summary>Backs the embedded database up every <see cref="BackupOptions.Interval"/> while the app runs, keeping the newest few.</summary>
public sealed class BackupSchedule(DbConnectionFactory factory, DataFolder data, BackupOptions options, ILogger<BackupSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Interval is not { } interval || interval <= TimeSpan.Zero || factory.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var file = await Task.Run(() => Backups.Create(factory, data, options.Keep), stoppingToken);
                logger.LogInformation("Backed up the database to {File}", file);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The scheduled backup failed; the next one is tried in {Interval}", interval);
            }
        }
    }
}
