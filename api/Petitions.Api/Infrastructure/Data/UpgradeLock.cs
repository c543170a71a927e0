using System.Diagnostics;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// Held while the database scripts and seeds are applied, so that two processes never apply them at once: a server
/// and an <c>admin</c> command started together on the embedded database (<c>petitions.db.migration-lock</c>), or
/// several instances starting on one SQL Server database (an application lock of the session). The second waits.
/// </summary>
public static class UpgradeLock
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public static IDisposable? Take(DatabaseOptions options) => options.Provider == DatabaseProvider.SqlServer
        ? TakeOnSqlServer(options.ConnectionString)
        : EmbeddedDatabase.ExclusiveFile(options) is { } file ? TakeFile(file + ".migration-lock") : null;

    private static FileStream TakeFile(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (EmbeddedDatabase.TryLock(path) is { } held)
            {
                return held;
            }

            if (waited.Elapsed > Wait)
            {
                throw new StartupRefusal($"another process has been upgrading the database for over {Wait.TotalSeconds:0} s ({path} is held). Wait for it to end, then start again.");
            }

            Thread.Sleep(100);
        }
    }

    private static SqlConnection TakeOnSqlServer(string connectionString)
    {
        DbUp.EnsureDatabase.For.SqlDatabase(connectionString);
        var connection = new SqlConnection(connectionString);
        connection.Open();
        var granted = connection.ExecuteScalar<int>(
            """
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = N'petitions-upgrade', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = @Milliseconds;
            SELECT @result;
            """,
            new { Milliseconds = (int)Wait.TotalMilliseconds });
        if (granted < 0)
        {
            connection.Dispose();
            throw new StartupRefusal($"another instance has been upgrading the database for over {Wait.TotalSeconds:0} s. Wait for it to end, then start again.");
        }

        return connection;
    }
}
