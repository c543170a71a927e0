using System.Reflection;
using Dapper;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>Applies the forward-only numbered scripts of <c>database/&lt;engine&gt;/</c>, embedded in this assembly.</summary>
public static class Migrator
{
    /// <summary>The names DbUp journals for this engine's embedded scripts, e.g. database.sqlite.0001_schema.sql.</summary>
    public static IReadOnlyList<string> Scripts(DatabaseProvider provider)
    {
        var prefix = $"database.{(provider == DatabaseProvider.Sqlite ? "sqlite" : "sqlserver")}.";
        return [.. Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public static void Upgrade(DbConnectionFactory factory, ILogger logger)
    {
        var engine = factory.Provider == DatabaseProvider.Sqlite ? "sqlite" : "sqlserver";
        var builder = factory.Provider == DatabaseProvider.Sqlite
            ? PrepareSqlite(factory.ConnectionString)
            : PrepareSqlServer(factory.ConnectionString);

        var result = builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.StartsWith($"database.{engine}.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();

        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database upgrade failed in {result.ErrorScript?.Name}: {result.Error.Message}", result.Error);
        }

        foreach (var script in result.Scripts)
        {
            logger.LogInformation("Applied database script {Script}", script.Name);
        }
    }

    private static UpgradeEngineBuilder PrepareSqlite(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets readers work while a command writes; the setting is kept in the file.
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL;");
        }

        return DeployChanges.To.SqliteDatabase(connectionString);
    }

    private static UpgradeEngineBuilder PrepareSqlServer(string connectionString)
    {
        return DeployChanges.To.SqlDatabase(connectionString);
    }
}
