using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class ConcurrencyTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_case_carries_its_version_as_ETag_and_a_matching_If_Match_is_accepted()
    {
        var caseId = await Flow.NewCase();
        var response = await Client.GetAsync($"/api/cases/{caseId}");

        var etag = response.Headers.ETag!.Tag;
        Assert.That(etag, Is.EqualTo("\"1\""));

        var assigned = await Flow.Assign(caseId, ifMatch: etag);
        await assigned.ShouldBe(HttpStatusCode.OK);
        Assert.That(assigned.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task A_stale_If_Match_is_refused_and_nothing_changes()
    {
        var caseId = await Flow.NewCase();
        await (await Flow.Assign(caseId, ifMatch: "\"1\"")).ShouldBe(HttpStatusCode.OK);
        var before = await Client.GetJson($"/api/cases/{caseId}");

        var stale = await Flow.Officer.Post($"/api/cases/{caseId}/start", ifMatch: "\"1\"");

        await stale.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await stale.Json())["detail"]!.GetValue<string>(), Is.EqualTo($"Case {caseId} has changed: you sent version 1, it is now at version 2. Reload it and try again."));
        Assert.That((await Client.GetJson($"/api/cases/{caseId}")).ToJsonString(), Is.EqualTo(before.ToJsonString()));
    }

    [Test]
    public async Task An_If_Match_that_is_not_an_ETag_is_a_400()
    {
        var caseId = await Flow.NewCase();

        var response = await Flow.Officer.Post($"/api/cases/{caseId}/start", ifMatch: "yesterday");

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await response.Json())["errors"]!["If-Match"], Is.Not.Null);
    }

    [Test]
    public async Task Two_officers_assigning_at_once_from_the_same_version_one_wins_and_one_is_told()
    {
        var caseId = await Flow.NewCase();

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Flow.Assign(caseId, ifMatch: "\"1\"")));

        Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["version"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(detail["history"]!.AsArray().Count(e => e!["action"]!.GetValue<string>() == "Assign"), Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_commands_without_If_Match_never_lose_an_update()
    {
        var caseId = await Flow.NewCase();

        // Eight dispatchers refer the same case at once: exactly one may, the rest find it already referred.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Flow.Refer(caseId)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(7));
        var detail = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(detail["version"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(detail["history"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_repeated_submission_with_the_same_idempotency_key_answers_the_first_result()
    {
        var key = Guid.NewGuid().ToString();
        var body = Workflow.Petition("Đề nghị sửa nắp cống", "Đề nghị cắt tỉa cây xanh");
        var petitions = await Count("petitions");

        var first = await Client.Post("/api/petitions", body, idempotencyKey: key);
        var repeat = await Client.Post("/api/petitions", body, idempotencyKey: key);

        await first.ShouldBe(HttpStatusCode.Created);
        await repeat.ShouldBe(HttpStatusCode.Created);
        Assert.That((await repeat.Json()).ToJsonString(), Is.EqualTo((await first.Json()).ToJsonString()));
        Assert.That(repeat.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(await Count("petitions"), Is.EqualTo(petitions + 1));
    }

    [Test]
    public async Task Ten_identical_submissions_at_once_make_one_petition()
    {
        var key = Guid.NewGuid().ToString();
        var body = Workflow.Petition("Đề nghị xử lý xe máy đỗ trên vỉa hè", "Đề nghị lắp gương cầu lồi");
        var petitions = await Count("petitions");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Client.Post("/api/petitions", body, idempotencyKey: key)));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        var bodies = await Task.WhenAll(responses.Select(async r => (await r.Json()).ToJsonString()));
        Assert.That(bodies.Distinct().Count(), Is.EqualTo(1));
        Assert.That(await Count("petitions"), Is.EqualTo(petitions + 1));
    }

    [Test]
    public async Task Reusing_a_key_for_a_different_petition_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        await (await Client.Post("/api/petitions", Workflow.Petition("Một"), idempotencyKey: key)).ShouldBe(HttpStatusCode.Created);
        var cases = await Count("cases");

        var other = await Client.Post("/api/petitions", Workflow.Petition("Hai"), idempotencyKey: key);

        await other.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await other.Json())["title"]!.GetValue<string>(), Is.EqualTo("Idempotency key reused"));
        Assert.That(await Count("cases"), Is.EqualTo(cases));
    }
}
