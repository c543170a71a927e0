using System.Net;
using System.Net.Http.Json;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class RepliesTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_draft_is_reworded_until_it_is_submitted_and_the_letter_carries_the_new_words()
    {
        var (petitionId, caseIds) = await Flow.Submit("Đề nghị nạo vét cống ngõ 12");
        await (await Flow.Assign(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Start(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Resolve(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        var replyId = (await (await Flow.Officer.Post("/api/replies", new { petitionId, caseIds })).Json())["id"]!.GetValue<long>();
        const string subject = "Trả lời kiến nghị của TDP số 19 về nạo vét cống ngõ 12, phường Yên Hòa";
        const string body = "UBND phường Yên Hòa nhận được kiến nghị của Tổ dân phố số 19. Sau khi Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra, UBND phường trả lời như sau:";

        var edited = await Flow.Officer.PutAsync($"/api/replies/{replyId}", JsonContent.Create(new { subject = "V/v " + subject, body, signerId = await Flow.ReplySigner() }));

        await edited.ShouldBe(HttpStatusCode.OK);
        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["subject"]!.GetValue<string>(), Is.EqualTo(subject), "a typed \"V/v\" is dropped: the letter prints its own");
        Assert.That(reply["body"]!.GetValue<string>(), Is.EqualTo(body));
        var empty = await Client.PutAsync($"/api/replies/{replyId}", JsonContent.Create(new { subject = "V/v ", body }));
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await empty.Json())["errors"]!["subject"], Is.Not.Null);
        await Flow.Register(replyId);
        using var letter = new WordFile(await (await Client.GetAsync($"/api/replies/{replyId}/document")).Content.ReadAsByteArrayAsync());
        Assert.That(letter.Text, Does.Contain(body));
        Assert.That(letter.Text, Does.Contain("V/v " + subject).And.Not.Contain("V/v V/v"));

        var late = await Client.PutAsync($"/api/replies/{replyId}", JsonContent.Create(new { subject = "Sửa sau khi đăng ký", body }));
        await late.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await late.Json())["code"]!.GetValue<string>(), Is.EqualTo("replyStepRefused"));
        Assert.That((await Client.GetJson($"/api/replies/{replyId}"))["subject"]!.GetValue<string>(), Is.EqualTo(subject));
        await (await Client.PutAsync("/api/replies/99999", JsonContent.Create(new { subject, body }))).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_letter_goes_from_draft_to_sent_each_step_by_its_role_and_in_its_history()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        var replyId = await Flow.Draft(petitionId, caseId);

        await (await Flow.Officer.Post($"/api/replies/{replyId}/sign")).ShouldBe(HttpStatusCode.Forbidden);
        var tooEarly = await Client.Post($"/api/replies/{replyId}/register");
        await tooEarly.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await tooEarly.Json())["args"]!["allowed"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "Signed" }));
        await (await Flow.Officer.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);
        var returned = await Client.Post($"/api/replies/{replyId}/return", new { reason = "Ghi rõ thời gian hoàn thành." });
        await returned.ShouldBe(HttpStatusCode.OK);
        Assert.That((await returned.Json())["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        await (await Client.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);
        await (await Client.Post($"/api/replies/{replyId}/sign")).ShouldBe(HttpStatusCode.OK);
        var signed = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(signed["status"]!.GetValue<string>(), Is.EqualTo("Signed"));
        Assert.That(signed["number"], Is.Null, "the number is given at registration");
        Assert.That(signed["isOut"]!.GetValue<bool>(), Is.False);
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>(), Is.EqualTo("Resolved"), "only registration replies the cases");

        App.Clock.SetToday(TestClock.MeetingMonday.AddDays(2));
        var registered = await Client.Post($"/api/replies/{replyId}/register");
        await registered.ShouldBe(HttpStatusCode.OK);
        await (await Client.Post($"/api/replies/{replyId}/send")).ShouldBe(HttpStatusCode.OK);

        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("Sent"));
        Assert.That(reply["issuedOn"]!.GetValue<string>(), Is.EqualTo(TestClock.MeetingMonday.AddDays(2).ToString("yyyy-MM-dd")), "dated the day it was registered");
        Assert.That(reply["number"]!.GetValue<int>(), Is.EqualTo((await registered.Json())["number"]!.GetValue<int>()));
        Assert.That(
            reply["history"]!.AsArray().Select(s => (s!["action"]!.GetValue<string>(), s["to"]!.GetValue<string>(), s["actor"]!.GetValue<string>())),
            Is.EqualTo(new[]
            {
                ("Submit", "Submitted", "ktht"), ("Return", "Draft", "dispatcher"), ("Submit", "Submitted", "dispatcher"),
                ("Sign", "Signed", "dispatcher"), ("Register", "Registered", "dispatcher"), ("Send", "Sent", "dispatcher"),
            }));
        Assert.That(reply["history"]![1]!["details"]!["reason"]!.GetValue<string>(), Is.EqualTo("Ghi rõ thời gian hoàn thành."));
        Assert.That(reply["history"]![3]!["details"]!["signer"]!.GetValue<string>(), Is.EqualTo(Workflow.SignerName));
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>(), Is.EqualTo("Replied"));
        var again = await Client.Post($"/api/replies/{replyId}/send");
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await again.Json())["args"]!["from"]!.GetValue<string>(), Is.EqualTo("Sent"));
    }

    [Test]
    public async Task A_reply_without_a_signer_cannot_be_signed()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        var draft = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { caseId } });
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        Assert.That((await Client.GetJson($"/api/replies/{replyId}"))["signerId"], Is.Null, "the ward has no default signer of replies");
        await (await Client.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);

        var sign = await Client.Post($"/api/replies/{replyId}/sign");

        await sign.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await sign.Json())["code"]!.GetValue<string>(), Is.EqualTo("replySignerMissing"));
        Assert.That((await Client.GetJson($"/api/replies/{replyId}"))["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }

    [Test]
    public async Task A_group_leader_reads_a_reply_only_once_it_is_registered()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        var replyId = await Flow.Draft(petitionId, caseId);
        string[] reads = [$"/api/replies/{replyId}", $"/api/replies/{replyId}/document", $"/api/replies/{replyId}/document?format=html"];

        foreach (var step in new[] { "", "submit", "sign" })
        {
            if (step != "")
            {
                await (await Client.Post($"/api/replies/{replyId}/{step}")).ShouldBe(HttpStatusCode.OK);
            }

            foreach (var url in reads)
            {
                await (await Flow.Leader.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
            }

            Assert.That((await Flow.Leader.GetJson($"/api/cases/{caseId}"))["replies"]!.AsArray(), Is.Empty, $"after {step}");
        }

        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["replies"]!.AsArray().Select(r => r!["id"]!.GetValue<long>()), Is.EqualTo(new[] { replyId }));

        await (await Client.Post($"/api/replies/{replyId}/register")).ShouldBe(HttpStatusCode.OK);

        foreach (var url in reads)
        {
            await (await Flow.Leader.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        }

        var replies = (await Flow.Leader.GetJson($"/api/cases/{caseId}"))["replies"]!.AsArray();
        Assert.That(replies.Select(r => (r!["id"]!.GetValue<long>(), r["status"]!.GetValue<string>(), r["isOut"]!.GetValue<bool>())), Is.EqualTo(new[] { (replyId, "Registered", true) }));
    }

    [Test]
    public async Task A_reply_may_cover_some_of_a_petitions_cases_and_registering_it_replies_them()
    {
        var (petitionId, caseIds) = await Flow.Submit("Một", "Hai", "Ba");
        foreach (var caseId in caseIds[..2])
        {
            await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        }

        var draft = await Client.Post("/api/replies", new { petitionId, caseIds = caseIds[..2], signerId = await Flow.ReplySigner() });
        await draft.ShouldBe(HttpStatusCode.Created);
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        Assert.That(draft.Headers.Location?.ToString(), Is.EqualTo($"/api/replies/{replyId}"));
        var drafted = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(drafted["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        Assert.That(drafted["number"], Is.Null);
        Assert.That(drafted["subject"]!.GetValue<string>(), Is.EqualTo("Trả lời kiến nghị của TDP số 19"));

        await Flow.Register(replyId);

        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("Registered"));
        Assert.That(reply["issuedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"));
        Assert.That(reply["cases"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()), Is.All.EqualTo("Replied"));
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[2]}"))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        var replied = await Client.GetJson($"/api/cases/{caseIds[0]}");
        Assert.That(replied["replies"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(replyId));
    }

    [Test]
    public async Task Reply_numbers_run_in_sequence_and_a_reply_is_registered_once()
    {
        var (firstPetition, firstCase) = await Flow.InStatus("Resolved");
        var (secondPetition, secondCase) = await Flow.InStatus("Resolved");

        var first = await Flow.Reply(firstPetition, firstCase);
        var second = await Flow.Reply(secondPetition, secondCase);

        Assert.That(second["number"]!.GetValue<int>(), Is.EqualTo(first["number"]!.GetValue<int>() + 1));
        Assert.That(second["year"]!.GetValue<int>(), Is.EqualTo(2026));
        var again = await Client.Post($"/api/replies/{first["id"]}/register");
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await again.Json())["title"]!.GetValue<string>(), Is.EqualTo("Reply step refused"));
    }

    [Test]
    public async Task A_reply_cannot_cover_a_case_still_being_worked_on_or_of_another_petition()
    {
        var (petitionId, caseId) = await Flow.InStatus("InProgress");
        var (_, foreign) = await Flow.InStatus("Resolved");
        var replies = await Count("replies");

        var notReady = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { caseId } });
        var notOurs = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { foreign } });
        var empty = await Client.Post("/api/replies", new { petitionId, caseIds = Array.Empty<long>() });
        var noPetition = await Client.Post("/api/replies", new { petitionId = 99999, caseIds = new[] { caseId } });

        await notReady.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await notReady.Json())["detail"]!.GetValue<string>(), Is.EqualTo($"Case {caseId} is InProgress: a reply can cover only Resolved or Referred cases."));
        await notOurs.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await notOurs.Json())["errors"]!["caseIds"]![0]!.GetValue<string>(), Is.EqualTo($"Case {foreign} is not part of petition {petitionId}."));
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        await noPetition.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(await Count("replies"), Is.EqualTo(replies));
    }

    [Test]
    public async Task Registering_refuses_whole_when_a_covered_case_moved_on_meanwhile()
    {
        var (petitionId, caseIds) = await Flow.Submit("Một", "Hai");
        foreach (var caseId in caseIds)
        {
            await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        }

        var replyId = await Flow.Draft(petitionId, caseIds);
        await (await Client.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);
        await (await Client.Post($"/api/replies/{replyId}/sign")).ShouldBe(HttpStatusCode.OK);
        // The second case is replied by another reply before this one is registered.
        await Flow.Reply(petitionId, caseIds[1]);
        await (await Flow.Reopen(caseIds[1])).ShouldBe(HttpStatusCode.OK);

        var registered = await Client.Post($"/api/replies/{replyId}/register");

        await registered.ShouldBe(HttpStatusCode.Conflict);
        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("Signed"));
        Assert.That(reply["number"], Is.Null, "no number taken");
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[0]}"))["status"]!.GetValue<string>(), Is.EqualTo("Resolved"), "nothing half-written");
    }

    [Test]
    public async Task Replies_and_petitions_that_do_not_exist_answer_404()
    {
        await (await Client.GetAsync("/api/replies/99999")).ShouldBe(HttpStatusCode.NotFound);
        foreach (var step in new[] { "submit", "sign", "register", "send" })
        {
            await (await Client.Post($"/api/replies/99999/{step}")).ShouldBe(HttpStatusCode.NotFound);
        }

        await (await Client.GetAsync("/api/petitions/99999")).ShouldBe(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/sessions/99999")).ShouldBe(HttpStatusCode.NotFound);
    }
}
