using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>
/// The real API through the ASP.NET Core pipeline over a database of its own: a fresh SQLite file, or a fresh
/// SQL Server database when the engine is SqlServer and PETITIONS_SQLSERVER holds a connection string.
/// </summary>
public sealed class PetitionsApp : WebApplicationFactory<Program>
{
    public const string SqlServerVariable = "PETITIONS_SQLSERVER";

    private readonly string _engine;
    private readonly string _connectionString;
    private readonly string? _wardCode;
    private readonly string? _sqliteFolder;
    private bool _disposed;

    public PetitionsApp(string engine = Engines.Sqlite, string? wardCode = null, string? sqliteFile = null)
    {
        _engine = engine;
        _wardCode = wardCode;
        if (engine == Engines.SqlServer)
        {
            var server = Environment.GetEnvironmentVariable(SqlServerVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                Assert.Ignore($"SQL Server integration tests skipped: {SqlServerVariable} is not set.");
            }

            _connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = $"petitions_test_{Guid.NewGuid():N}" }.ConnectionString;
        }
        else
        {
            if (sqliteFile is null)
            {
                _sqliteFolder = Path.Combine(Path.GetTempPath(), "petitions-tests", Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(_sqliteFolder);
                sqliteFile = Path.Combine(_sqliteFolder, "petitions.db");
            }

            DatabaseFile = sqliteFile;
            _connectionString = DbConnectionFactory.SqliteConnectionString(sqliteFile);
        }
    }

    public TestClock Clock { get; } = new();

    /// <summary>The SQLite file behind this app (null on SQL Server).</summary>
    public string? DatabaseFile { get; }

    /// <summary>Runs SQL against the app's own database, the way a handler would.</summary>
    public async Task<T> WithDb<T>(Func<Db, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<Db>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _engine);
        builder.UseSetting("ConnectionStrings:Petitions", _connectionString);
        if (_wardCode is not null)
        {
            builder.UseSetting("Ward:Code", _wardCode);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _disposed)
        {
            return;
        }

        _disposed = true;

        if (_engine == Engines.SqlServer)
        {
            Microsoft.Data.SqlClient.SqlConnection.ClearAllPools();
            var master = new SqlConnectionStringBuilder(_connectionString) { InitialCatalog = "master" }.ConnectionString;
            var database = new SqlConnectionStringBuilder(_connectionString).InitialCatalog;
            using var connection = new SqlConnection(master);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}];";
            drop.ExecuteNonQuery();
        }
        else if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}

public static class Engines
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
