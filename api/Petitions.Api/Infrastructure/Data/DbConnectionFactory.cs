using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

public sealed class DbConnectionFactory
{
    public DbConnectionFactory(DatabaseOptions options)
    {
        Provider = options.Provider;
        BusyTimeout = options.BusyTimeout;
        // SQLite's command timeout is how long it retries a lock another connection holds.
        ConnectionString = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder(options.ConnectionString) { DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)) }.ToString()
            : options.ConnectionString;
        Dialect = Provider == DatabaseProvider.Sqlite ? new SqliteDialect() : new SqlServerDialect();
        WriteGate = Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;
        DapperTypeHandlers.Register();
    }

    public DatabaseProvider Provider { get; }

    public TimeSpan BusyTimeout { get; }

    public string ConnectionString { get; }

    public ISqlDialect Dialect { get; }

    /// <summary>
    /// SQLite lets one writer in at a time and makes the others poll with sleeps (SQLITE_BUSY), which stretches the
    /// slowest commands to hundreds of milliseconds under load. Queuing this process's writers here instead lets each
    /// start the moment the last one commits. Null where the engine queues writers itself.
    /// </summary>
    public SemaphoreSlim? WriteGate { get; }

    public DbConnection Create() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new SqlConnection(ConnectionString);

    /// <summary>A SQLite file with foreign keys enforced; the embedded default is the data folder's <c>petitions.db</c>.</summary>
    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
