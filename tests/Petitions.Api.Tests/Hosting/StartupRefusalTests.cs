using System.Net;
using System.Net.Sockets;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// Start-up stops plainly on what the operator can fix (one line naming the file or port and what to do, exit code 1,
/// no stack trace) and writes nothing before it knows it can serve: a second server on one database, a busy port, a
/// missing or empty database where the folder shows an earlier installation, a corrupt database, a read-only folder.
/// The API runs as its own process, as an operator starts it.
/// </summary>
[NonParallelizable]
public sealed class StartupRefusalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private string _data = null!;

    private string Database => Path.Combine(_data, "petitions.db");

    [SetUp]
    public void CreateDataFolder() => _data = Directory.CreateTempSubdirectory("petitions-start-").FullName;

    [TearDown]
    public void DeleteDataFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Test]
    public void A_second_server_on_the_same_database_refuses_and_leaves_the_first_serving()
    {
        using var first = Serve(out var firstUrl);
        first.WaitForLine(l => l.Contains("Now listening on"), Patience);

        using var second = Serve(out _);

        AssertRefused(second, $"another Petitions server is already running on {Database}. Stop it first");
        using var client = new HttpClient();
        Assert.That(client.GetAsync(firstUrl + "/health/ready").Result.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the first one goes on");
    }

    [Test]
    public void A_busy_port_stops_the_start_before_the_database_is_touched()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        using var app = AppProcess.Api(["--urls", $"http://127.0.0.1:{port}"], Production());

        AssertRefused(app, $"port {port} (http://127.0.0.1:{port}) is already in use by another program. Stop it, or choose another address");
        Assert.That(Directory.GetFiles(_data), Is.Empty, "no database, no key: nothing written");
    }

    [TestCase("missing")]
    [TestCase("empty")]
    [TestCase("deleted beside its journal")]
    public void A_lost_database_in_a_folder_that_shows_an_earlier_install_is_refused_unless_told_to_start_fresh(string loss)
    {
        var earlier = Serve(out _);
        earlier.WaitForLine(l => l.Contains("Now listening on"), Patience);
        earlier.Dispose(); // killed while serving: the journal is still beside the database
        if (loss != "deleted beside its journal")
        {
            // As after a clean stop, where SQLite folds the journal in and removes it.
            File.Delete(Database + "-wal");
            File.Delete(Database + "-shm");
        }

        File.Delete(Database);
        if (loss == "empty")
        {
            File.WriteAllBytes(Database, []);
        }

        using (var refused = Serve(out _))
        {
            AssertRefused(refused, $"{Database} is {(loss == "empty" ? "empty" : "missing")}, but its folder shows an earlier installation (");
            Assert.That(refused.Output, Does.Contain("admin restore --from").And.Contain("Database__StartFresh=true"));
        }

        Assert.That(File.Exists(Database) ? new FileInfo(Database).Length : 0, Is.Zero, "nothing created in its place");

        using var fresh = Serve(out var url, ("Database__StartFresh", "true"));
        fresh.WaitForLine(l => l.Contains("Now listening on"), Patience);
        using var client = new HttpClient();
        Assert.That(client.GetAsync(url + "/health/ready").Result.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        if (loss == "deleted beside its journal")
        {
            Assert.That(Directory.GetFiles(_data, "petitions.db-wal.before-*"), Has.Length.EqualTo(1), "the old journal is kept aside, not applied to the new database");
        }
    }

    [Test]
    public void A_corrupt_database_is_refused_by_name_and_left_as_it_was()
    {
        var garbage = new byte[16384];
        new Random(12).NextBytes(garbage);
        File.WriteAllBytes(Database, garbage);

        using var app = Serve(out _);

        AssertRefused(app, $"{Database} is not a readable database (SQLite Error 26: 'file is not a database'). Move it aside and restore the newest backup");
        Assert.That(File.ReadAllBytes(Database), Is.EqualTo(garbage));
    }

    [Test]
    public void A_read_only_data_folder_is_refused_by_name()
    {
        if (!AppProcess.Succeeds("mount", $"-t tmpfs -o size=4m tmpfs {_data}"))
        {
            Assert.Ignore("Mounting a read-only folder needs root; skipped.");
        }

        try
        {
            Assert.That(AppProcess.Succeeds("mount", $"-o remount,ro {_data}"), Is.True);
            using var app = Serve(out _);
            AssertRefused(app, $"the data folder {_data} cannot be written (");
        }
        finally
        {
            AppProcess.Succeeds("umount", _data);
        }
    }

    [Test]
    public async Task An_admin_command_at_the_same_time_as_the_first_start_waits_for_its_upgrade_and_both_succeed()
    {
        using var server = Serve(out var url);
        using var admin = AppProcess.Api(
            ["admin", "create", "--ward", "yen-hoa", "--username", "chau", "--display-name", "Nguyễn Minh Châu"],
            Production());
        await admin.Input.WriteLineAsync("mật-khẩu-của-châu");
        await admin.Input.FlushAsync();

        Assert.That(admin.WaitForExit(Patience), Is.EqualTo(0), admin.Output);
        server.WaitForLine(l => l.Contains("Now listening on"), Patience);
        using var client = new HttpClient();
        var signIn = await client.PostAsync(url + "/api/auth/token", System.Net.Http.Json.JsonContent.Create(new { username = "chau", password = "mật-khẩu-của-châu" }));
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signIn.Content.ReadAsStringAsync());
    }

    private AppProcess Serve(out string url, params (string Key, string Value)[] settings)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        probe.Stop();
        var environment = Production();
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return AppProcess.Api(["--urls", url], environment);
    }

    private Dictionary<string, string?> Production() => new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Data__Path"] = _data };

    private static void AssertRefused(AppProcess app, string message)
    {
        Assert.That(app.WaitForExit(Patience), Is.EqualTo(1), app.Output);
        Assert.That(app.Output, Does.Contain("Petitions did not start: " + message));
        Assert.That(app.Output, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
    }
}
