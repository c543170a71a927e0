using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>All of an installation's state sits in one data folder, outside the app in Production, and survives the app being restarted or replaced.</summary>
public sealed class DataFolderTests
{
    private string _data = null!;

    [SetUp]
    public void CreateDataFolder() => _data = Directory.CreateTempSubdirectory("petitions-data-").FullName;

    [TearDown]
    public void DeleteDataFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Test]
    public async Task A_sign_in_cookie_and_an_antiforgery_token_outlive_a_restart_because_their_keys_are_in_the_database()
    {
        var file = Path.Combine(_data, "petitions.db");
        string cookie;
        string antiforgery;
        using (var first = new PetitionsApp(sqliteFile: file))
        {
            using var browser = first.CreateClient();
            var login = await browser.Post("/api/auth/login", new { username = "dispatcher", password = "petitions-demo" });
            await login.ShouldBe(HttpStatusCode.OK);
            cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            antiforgery = (await login.Json())["antiforgery"]!["token"]!.GetValue<string>();
            Assert.That(await first.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM data_protection_keys", null, CancellationToken.None)), Is.GreaterThan(0));
        }

        using var second = new PetitionsApp(sqliteFile: file);
        using var client = second.CreateClient();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Add("Cookie", cookie);
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("Cookie", cookie);
        logout.Headers.Add("X-CSRF-TOKEN", antiforgery);

        var answer = await client.SendAsync(me);
        await answer.ShouldBe(HttpStatusCode.OK);
        Assert.That((await answer.Json())["username"]!.GetValue<string>(), Is.EqualTo("dispatcher"));
        await (await client.SendAsync(logout)).ShouldBe(HttpStatusCode.NoContent);
        Assert.That(Directory.GetFiles(_data).Select(Path.GetFileName), Is.EquivalentTo(new[] { "petitions.db", "petitions.db-shm", "petitions.db-wal", "petitions.db.migration-lock", "petitions.db.server-lock", "signing.key" }));
    }

    [Test]
    public void Data_Path_wins_and_a_relative_one_is_beside_the_app()
    {
        Assert.That(Resolve("Production", ("Data:Path", "/srv/petitions")).Path, Is.EqualTo("/srv/petitions"));
        Assert.That(Resolve("Development", ("Data:Path", "state")).Path, Is.EqualTo(Path.Combine(AppRoot, "state")));
        Assert.That(Resolve("Production", ("Data:Path", "/srv/petitions")).DatabaseFile, Is.EqualTo("/srv/petitions/petitions.db"));
    }

    [Test]
    public void Left_out_it_is_outside_the_app_in_Production_and_beside_it_in_Development()
    {
        Assert.That(Resolve("Production").Path, Is.EqualTo(DataFolder.ProductionDefault));
        Assert.That(Resolve("Development").Path, Is.EqualTo(Path.Combine(AppRoot, "data")));
        Assert.That(Resolve("Production", ("ConnectionStrings:Petitions", "Data Source=/srv/db/p.db")).Path, Is.EqualTo("/srv/db"), "the folder of a configured SQLite file");
    }

    private static string AppRoot => Path.GetFullPath(Path.GetTempPath());

    private static DataFolder Resolve(string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var host = new HostingEnvironment { EnvironmentName = environment, ContentRootPath = AppRoot, ContentRootFileProvider = new NullFileProvider() };
        return DataFolder.Resolve(configuration, host, DatabaseProvider.Sqlite);
    }

    private sealed class HostingEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";

        public string ApplicationName { get; set; } = "Petitions.Api";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
