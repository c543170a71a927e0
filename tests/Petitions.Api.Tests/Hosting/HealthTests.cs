using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>/health/live and /health/ready answer anyone, and ready says no when the database or the disk is not fit to serve.</summary>
public sealed class HealthTests
{
    [Test]
    public async Task Both_answer_an_anonymous_caller_when_all_is_well()
    {
        using var app = new PetitionsApp(environment: "Production");
        using var anonymous = app.CreateClient();

        var live = await anonymous.GetAsync("/health/live");
        var ready = await anonymous.GetAsync("/health/ready");

        await live.ShouldBe(HttpStatusCode.OK);
        await ready.ShouldBe(HttpStatusCode.OK);
        var checks = (await ready.Json())["checks"]!;
        Assert.That(checks["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(checks["database"]!["description"]!.GetValue<string>(), Does.Match("^[0-9]+ scripts applied$"));
        Assert.That(checks["freeSpace"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Not_ready_when_the_data_folder_has_too_little_room()
    {
        using var app = new PetitionsApp(settings: new Dictionary<string, string> { ["Health:MinimumFreeMegabytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var anonymous = app.CreateClient();

        var ready = await anonymous.GetAsync("/health/ready");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await ready.Json())["checks"]!["freeSpace"]!["status"]!.GetValue<string>(), Is.EqualTo("Unhealthy"));
        await (await anonymous.GetAsync("/health/live")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Not_ready_when_a_script_is_not_applied()
    {
        using var app = new PetitionsApp();
        using var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);

        await app.WithDb(db => db.Execute("DELETE FROM SchemaVersions WHERE ScriptName LIKE '%0004%'", null, CancellationToken.None));
        var ready = await anonymous.GetAsync("/health/ready");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await ready.Json())["checks"]!["database"]!["description"]!.GetValue<string>(), Does.Contain("0004_data_protection_keys.sql"));
    }

    [Test]
    public async Task Not_ready_when_the_database_is_gone()
    {
        using var app = new PetitionsApp();
        using var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);

        await app.WithDb(db => db.Execute("DROP TABLE SchemaVersions", null, CancellationToken.None));
        var ready = await anonymous.GetAsync("/health/ready");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await ready.Json())["checks"]!["database"]!["description"]!.GetValue<string>(), Does.StartWith("The database does not answer"));
    }
}
