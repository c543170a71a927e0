using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Notifications;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Notifications;

/// <summary>
/// The 07:30 digest on the test clock. The seeded session's reply deadline is 20/4/2026, so its last working day is
/// Friday 17/4 and its cases are at risk from Wednesday 15/4; 30/4 and 1/5 are public holidays.
/// </summary>
public sealed class DigestTests
{
    private static readonly DateOnly AtRiskWednesday = new(2026, 4, 15);

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

    private Task<bool> RunDigest() => _app.Services.GetRequiredService<DigestSchedule>().RunDue(CancellationToken.None);

    private Task<int> SendDue() => _app.Services.GetRequiredService<OutboxSender>().SendDue(CancellationToken.None);

    private static async Task<JsonNode[]> Digests(HttpClient client) =>
        [.. (await client.GetJson("/api/notifications"))["items"]!.AsArray().Where(n => n!["kind"]!.GetValue<string>() == "Digest").Select(n => n!)];

    [Test]
    public async Task On_a_working_morning_the_department_and_the_dispatcher_each_get_one_digest_of_their_cases()
    {
        var routed = await _flow.NewCase();
        await (await _flow.Assign(routed)).ShouldBe(HttpStatusCode.OK);
        var inTriage = await _flow.NewCase();
        await SendDue();
        _app.Clock.SetToday(AtRiskWednesday);

        Assert.That(await RunDigest(), Is.True);
        Assert.That(await RunDigest(), Is.False, "once a day");

        var officers = await Digests(_flow.Officer);
        Assert.That(officers, Has.Length.EqualTo(1));
        var body = officers[0]["body"]!.GetValue<string>();
        Assert.That(body, Does.Contain("Có nguy cơ quá hạn:").And.Contain($"Số {routed}, hạn trước ngày 20/04/2026"));
        Assert.That(body, Does.Not.Contain($"Số {inTriage},"), "a case in triage is not the department's");
        Assert.That(officers[0]["link"]!.GetValue<string>(), Is.EqualTo("/inbox"));
        var dispatchers = await Digests(_flow.Dispatcher);
        Assert.That(dispatchers, Has.Length.EqualTo(1));
        Assert.That(dispatchers[0]["body"]!.GetValue<string>(), Does.Contain($"Số {routed},").And.Contain($"Số {inTriage}, hạn trước ngày 20/04/2026, chưa giao"));
        Assert.That(await Digests(_app.As("congan")), Is.Empty, "a department with nothing at risk is not told");
        Assert.That(await Digests(_flow.Leader), Is.Empty);

        await SendDue();
        var mail = _smtp.To("ktht@yen-hoa.petitions.example", 2).Last();
        Assert.That(mail.Subject, Is.EqualTo("[Kiến nghị] Tổng hợp ngày 15/04/2026: 0 quá hạn, 1 có nguy cơ quá hạn"));
        Assert.That(mail.TextBody, Does.Contain($"https://kiennghi.yenhoa.example/cases/{routed}"));
    }

    [Test]
    public async Task A_holiday_has_no_digest_and_the_next_working_day_does()
    {
        var routed = await _flow.NewCase();
        await (await _flow.Assign(routed)).ShouldBe(HttpStatusCode.OK);

        _app.Clock.SetToday(new DateOnly(2026, 4, 30));
        Assert.That(await RunDigest(), Is.False, "30/4 is a public holiday");
        _app.Clock.SetToday(new DateOnly(2026, 5, 2));
        Assert.That(await RunDigest(), Is.False, "a Saturday");
        Assert.That(await Digests(_flow.Officer), Is.Empty);

        _app.Clock.SetToday(new DateOnly(2026, 5, 4));
        Assert.That(await RunDigest(), Is.True);
        var digest = (await Digests(_flow.Officer)).Single()["body"]!.GetValue<string>();
        Assert.That(digest, Does.StartWith("Tổng hợp ngày 04/05/2026: 1 nội dung quá hạn").And.Contain("Quá hạn chưa trả lời:"));
    }

    [Test]
    public async Task The_digest_waits_for_half_past_seven_Vietnam_time()
    {
        var routed = await _flow.NewCase();
        await (await _flow.Assign(routed)).ShouldBe(HttpStatusCode.OK);
        _app.Clock.SetToday(AtRiskWednesday);
        _app.Clock.Advance(TimeSpan.FromMinutes(-91));

        Assert.That(await RunDigest(), Is.False, "07:29");
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await RunDigest(), Is.True, "07:30");
    }

    [Test]
    public async Task A_digest_reader_gets_the_days_notifications_in_the_morning_message_and_none_before()
    {
        await _app.WithDb(db => db.Execute("UPDATE users SET email_preference = 'Digest' WHERE username = 'ktht'", null, CancellationToken.None));
        var routed = await _flow.NewCase();
        await (await _flow.Assign(routed)).ShouldBe(HttpStatusCode.OK);
        await SendDue();
        Assert.That(_smtp.To("ktht@yen-hoa.petitions.example", timeout: TimeSpan.FromMilliseconds(500)), Is.Empty);

        _app.Clock.SetToday(new DateOnly(2026, 4, 14));
        Assert.That(await RunDigest(), Is.True);
        await SendDue();

        var mail = _smtp.To("ktht@yen-hoa.petitions.example", 1).Single();
        Assert.That(mail.TextBody, Does.Contain("Thông báo từ lần tổng hợp trước:").And.Contain($"Nội dung số {routed} được giao cho đơn vị xử lý"));
        Assert.That(mail.Subject, Is.EqualTo("[Kiến nghị] Tổng hợp ngày 14/04/2026: 0 quá hạn, 0 có nguy cơ quá hạn"));
    }
}
