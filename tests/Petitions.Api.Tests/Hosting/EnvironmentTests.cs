using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// README's run command, <c>dotnet run --project api/Petitions.Api</c>, starts in Development by itself and in the
/// environment the operator names when they name one: the launch profile never overrides it.
/// </summary>
[NonParallelizable]
public sealed class EnvironmentTests
{
    private string _data = null!;

    [SetUp]
    public void CreateDataFolder() => _data = Directory.CreateTempSubdirectory("petitions-env-").FullName;

    [TearDown]
    public void DeleteDataFolder() => Directory.Delete(_data, recursive: true);

    [TestCase(null, "Development")]
    [TestCase("Production", "Production")]
    [TestCase("Staging", "Staging")]
    public void Dotnet_run_honours_the_environment_the_operator_sets(string? environment, string expected)
    {
        using var run = AppProcess.Start(
            "dotnet",
            ["run", "--project", Path.Combine(AppProcess.RepositoryRoot, "api", "Petitions.Api"), "--no-build", "--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = environment, ["Data__Path"] = _data },
            AppProcess.RepositoryRoot);

        var line = run.WaitForLine(l => l.Contains("Hosting environment:", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        Assert.That(line.Trim(), Is.EqualTo($"Hosting environment: {expected}"));
    }

    [Test]
    public void The_published_app_with_no_environment_named_runs_as_Production()
    {
        using var app = AppProcess.Api(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?> { ["Data__Path"] = _data });

        var line = app.WaitForLine(l => l.Contains("Hosting environment:", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        Assert.That(line.Trim(), Is.EqualTo("Hosting environment: Production"));
        Assert.That(File.Exists(Path.Combine(_data, "petitions.db")) && File.Exists(Path.Combine(_data, "signing.key")), "the database and the signing key are in Data:Path");
    }
}
