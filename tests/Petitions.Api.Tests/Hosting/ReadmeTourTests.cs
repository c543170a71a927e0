using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// README's curl tour and its documents block, taken from README itself and run by bash, as pasted, against the app
/// started as README starts it (Development, demo data): every call answers, none is refused, nothing is overwritten.
/// </summary>
[NonParallelizable]
public sealed partial class ReadmeTourTests
{
    [Test]
    public void The_tour_runs_start_to_finish()
    {
        var readme = File.ReadAllText(Path.Combine(AppProcess.RepositoryRoot, "README.md"));
        var blocks = ShellBlocks(Section(readme, "## A tour with curl")).Concat(ShellBlocks(Section(readme, "## Replies and reports"))).ToList();
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(3));
        var data = Directory.CreateTempSubdirectory("petitions-tour-").FullName;
        var work = Directory.CreateTempSubdirectory("petitions-tour-work-").FullName;
        try
        {
            var port = FreePort();
            using var api = AppProcess.Api(
                ["--urls", $"http://127.0.0.1:{port}"],
                new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Data__Path"] = data });
            api.WaitForLine(l => l.Contains("Now listening on", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

            var script = string.Join("\n", blocks).Replace("API=http://localhost:5080", $"API=http://127.0.0.1:{port}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(work, "tour.sh"), "set -eu\n" + script + "\n");
            using var bash = AppProcess.Start("bash", ["tour.sh"], new Dictionary<string, string?>(), work);

            Assert.That(bash.WaitForExit(TimeSpan.FromSeconds(60)), Is.Zero, bash.Output);
            var output = bash.Output;
            Assert.That(StatusInBody().Matches(output).Select(m => m.Value), Is.Empty, output);
            Assert.That(output, Does.Contain("\"code\":\"2027-Q1\"").And.Contain("ETag").IgnoreCase);
            Assert.That(Directory.GetFiles(work).Select(Path.GetFileName), Is.SupersetOf(new[]
            {
                "tra-loi-so-01-2026.docx", "reply.html", "bao-cao-kien-nghi-2026-Q1.docx", "bao-cao-kien-nghi-2026-Q1.csv", "report-by-accept.docx", "report.html",
            }));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Section(string readme, string heading)
    {
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), $"README has no {heading}");
        var end = readme.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    private static IEnumerable<string> ShellBlocks(string section) => ShellBlock().Matches(section).Select(m => m.Groups[1].Value);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    // A problem answer printed by the tour: 4xx or 5xx.
    [GeneratedRegex("\"status\":[45][0-9][0-9]")]
    private static partial Regex StatusInBody();
}
