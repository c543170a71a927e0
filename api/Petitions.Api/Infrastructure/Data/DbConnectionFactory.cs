using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

public sealed class DbConnectionFactory
{
    public DbConnectionFactory(DatabaseOptions options)
    {
        Provider = options.Provider;
        ConnectionString = options.ConnectionString;
        Dialect = Provider == DatabaseProvider.Sqlite ? new SqliteDialect() : new SqlServerDialect();
        DapperTypeHandlers.Register();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public ISqlDialect Dialect { get; }

    public DbConnection Create() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new SqlConnection(ConnectionString);

    /// <summary>The embedded default: a SQLite file under the app's data folder, foreign keys enforced.</summary>
    public static string DefaultSqliteConnectionString(string contentRoot) =>
        SqliteConnectionString(Path.Combine(contentRoot, "data", "petitions.db"));

    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
