using System.Net;
using Microsoft.Data.SqlClient;
using Petitions.Api.Infrastructure.Commands;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// <c>admin create</c> makes the first administrator of a ward (or of the city) on a real database, with the password
/// read from standard input, refuses to overwrite anyone, and starts no web server.
/// </summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class AdminCommandTests(string engine)
{
    private string _data = null!;
    private string[] _settings = null!;
    private string? _sqlServerDatabase;

    [SetUp]
    public void CreateDatabase()
    {
        _data = Directory.CreateTempSubdirectory("petitions-admin-").FullName;
        _settings = ["--environment=Production", $"--Data:Path={_data}"];
        if (engine == Engines.SqlServer)
        {
            var server = Environment.GetEnvironmentVariable(PetitionsApp.SqlServerVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                Assert.Ignore($"SQL Server integration tests skipped: {PetitionsApp.SqlServerVariable} is not set.");
            }

            var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = $"petitions_test_{Guid.NewGuid():N}" };
            _sqlServerDatabase = connection.InitialCatalog;
            _settings = [.. _settings, "--Database:Provider=SqlServer", $"--ConnectionStrings:Petitions={connection.ConnectionString}",
                $"--Auth:SigningKey={Convert.ToBase64String(new byte[32])}"];
        }
    }

    [TearDown]
    public void DropDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        if (_sqlServerDatabase is not null)
        {
            SqlConnection.ClearAllPools();
            var master = new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PetitionsApp.SqlServerVariable)) { InitialCatalog = "master" };
            using var connection = new SqlConnection(master.ConnectionString);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"ALTER DATABASE [{_sqlServerDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerDatabase}];";
            drop.ExecuteNonQuery();
        }
    }

    [Test]
    public async Task The_first_administrator_of_a_ward_signs_in_with_the_password_given_on_standard_input()
    {
        var (code, output, error) = await Admin("mật-khẩu-của-châu\n", "create", "--ward", "yen-hoa", "--username", "chau", "--display-name", "Nguyễn Minh Châu");

        Assert.That(code, Is.Zero, error);
        Assert.That(output.Trim(), Is.EqualTo("Created the administrator chau of ward yen-hoa (user 1)."));
        using var app = App();
        var token = await SignIn(app, "chau", "mật-khẩu-của-châu");
        using var chau = app.CreateClient();
        chau.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await chau.GetJson("/api/auth/me");
        Assert.That(me["role"]!.GetValue<string>(), Is.EqualTo("Admin"));
        Assert.That(me["displayName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Minh Châu"));
        await (await chau.GetAsync("/api/users")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_city_level_administrator_has_no_ward()
    {
        var (code, output, error) = await Admin("mật-khẩu-thành-phố\n", "create", "--city", "--username", "thanhpho", "--display-name", "Quản trị thành phố");

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("city-level administrator thanhpho"));
        using var app = App();
        Assert.That(await app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM users WHERE username = 'thanhpho' AND ward_id IS NULL AND role = 'Admin'", null, CancellationToken.None)), Is.EqualTo(1));
    }

    [Test]
    public async Task An_existing_user_is_never_overwritten()
    {
        await Admin("mật-khẩu-của-châu\n", "create", "--ward", "yen-hoa", "--username", "chau", "--display-name", "Châu");

        var (code, output, error) = await Admin("mật-khẩu-khác-hẳn\n", "create", "--city", "--username", "chau", "--display-name", "Kẻ khác");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error.Trim(), Is.EqualTo("Refused: There is already a user called chau."));
        using var app = App();
        await SignIn(app, "chau", "mật-khẩu-của-châu");
    }

    [TestCase("short\n", "create", "--ward", "yen-hoa", "--username", "chau", "--display-name", "Châu", ExpectedResult = "Refused: Password: A password has at least 10 characters.")]
    [TestCase("mật-khẩu-của-châu\n", "create", "--ward", "nowhere", "--username", "chau", "--display-name", "Châu", ExpectedResult = "Refused: there is no ward 'nowhere'. Wards are in seeds/wards/ or created by a city-level administrator.")]
    public async Task<string> A_refusal_is_one_plain_line_and_a_non_zero_exit(string input, params string[] args)
    {
        var (code, _, error) = await Admin(input, args);

        Assert.That(code, Is.EqualTo(1));
        using var app = App();
        Assert.That(await app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM users", null, CancellationToken.None)), Is.Zero);
        return error.Trim();
    }

    [Test]
    public async Task A_wrong_command_line_shows_the_usage()
    {
        var (code, _, error) = await Admin("", "create", "--username", "chau");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("admin create --ward <code>"));
    }

    [Test]
    public void The_published_app_runs_it_as_documented_and_starts_no_server()
    {
        if (engine != Engines.Sqlite)
        {
            Assert.Ignore("The process run is the same on both engines.");
        }

        using var command = AppProcess.Api(
            ["admin", "create", "--ward", "yen-hoa", "--username", "chau", "--display-name", "Nguyễn Minh Châu"],
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Data__Path"] = _data });
        command.Input.WriteLine("mật-khẩu-của-châu");
        command.Input.Close();

        Assert.That(command.WaitForExit(TimeSpan.FromSeconds(60)), Is.Zero, command.Output);
        Assert.That(command.Output, Does.Contain("Created the administrator chau of ward yen-hoa").And.Not.Contain("Now listening"));
    }

    private async Task<(int Code, string Output, string Error)> Admin(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AdminCommand.Run(["admin", .. args, .. _settings], new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private PetitionsApp App()
    {
        var settings = _settings.Skip(1).Select(s => s[2..].Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return new PetitionsApp(settings: settings, environment: "Production", sqliteFile: Path.Combine(_data, "petitions.db"));
    }

    private static async Task<string> SignIn(PetitionsApp app, string username, string password)
    {
        using var client = app.CreateClient();
        var response = await client.Post("/api/auth/token", new { username, password });
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.Json())["accessToken"]!.GetValue<string>();
    }
}
