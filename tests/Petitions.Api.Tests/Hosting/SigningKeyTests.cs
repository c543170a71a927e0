using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>The embedded default's signing key: made once, whole, and an empty or broken one stops the start naming the file.</summary>
[NonParallelizable]
public sealed class SigningKeyTests
{
    private string _data = null!;

    [SetUp]
    public void CreateDataFolder() => _data = Directory.CreateTempSubdirectory("petitions-key-").FullName;

    [TearDown]
    public void DeleteDataFolder() => Directory.Delete(_data, recursive: true);

    [TestCase("")]
    [TestCase("bm90IGEga2V5")]
    public void An_empty_or_short_key_stops_the_start_with_one_line_naming_the_file(string content)
    {
        var database = Path.Combine(_data, "petitions.db");
        using (var installed = new PetitionsApp(sqliteFile: database))
        {
            _ = installed.Server;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(database);
        var key = Path.Combine(_data, "signing.key");
        File.WriteAllText(key, content);

        using var app = AppProcess.Api(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Data__Path"] = _data });

        Assert.That(app.WaitForExit(TimeSpan.FromSeconds(60)), Is.EqualTo(1), app.Output);
        Assert.That(app.Output, Does.Contain($"Petitions did not start: {key} is empty or not a signing key"));
        Assert.That(app.Output, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
        Assert.That(File.ReadAllText(key), Is.EqualTo(content), "the file is left for the operator to look at");
        Assert.That(File.ReadAllBytes(database), Is.EqualTo(before), "nothing is written before the app knows it can serve");
        Assert.That(File.Exists(database + "-wal"), Is.False);
    }

    [Test]
    public void A_new_key_is_whole_and_private_and_nothing_half_written_is_left()
    {
        using (var app = new PetitionsApp(sqliteFile: Path.Combine(_data, "petitions.db")))
        {
            _ = app.Server;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var key = Path.Combine(_data, "signing.key");
        Assert.That(Convert.FromBase64String(File.ReadAllText(key)), Has.Length.EqualTo(32));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(key), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        Assert.That(Directory.GetFiles(_data, "*.partial"), Is.Empty);
    }
}
