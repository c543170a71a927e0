using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
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
    private readonly string _environment;
    private readonly string _connectionString;
    private readonly string? _sqliteFolder;
    private readonly Dictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private bool _accountsReady;
    private bool _disposed;

    /// <param name="settings">Configuration for this app only, e.g. a low rate limit for the test of it.</param>
    /// <param name="environment">"Testing" has the demo accounts (Demo:Enabled); "Production" has none.</param>
    /// <param name="services">Services for this app only, e.g. a logger that collects what is written.</param>
    public PetitionsApp(string engine = Engines.Sqlite, string? sqliteFile = null, Dictionary<string, string>? settings = null, string environment = "Testing", Action<IServiceCollection>? services = null)
    {
        _engine = engine;
        _services = services;
        _environment = environment;
        // Outside Development the cookies are Secure, as in production behind TLS.
        ClientOptions.BaseAddress = new Uri("https://localhost");
        // Tests move the clock across weeks; tokens must outlive that unless a test says otherwise.
        _settings = new Dictionary<string, string>
        {
            ["Auth:TokenLifetime"] = "3650.00:00:00",
            ["Auth:SignInsPerAddressPerMinute"] = "100000",
            ["Auth:PetitionsPerUserPerMinute"] = "100000",
            ["Demo:Enabled"] = "true",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        if (engine == Engines.SqlServer)
        {
            var server = Environment.GetEnvironmentVariable(SqlServerVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                Assert.Ignore($"SQL Server integration tests skipped: {SqlServerVariable} is not set.");
            }

            _connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = $"petitions_test_{Guid.NewGuid():N}" }.ConnectionString;
            _settings["Auth:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
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

    /// <summary>A client signed in as <paramref name="username"/> (a demo account or one a test added) with a Bearer token.</summary>
    public HttpClient As(string username, string password = DemoOptions.DefaultPassword)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(username, password));
        return client;
    }

    /// <summary>A client with a token of its own sign-in, not the one shared by the tests: for signing it out.</summary>
    public HttpClient AsNewSignIn(string username)
    {
        EnsureAccounts();
        var client = CreateClient();
        var response = client.Post("/api/auth/token", new { username, password = DemoOptions.DefaultPassword }).GetAwaiter().GetResult();
        response.ShouldBe(System.Net.HttpStatusCode.OK).GetAwaiter().GetResult();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", response.Json().GetAwaiter().GetResult()["accessToken"]!.GetValue<string>());
        return client;
    }

    public string TokenFor(string username, string password = DemoOptions.DefaultPassword)
    {
        EnsureAccounts();
        return _tokens.GetOrAdd(username, _ =>
        {
            using var client = CreateClient();
            var response = client.Post("/api/auth/token", new { username, password }).GetAwaiter().GetResult();
            response.ShouldBe(System.Net.HttpStatusCode.OK).GetAwaiter().GetResult();
            return response.Json().GetAwaiter().GetResult()["accessToken"]!.GetValue<string>();
        });
    }

    /// <summary>Adds a user straight to the database, the way an administrator's command would.</summary>
    public Task<long> AddUser(string username, Role role, string? wardCode = "yen-hoa", string? departmentCode = null, string? organisation = null, string password = DemoOptions.DefaultPassword) =>
        WithDb(async db =>
        {
            var hash = Services.GetRequiredService<Passwords>().Hash(password);
            return await db.Insert(
                """
                INSERT INTO users (ward_id, username, display_name, role, department_id, organisation, password_hash, is_disabled,
                                   failed_sign_ins, security_stamp, created_at, updated_at)
                VALUES ((SELECT id FROM wards WHERE code = @WardCode), @Username, @Username, @Role,
                        (SELECT d.id FROM departments d JOIN wards w ON w.id = d.ward_id WHERE w.code = @WardCode AND d.code = @DepartmentCode),
                        @Organisation, @Hash, 0, 0, @Stamp, @Now, @Now)
                """,
                new { WardCode = wardCode, Username = username, Role = role.ToString(), DepartmentCode = departmentCode, Organisation = organisation, Hash = hash, Stamp = Guid.NewGuid().ToString("N"), Now = DateTimeOffset.UtcNow },
                CancellationToken.None);
        });

    /// <summary>Runs SQL against the app's own database, the way a handler would.</summary>
    public async Task<T> WithDb<T>(Func<Db, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<Db>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Provider", _engine);
        builder.UseSetting("ConnectionStrings:Petitions", _connectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<DocumentedCodes.Cache>();
            DocumentedCodes.AddCheck(services);
            _services?.Invoke(services);
        });
    }

    /// <summary>The demo accounts exist on the embedded default by themselves; on SQL Server the tests add them.</summary>
    private void EnsureAccounts()
    {
        if (_accountsReady)
        {
            return;
        }

        _ = Server;
        if (_engine == Engines.SqlServer)
        {
            WithDb(async db =>
            {
                var options = Services.GetRequiredService<IOptions<DemoOptions>>().Value;
                await DemoAccounts.Ensure(db, Services.GetRequiredService<Passwords>(), options, DateTimeOffset.UtcNow, CancellationToken.None);
                return 0;
            }).GetAwaiter().GetResult();
        }

        _accountsReady = true;
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
            SqlConnection.ClearAllPools();
            var master = new SqlConnectionStringBuilder(_connectionString) { InitialCatalog = "master" }.ConnectionString;
            var database = new SqlConnectionStringBuilder(_connectionString).InitialCatalog;
            using var connection = new SqlConnection(master);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"IF DB_ID('{database}') IS NOT NULL BEGIN ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}]; END";
            drop.ExecuteNonQuery();
        }
        else if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_sqliteFolder))
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
        }
    }
}

public static class Engines
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
