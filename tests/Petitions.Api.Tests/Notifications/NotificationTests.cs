using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Notifications;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Notifications;

/// <summary>Who is told what, in the web app's list and by email through a real SMTP server started here.</summary>
public sealed class NotificationTests
{
    private const string KtHtEmail = "ktht@yen-hoa.petitions.example";
    private const string DispatcherEmail = "dispatcher@yen-hoa.petitions.example";

    private TestSmtpServer _smtp = null!;
    private PetitionsApp _app = null!;
    private Workflow _flow = null!;

    [SetUp]
    public void SetUp()
    {
        _smtp = TestSmtpServer.Start();
        _app = new PetitionsApp(settings: _smtp.Settings);
        _flow = new Workflow(_app);
    }

    [TearDown]
    public void TearDown()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    private Task<int> SendDue() => _app.Services.GetRequiredService<OutboxSender>().SendDue(CancellationToken.None);

    private static async Task<JsonNode> Notifications(HttpClient client) => await client.GetJson("/api/notifications");

    [Test]
    public async Task Routing_a_case_tells_its_department_in_the_list_and_by_one_email_with_the_link()
    {
        var caseId = await _flow.NewCase();
        var congan = _app.As("congan");
        var before = await _flow.Officer.GetJson("/api/notifications/counts");

        await (await _flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);

        var counts = await _flow.Officer.GetJson("/api/notifications/counts");
        Assert.That(counts["unread"]!.GetValue<int>(), Is.EqualTo(before["unread"]!.GetValue<int>() + 1));
        Assert.That(counts["openInMyDepartment"]!.GetValue<int>(), Is.EqualTo(before["openInMyDepartment"]!.GetValue<int>() + 1));
        var list = await Notifications(_flow.Officer);
        var told = list["items"]![0]!;
        Assert.That(told["kind"]!.GetValue<string>(), Is.EqualTo("CaseRouted"));
        Assert.That(told["caseId"]!.GetValue<long>(), Is.EqualTo(caseId));
        Assert.That(told["link"]!.GetValue<string>(), Is.EqualTo($"/cases/{caseId}"));
        Assert.That(told["body"]!.GetValue<string>(), Does.Contain("Đề nghị thu gom rác tồn đọng ở đầu ngõ"));
        Assert.That((await Notifications(congan))["items"]!.AsArray().Where(n => n!["caseId"]?.GetValue<long>() == caseId), Is.Empty, "another department is not told");
        Assert.That((await Notifications(_flow.Dispatcher))["items"]!.AsArray().Where(n => n!["kind"]!.GetValue<string>() == "CaseRouted"), Is.Empty, "who routed it is not told");

        Assert.That(await SendDue(), Is.GreaterThanOrEqualTo(1));
        Assert.That(await SendDue(), Is.Zero, "a sent row is not sent again");
        var mail = _smtp.To(KtHtEmail, 1).Single();
        Assert.That(mail.Subject, Is.EqualTo($"[Kiến nghị] Nội dung số {caseId} được giao cho đơn vị xử lý"));
        Assert.That(mail.TextBody, Does.Contain($"Xem chi tiết: https://kiennghi.yenhoa.example/cases/{caseId}"));
        Assert.That(mail.TextBody, Does.Contain("Phòng Kinh tế, Hạ tầng và Đô thị").And.Contain("Đề nghị thu gom rác tồn đọng ở đầu ngõ"));
        var messageId = await _app.WithDb(db => db.ExecuteScalar<string>(
            "SELECT o.message_id FROM outbox o JOIN users u ON u.id = o.user_id WHERE u.username = 'ktht'", null, CancellationToken.None));
        Assert.That(mail.MessageId, Is.EqualTo(messageId));
        Assert.That(_smtp.To("congan@yen-hoa.petitions.example"), Is.Empty);

        var read = await _flow.Officer.Post($"/api/notifications/{told["id"]}/read");
        await read.ShouldBe(HttpStatusCode.OK);
        Assert.That((await read.Json())["unread"]!.GetValue<int>(), Is.EqualTo(counts["unread"]!.GetValue<int>() - 1));
        await (await congan.Post($"/api/notifications/{told["id"]}/read")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_dispatcher_is_told_of_a_new_petition_once_a_return_and_a_resolution()
    {
        var (_, caseIds) = await _flow.Submit("Nội dung thứ nhất", "Nội dung thứ hai");
        var news = (await Notifications(_flow.Dispatcher))["items"]!.AsArray();
        Assert.That(news.Count(n => n!["kind"]!.GetValue<string>() == "PetitionReceived"), Is.EqualTo(1), "one petition of two items is one notification");
        Assert.That((await Notifications(_flow.Leader))["items"]!.AsArray(), Is.Empty, "the leader who sent it is not told");

        await (await _flow.Assign(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Return(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Assign(caseIds[1])).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Start(caseIds[1])).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Resolve(caseIds[1])).ShouldBe(HttpStatusCode.OK);

        var kinds = (await Notifications(_flow.Dispatcher))["items"]!.AsArray().Select(n => (n!["kind"]!.GetValue<string>(), n["caseId"]?.GetValue<long>())).ToList();
        Assert.That(kinds, Does.Contain(("CaseReturned", (long?)caseIds[0])).And.Contain(("CaseResolved", (long?)caseIds[1])));
        Assert.That((await _flow.Dispatcher.GetJson("/api/notifications/counts"))["toTriage"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1));

        await SendDue();
        var subjects = _smtp.To(DispatcherEmail, 3).Select(m => m.Subject).ToList();
        Assert.That(subjects, Does.Contain($"[Kiến nghị] Nội dung số {caseIds[0]} bị đơn vị trả lại, cần phân công lại"));
        Assert.That(subjects, Does.Contain($"[Kiến nghị] Nội dung số {caseIds[1]} đã giải quyết, chờ văn bản trả lời"));
    }

    [Test]
    public async Task An_issued_reply_tells_the_petitions_group_leaders_and_no_other_organisation()
    {
        var (petitionId, caseId) = await _flow.InStatus("Resolved");
        var leader25 = _app.As("leader25");

        var issued = await _flow.Reply(petitionId, caseId);

        var counts = await _flow.Leader.GetJson("/api/notifications/counts");
        Assert.That(counts["repliesToRead"]!.GetValue<int>(), Is.EqualTo(1));
        var told = (await Notifications(_flow.Leader))["items"]![0]!;
        Assert.That(told["kind"]!.GetValue<string>(), Is.EqualTo("ReplyIssued"));
        Assert.That(told["link"]!.GetValue<string>(), Is.EqualTo($"/replies/{issued["id"]}"));
        Assert.That((await Notifications(leader25))["items"]!.AsArray(), Is.Empty);

        await SendDue();
        var mail = _smtp.To("leader19@yen-hoa.petitions.example", 1).Single();
        Assert.That(mail.Subject, Is.EqualTo($"[Kiến nghị] Đã ban hành văn bản trả lời số {issued["number"]}"));
        Assert.That(_smtp.To("leader25@yen-hoa.petitions.example"), Is.Empty);

        await (await _flow.Leader.Post("/api/notifications/read")).ShouldBe(HttpStatusCode.OK);
        Assert.That((await _flow.Leader.GetJson("/api/notifications/counts"))["repliesToRead"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_command_rolled_back_after_its_event_tells_nobody_and_sends_nothing()
    {
        var caseId = await _flow.NewCase();
        await SendDue();
        var sentBefore = _smtp.Messages.Count;
        // Fails the command after the case, its event and the notification are written: all of it must roll back.
        await _app.WithDb(db => db.Execute("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'test fault'); END", null, CancellationToken.None));

        var refused = await _flow.Assign(caseId);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));

        await _app.WithDb(db => db.Execute("DROP TRIGGER fail_outbox", null, CancellationToken.None));
        Assert.That((await Notifications(_flow.Officer))["items"]!.AsArray(), Is.Empty);
        Assert.That((await _flow.Dispatcher.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        Assert.That(await SendDue(), Is.Zero);
        Assert.That(_smtp.Messages.Count, Is.EqualTo(sentBefore));

        await (await _flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        await SendDue();
        Assert.That(_smtp.To(KtHtEmail, 1), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_refused_message_is_tried_again_after_the_back_off_and_arrives_once_with_the_same_message_id()
    {
        var caseId = await _flow.NewCase();
        await SendDue();
        _smtp.RefuseNext = 1;
        await (await _flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);

        Assert.That(await SendDue(), Is.Zero);
        var row = await _app.WithDb(db => db.QuerySingleOrDefault<(int Attempts, string? Error, string MessageId)>(
            "SELECT attempts, last_error, message_id FROM outbox o JOIN users u ON u.id = o.user_id WHERE u.username = 'ktht'", null, CancellationToken.None));
        Assert.That(row.Attempts, Is.EqualTo(1));
        Assert.That(row.Error, Does.Contain("try again later"));
        Assert.That(await SendDue(), Is.Zero, "not before the back-off has passed");

        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.That(await SendDue(), Is.EqualTo(1));
        var mails = _smtp.To(KtHtEmail, 1);
        Assert.That(mails, Has.Count.EqualTo(1));
        Assert.That(mails[0].MessageId, Is.EqualTo(row.MessageId));
    }

    [Test]
    public async Task Digest_readers_and_those_who_want_no_email_are_told_in_the_list_only()
    {
        var caseId = await _flow.NewCase();
        await (await _flow.Officer.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notifications/settings")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { email = "ktht.rieng@yenhoa.example", emailPreference = "Digest" }),
        })).ShouldBe(HttpStatusCode.OK);
        var congan = _app.As("congan");
        await (await congan.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notifications/settings")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { email = "congan@yenhoa.example", emailPreference = "None" }),
        })).ShouldBe(HttpStatusCode.OK);
        Assert.That((await _flow.Officer.GetJson("/api/notifications/settings"))["emailPreference"]!.GetValue<string>(), Is.EqualTo("Digest"));

        await (await _flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        var second = await _flow.NewCase();
        await (await _flow.Assign(second, departmentId: 5)).ShouldBe(HttpStatusCode.OK);
        await SendDue();

        Assert.That((await Notifications(_flow.Officer))["unread"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await Notifications(congan))["unread"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(_smtp.To("ktht.rieng@yenhoa.example", timeout: TimeSpan.FromSeconds(1)), Is.Empty);
        Assert.That(_smtp.To("congan@yenhoa.example", timeout: TimeSpan.FromSeconds(1)), Is.Empty);
    }

    [Test]
    public async Task Without_SMTP_each_message_is_an_eml_file_in_the_data_folder()
    {
        using var app = new PetitionsApp(settings: new() { ["Notifications:PollInterval"] = "01:00:00", ["Notifications:Digest"] = "false" });
        var flow = new Workflow(app);
        var caseId = await flow.NewCase();
        await (await flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);

        await app.Services.GetRequiredService<OutboxSender>().SendDue(CancellationToken.None);

        var mail = Path.Combine(Path.GetDirectoryName(app.DatabaseFile)!, "mail");
        var messages = Directory.GetFiles(mail, "*.eml").Select(file => MimeKit.MimeMessage.Load(file)).ToList();
        var routed = messages.Single(m => m.To.Mailboxes.Single().Address == KtHtEmail);
        Assert.That(routed.Subject, Is.EqualTo($"[Kiến nghị] Nội dung số {caseId} được giao cho đơn vị xử lý"));
        Assert.That(routed.TextBody, Does.Contain($"Xem chi tiết: http://localhost:5080/cases/{caseId}"));
        Assert.That(Directory.GetFiles(mail, "*.tmp"), Is.Empty);
    }

    [Test]
    public async Task An_address_that_is_not_one_is_refused()
    {
        var response = await _flow.Officer.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notifications/settings")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { email = "không phải địa chỉ", emailPreference = "Immediate" }),
        });

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await response.Json())["fieldCodes"]!["email"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("notifications.email.format"));
    }
}
