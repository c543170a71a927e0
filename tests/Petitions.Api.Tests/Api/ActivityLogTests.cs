using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Domain;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The activity log across the ward for the inspection committee (the overseers) and the Party Office: who did what,
/// when, on which case and for which department, filtered, paged and downloaded as a workbook.
/// </summary>
public sealed class ActivityLogTests(string engine) : ApiTests(engine)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private HttpClient _overseer = null!;

    [OneTimeSetUp]
    public void SignInOverseer() => _overseer = App.As("overseer");

    [OneTimeTearDown]
    public void SignOutOverseer() => _overseer?.Dispose();

    [Test]
    public async Task A_cases_whole_life_is_in_the_log_newest_first_with_names_departments_and_the_replys_steps()
    {
        var (petitionId, caseId) = await Flow.InStatus("Replied");
        App.Clock.Advance(TimeSpan.FromDays(1));
        await (await Flow.Leader.Post($"/api/cases/{caseId}/close", new { rating = 4, comment = "Hài lòng với kết quả." })).ShouldBe(HttpStatusCode.OK);

        var page = await _overseer.GetJson($"/api/activity?caseId={caseId}");

        var items = page["items"]!.AsArray();
        Assert.That(page["nextCursor"], Is.Null);
        var what = items.Select(i => $"{i!["kind"]} {i["action"]}").ToList();
        Assert.That(what[0], Is.EqualTo("Case Close"), "newest first");
        Assert.That(what, Is.EquivalentTo(new[]
        {
            "Case Close", "Case Reply", "Reply Register", "Reply Sign", "Reply Submit", "Case Resolve", "Case Start", "Case Assign", "Case Submit",
        }), "the case's events and its reply's steps");
        var times = items.Select(i => DateTimeOffset.Parse(i!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.That(times, Is.Ordered.Descending);
        var close = items[0]!;
        Assert.That(close["actor"]!.GetValue<string>(), Is.EqualTo("leader19"));
        Assert.That(close["actorName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Bảo Bình"));
        Assert.That(close["caseId"]!.GetValue<long>(), Is.EqualTo(caseId));
        Assert.That(close["petitionId"]!.GetValue<long>(), Is.EqualTo(petitionId));
        Assert.That(close["sessionCode"]!.GetValue<string>(), Is.EqualTo("2026-Q1"));
        Assert.That(close["subject"]!.GetValue<string>(), Is.EqualTo("Đề nghị thu gom rác tồn đọng ở đầu ngõ"));
        Assert.That(close["departmentName"]!.GetValue<string>(), Is.EqualTo("KT-HT-ĐT"));
        Assert.That((close["from"]!.GetValue<string>(), close["to"]!.GetValue<string>()), Is.EqualTo(("Replied", "Closed")));
        Assert.That(close["details"]!["rating"]!.GetValue<int>(), Is.EqualTo(4));
        var register = items.Single(i => i!["action"]!.GetValue<string>() == "Register")!;
        Assert.That(register["actorName"]!.GetValue<string>(), Is.EqualTo("Văn phòng HĐND và UBND"));
        Assert.That(register["replyNumber"]!.GetValue<string>(), Does.Match(@"^\d{2,}/UBND-VP$"));
        Assert.That(register["caseIds"]!.AsArray().Select(c => c!.GetValue<long>()), Is.EqualTo(new[] { caseId }));
        Assert.That(register["departmentName"]!.GetValue<string>(), Is.EqualTo("KT-HT-ĐT"), "a reply's department is its cases'");
        Assert.That((register["from"]!.GetValue<string>(), register["to"]!.GetValue<string>()), Is.EqualTo(("Signed", "Registered")));
        Assert.That(items.Last()!["actorName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Bảo Bình"), "the leader submitted it");
    }

    [Test]
    public async Task The_date_range_takes_whole_days_of_the_wards_time()
    {
        var (_, caseId) = await Flow.InStatus("Assigned");
        App.Clock.SetToday(new DateOnly(2026, 4, 16));
        App.Clock.Advance(TimeSpan.FromHours(14.9)); // 23:54 in Hà Nội, already 16:54 UTC
        await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
        App.Clock.SetToday(new DateOnly(2026, 4, 17));
        App.Clock.Advance(TimeSpan.FromHours(-9)); // 00:00 of the 17th
        await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);

        Assert.That(await Actions($"caseId={caseId}&from=2026-04-16&to=2026-04-16"), Is.EqualTo(new[] { "Start" }));
        Assert.That(await Actions($"caseId={caseId}&from=2026-04-17"), Is.EqualTo(new[] { "Resolve" }));
        Assert.That(await Actions($"caseId={caseId}&to=2026-04-15"), Is.EqualTo(new[] { "Assign", "Submit" }));
        Assert.That(await Actions($"from=2026-04-16&to=2026-04-17"), Is.EquivalentTo(new[] { "Start", "Resolve" }), "only this fixture acted on those days");
    }

    [Test]
    public async Task Action_kind_department_actor_and_case_filter_the_log()
    {
        var (_, ours) = await Flow.InStatus("Resolved");
        var (_, police) = await Flow.Submit("Đề nghị tăng cường tuần tra ban đêm");
        await (await Flow.Assign(police[0], departmentId: Workflow.CongAn)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Note(ours, "Internal", "Đã báo lãnh đạo phường.")).ShouldBe(HttpStatusCode.OK);

        var assigns = await Entries("action=Assign&kind=Case");
        Assert.That(assigns.Select(e => e["action"]!.GetValue<string>()), Is.All.EqualTo("Assign"));
        Assert.That(assigns.Select(e => e["caseId"]!.GetValue<long>()), Does.Contain(ours).And.Contain(police[0]));

        var policeOnly = await Entries($"departmentId={Workflow.CongAn}");
        Assert.That(policeOnly.Select(e => e["departmentName"]!.GetValue<string>()), Is.All.EqualTo("Công an phường"));
        Assert.That(policeOnly.Select(e => e["caseId"]!.GetValue<long>()), Does.Contain(police[0]).And.Not.Contain(ours));

        var byUsername = await Entries($"actor=ktht&caseId={ours}");
        Assert.That(byUsername.Select(e => e["action"]!.GetValue<string>()), Is.EqualTo(new[] { "Resolve", "Start" }));
        var byName = await Entries($"actor={Uri.EscapeDataString("Phòng KT-HT")}&caseId={ours}");
        Assert.That(byName.Select(e => e["action"]!.GetValue<string>()), Is.EqualTo(new[] { "Resolve", "Start" }), "part of the display name, in Vietnamese");

        var notes = await Entries($"action=Note&caseId={ours}");
        Assert.That(notes.Single()["details"]!["text"]!.GetValue<string>(), Is.EqualTo("Đã báo lãnh đạo phường."), "internal notes are the monitors' to read");

        var replySteps = await Entries("kind=Reply");
        Assert.That(replySteps.Select(e => e["kind"]!.GetValue<string>()), Is.All.EqualTo("Reply"));
        var returns = await Entries("action=Return");
        Assert.That(returns.Select(e => e["action"]!.GetValue<string>()), Is.All.EqualTo("Return"), "with no kind an action name matches either's");
    }

    [Test]
    public async Task Pages_follow_the_cursor_without_losing_or_repeating_an_event()
    {
        var (_, caseId) = await Flow.InStatus("Replied");
        await (await Flow.Leader.Post($"/api/cases/{caseId}/close")).ShouldBe(HttpStatusCode.OK);
        var all = (await Entries($"caseId={caseId}")).Select(Key).ToList();

        var paged = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _overseer.GetJson($"/api/activity?caseId={caseId}&limit=2{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            paged.AddRange(page["items"]!.AsArray().Select(i => Key(i!)));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.That(all, Has.Count.EqualTo(9));
        Assert.That(paged, Is.EqualTo(all));
        Assert.That(pages, Is.EqualTo(5));
    }

    [Test]
    public async Task Wrong_filters_are_refused_naming_the_field()
    {
        await AssertRefused("from=2026-04-20&to=2026-04-19", "to", "activity.to.beforeFrom");
        await AssertRefused("action=Sign&kind=Case", "action", "activity.action.unknown");
        await AssertRefused("action=Nhảy", "action", "activity.action.unknown");
        await AssertRefused("limit=0", "limit", "activity.limit.outOfRange");
        await AssertRefused("limit=201", "limit", "activity.limit.outOfRange");
        await AssertRefused("cursor=bm9wZQ", "cursor", "activity.cursor.unknown");
        await AssertRefused("format=docx", "format", "document.format.unknown");
        await AssertRefused("from=20-04-2026", "from", null);
        await AssertRefused($"actor={new string('a', 201)}", "actor", "activity.actor.tooLong");
    }

    [Test]
    public async Task The_overseer_and_the_Party_Office_read_it_and_the_people_whose_work_it_records_do_not()
    {
        using var partyOffice = App.As("partyoffice");
        await (await partyOffice.GetAsync("/api/activity")).ShouldBe(HttpStatusCode.OK);
        await (await _overseer.GetAsync("/api/activity")).ShouldBe(HttpStatusCode.OK);
        foreach (var user in new[] { "dispatcher", "ktht", "leader19", "admin" })
        {
            using var client = App.As(user);
            await (await client.GetAsync("/api/activity")).ShouldBe(HttpStatusCode.Forbidden);
            await (await client.GetAsync("/api/activity?format=xlsx")).ShouldBe(HttpStatusCode.Forbidden);
        }

        using var anonymous = App.CreateClient();
        await (await anonymous.GetAsync("/api/activity")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_log_keeps_to_the_overseers_ward()
    {
        var caseId = await Flow.NewCase();
        var otherOverseer = $"gs.{Guid.NewGuid():N}"[..16];
        var wardCode = $"w-{Guid.NewGuid():N}"[..12];
        await App.WithDb(db => db.Execute("INSERT INTO wards (code, name) VALUES (@Code, 'Phường Thử')", new { Code = wardCode }, CancellationToken.None));
        await App.AddUser(otherOverseer, Role.Overseer, wardCode);
        using var other = App.As(otherOverseer);

        var theirs = await other.GetJson($"/api/activity?caseId={caseId}");
        Assert.That(theirs["items"]!.AsArray(), Is.Empty, "another ward's overseer sees none of Yên Hòa's events");
        Assert.That((await _overseer.GetJson($"/api/activity?caseId={caseId}"))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_workbook_holds_every_filtered_event_in_Vietnamese_with_real_times()
    {
        var (_, caseId) = await Flow.InStatus("Assigned");
        var decomposed = "Đã khảo sát hiện trường ngõ 20, chờ ý kiến lãnh đạo.".Normalize(System.Text.NormalizationForm.FormD);
        await (await Flow.Note(caseId, "Progress", decomposed)).ShouldBe(HttpStatusCode.OK);
        var json = await Entries($"caseId={caseId}");

        var response = await _overseer.GetAsync($"/api/activity?caseId={caseId}&format=xlsx&limit=1");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(XlsxType));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, Is.EqualTo("nhat-ky-hoat-dong.xlsx"));
        using var book = new SpreadsheetTests.Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.That(book.SchemaErrors(), Is.Empty, "valid Open XML");
        Assert.That(book.Texts(1), Is.EqualTo(new[]
        {
            "Thời gian", "Người thực hiện", "Tên đăng nhập", "Loại", "Thao tác", "Trạng thái trước", "Trạng thái sau", "Mã nội dung",
            "Kiến nghị (STT)", "Đợt", "Nội dung / Trích yếu", "Văn bản trả lời", "Phòng, ban, đơn vị", "Chi tiết",
        }));
        Assert.That(book.Rows, Has.Count.EqualTo(json.Count + 1), "every event the filters find, whatever the limit");
        Assert.That(json, Has.Count.EqualTo(3));
        var progress = book.Texts(2);
        Assert.That(progress[1], Is.EqualTo("Văn phòng HĐND và UBND"));
        Assert.That(progress[2], Is.EqualTo("dispatcher"));
        Assert.That(progress[3], Is.EqualTo("Nội dung kiến nghị"));
        Assert.That(progress[4], Is.EqualTo("Cập nhật tiến độ"));
        Assert.That(progress.Skip(5).Take(2), Is.EqualTo(new[] { "Đã giao xử lý", "Đã giao xử lý" }));
        Assert.That(progress[7], Is.EqualTo(caseId.ToString(CultureInfo.InvariantCulture)));
        Assert.That(progress[12], Is.EqualTo("KT-HT-ĐT"));
        Assert.That(progress[13], Is.EqualTo("Nội dung: Đã khảo sát hiện trường ngõ 20, chờ ý kiến lãnh đạo."), "composed, exactly as written");
        var time = book.Cells(2)[0];
        Assert.That(time.DataType, Is.Null, "a number Excel reads as a date and time");
        Assert.That(DateTime.FromOADate(double.Parse(time.CellValue!.Text, CultureInfo.InvariantCulture)), Is.EqualTo(new DateTime(2026, 4, 13, 9, 0, 0)), "the ward's time on the test clock");
        Assert.That(book.Texts(4)[4], Is.EqualTo("Tiếp nhận"));
        Assert.That(book.Texts(4)[5], Is.Empty, "the first event has no status before it");
    }

    [Test]
    public async Task In_Production_the_overseer_reads_the_seeded_intake_and_downloads_it()
    {
        var folder = Directory.CreateTempSubdirectory("petitions-activity-").FullName;
        try
        {
            using var app = new PetitionsApp(
                sqliteFile: Path.Combine(folder, "petitions.db"),
                environment: "Production",
                settings: new Dictionary<string, string> { ["Database:LoadDemoSessions"] = "true" });
            await app.AddUser("kiemtra", Role.Overseer, password: "mật-khẩu-kiểm-tra-dài");
            using var overseer = app.As("kiemtra", "mật-khẩu-kiểm-tra-dài");

            var page = await overseer.GetJson("/api/activity?action=Submit&limit=200");

            var items = page["items"]!.AsArray();
            Assert.That(items, Has.Count.EqualTo(12), "the appendix's twelve cases, received");
            Assert.That(items.Select(i => i!["actor"]!.GetValue<string>()), Is.All.EqualTo("seed"));
            Assert.That(items.Select(i => i!["actorName"]), Is.All.Null);
            using var book = new SpreadsheetTests.Workbook(await overseer.GetByteArrayAsync("/api/activity?action=Submit&format=xlsx"));
            Assert.That(book.Rows, Has.Count.EqualTo(13));
            Assert.That(book.Texts(2)[1], Is.EqualTo("Hệ thống"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Key(JsonNode entry) => $"{entry["kind"]}:{entry["id"]}";

    private async Task<List<JsonNode>> Entries(string filters)
    {
        var page = await _overseer.GetJson($"/api/activity?{filters}&limit=200");
        return [.. page["items"]!.AsArray().Select(i => i!)];
    }

    private async Task<List<string>> Actions(string filters) =>
        [.. (await Entries(filters)).Select(e => e["action"]!.GetValue<string>())];

    private async Task AssertRefused(string filters, string field, string? code)
    {
        var response = await _overseer.GetAsync($"/api/activity?{filters}");
        await response.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        Assert.That(problem["errors"]![field], Is.Not.Null, $"{filters}: the 400 names {field}");
        if (code is not null)
        {
            Assert.That(problem["fieldCodes"]![field]!.AsArray().Select(c => c!["code"]!.GetValue<string>()), Does.Contain(code), filters);
        }
    }
}
