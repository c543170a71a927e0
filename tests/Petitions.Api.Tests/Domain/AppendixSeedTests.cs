using System.Text.Json;

namespace Petitions.Api.Tests.Domain;

/// <summary>The seeded appendix is the source document's, word for word (../shared/ beside the repository).</summary>
public sealed class AppendixSeedTests
{
    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Petitions.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Petitions.sln not found above the test folder.");
    }

    [Test]
    public void Every_seeded_item_and_submitter_stands_verbatim_in_the_source_notice()
    {
        var source = Path.Combine(RepositoryRoot(), "..", "shared", "seeds", "000_9bb8ff1ee45a1a6e.txt");
        if (!File.Exists(source))
        {
            Assert.Ignore($"The source notice is not beside the repository ({source}).");
        }

        var notice = File.ReadAllText(source);
        using var session = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "sessions", "yen-hoa-2026-q1.json")));
        var petitions = session.RootElement.GetProperty("petitions").EnumerateArray().ToList();

        Assert.That(petitions, Has.Count.EqualTo(7));
        foreach (var petition in petitions)
        {
            var submitter = petition.GetProperty("submitter");
            Assert.That(notice, Does.Contain($"Đ/c {submitter.GetProperty("name").GetString()} - {submitter.GetProperty("title").GetString()} ({submitter.GetProperty("area").GetString()})"));
            foreach (var item in petition.GetProperty("items").EnumerateArray())
            {
                Assert.That(notice, Does.Contain("- " + item.GetProperty("text").GetString()));
            }
        }

        // Every "- " bullet of the appendix's table is one seeded item.
        var appendix = notice[notice.IndexOf("ST T\t", StringComparison.Ordinal)..];
        var bullets = System.Text.RegularExpressions.Regex.Matches(appendix, @"(?:^|\s)- (?=Đề nghị|Tình trạng)", System.Text.RegularExpressions.RegexOptions.Multiline).Count;
        Assert.That(petitions.Sum(p => p.GetProperty("items").GetArrayLength()), Is.EqualTo(bullets).And.EqualTo(12));
    }
}
