using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Domain;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Access;

/// <summary>
/// Every endpoint × every role → the expected answer, from one table. An endpoint that is not in the table fails
/// the build's tests, so no endpoint ships without a rule.
/// </summary>
public sealed class AccessMatrixTests
{
    private const string Anyone = "anyone";
    private const string EveryRole = "every role";

    /// <summary>Who may call each endpoint. Callers not named get 403 (401 when not signed in).</summary>
    private static readonly Dictionary<string, string> Rules = new()
    {
        ["POST /api/auth/token"] = Anyone,
        ["POST /api/auth/login"] = Anyone,
        ["POST /api/auth/logout"] = EveryRole,
        ["GET /api/auth/antiforgery"] = EveryRole,
        ["GET /api/auth/me"] = EveryRole,
        ["GET /api/users"] = "Admin",
        ["POST /api/users"] = "Admin",
        ["PUT /api/users/{id}"] = "Admin",
        ["POST /api/users/{id}/disable"] = "Admin",
        ["POST /api/users/{id}/enable"] = "Admin",
        ["POST /api/users/{id}/reset-password"] = "Admin",
        ["GET /api/wards"] = "Admin",
        // A city-level Admin only: the demo admin is a ward's, so it is refused too (WardsTests has the city-level one).
        ["POST /api/wards"] = "nobody of a ward",
        ["GET /api/sessions"] = EveryRole,
        ["GET /api/sessions/{id}"] = EveryRole,
        ["POST /api/sessions"] = "Admin",
        ["POST /api/sessions/{id}/close"] = "Admin",
        ["POST /api/sessions/{id}/open"] = "Admin",
        ["POST /api/sessions/{id}/reported"] = "PartyOffice",
        ["GET /api/departments"] = EveryRole,
        ["POST /api/departments"] = "Admin",
        ["PUT /api/departments/{id}"] = "Admin",
        ["GET /api/categories"] = EveryRole,
        ["PUT /api/categories/{code}/default-department"] = "Admin",
        ["POST /api/petitions"] = "GroupLeader Dispatcher",
        ["GET /api/petitions/{id}"] = EveryRole,
        ["GET /api/cases"] = EveryRole,
        ["GET /api/cases/export"] = EveryRole,
        ["GET /api/cases/counts"] = EveryRole,
        ["POST /api/cases/route"] = "Dispatcher",
        ["GET /api/cases/{id}"] = EveryRole,
        ["POST /api/cases/{id}/assign"] = "Dispatcher",
        ["POST /api/cases/{id}/start"] = "DepartmentOfficer",
        ["POST /api/cases/{id}/resolve"] = "DepartmentOfficer",
        ["POST /api/cases/{id}/return"] = "DepartmentOfficer",
        ["POST /api/cases/{id}/refer"] = "Dispatcher",
        ["POST /api/cases/{id}/close"] = "GroupLeader",
        ["POST /api/cases/{id}/reopen"] = "GroupLeader",
        ["POST /api/cases/{id}/reroute"] = "Dispatcher",
        ["POST /api/cases/{id}/notes"] = "Dispatcher DepartmentOfficer",
        ["POST /api/cases/{id}/supporting"] = "Dispatcher",
        ["POST /api/cases/{id}/correct"] = "Dispatcher",
        ["POST /api/cases/{id}/refuse"] = "Dispatcher",
        ["POST /api/replies"] = "Dispatcher DepartmentOfficer",
        ["GET /api/replies/{id}"] = EveryRole,
        ["PUT /api/replies/{id}"] = "Dispatcher DepartmentOfficer",
        ["POST /api/replies/{id}/submit"] = "Dispatcher DepartmentOfficer",
        ["POST /api/replies/{id}/return"] = "Dispatcher",
        ["POST /api/replies/{id}/sign"] = "Dispatcher",
        ["POST /api/replies/{id}/register"] = "Dispatcher",
        ["POST /api/replies/{id}/send"] = "Dispatcher",
        ["GET /api/signers"] = EveryRole,
        ["POST /api/signers"] = "Admin",
        ["PUT /api/signers/{id}"] = "Admin",
        ["PUT /api/signers/defaults"] = "Admin",
        ["GET /api/replies/{id}/document"] = EveryRole,
        ["GET /api/sessions/{id}/report"] = "Dispatcher PartyOffice Overseer Admin",
        ["GET /api/escalations"] = "Dispatcher PartyOffice Overseer Admin",
        ["GET /api/dashboard"] = "Dispatcher PartyOffice Overseer Admin",
        // The ward's monitors read who did what: the overseers (inspection committee) and the Party Office. Not the
        // dispatcher and departments whose work it records, nor the administrator, who runs accounts, not case work.
        ["GET /api/activity"] = "Overseer PartyOffice",
        ["POST /api/notices/preview"] = "Dispatcher PartyOffice",
        ["POST /api/notices/confirm"] = "Dispatcher PartyOffice",
        ["GET /api/notices/keywords"] = "Admin Dispatcher PartyOffice",
        ["PUT /api/notices/keywords"] = "Admin",
        ["GET /api/sessions/{id}/notice"] = EveryRole,
        ["GET /api/notifications"] = EveryRole,
        ["GET /api/notifications/counts"] = EveryRole,
        ["POST /api/notifications/{id}/read"] = EveryRole,
        ["POST /api/notifications/read"] = EveryRole,
        ["GET /api/notifications/settings"] = EveryRole,
        ["PUT /api/notifications/settings"] = EveryRole,
        ["POST /api/cases/{id}/attachments"] = "GroupLeader Dispatcher DepartmentOfficer",
        ["GET /api/cases/{id}/attachments"] = EveryRole,
        ["POST /api/replies/{id}/attachments"] = "Dispatcher",
        ["GET /api/replies/{id}/attachments"] = EveryRole,
        ["GET /api/attachments/{id}"] = EveryRole,
        ["GET /api/calendar/{year}"] = EveryRole,
        ["PUT /api/calendar/{year}/swaps"] = "Admin",
    };

    /// <summary>One demo account per role, and no account at all.</summary>
    private static readonly Dictionary<string, Role?> Callers = new()
    {
        ["anonymous"] = null,
        ["leader19"] = Role.GroupLeader,
        ["dispatcher"] = Role.Dispatcher,
        ["ktht"] = Role.DepartmentOfficer,
        ["partyoffice"] = Role.PartyOffice,
        ["overseer"] = Role.Overseer,
        ["admin"] = Role.Admin,
    };

    private PetitionsApp _app = null!;
    private Dictionary<string, long> _ids = null!;

    [OneTimeSetUp]
    public async Task PrepareOneOfEverything()
    {
        _app = new PetitionsApp();
        var flow = new Workflow(_app);
        // A case every role may see: leader 19's, routed to KT-HT-ĐT; a drafted reply; a user to administer.
        var (petitionId, caseIds) = await flow.Submit("Đề nghị sửa đèn", "Đề nghị sửa cống");
        await (await flow.Assign(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await flow.Assign(caseIds[1])).ShouldBe(HttpStatusCode.OK);
        await (await flow.Start(caseIds[1])).ShouldBe(HttpStatusCode.OK);
        await (await flow.Resolve(caseIds[1])).ShouldBe(HttpStatusCode.OK);
        var draft = await flow.Dispatcher.Post("/api/replies", new { petitionId, caseIds = new[] { caseIds[1] } });
        var userId = await _app.AddUser("target.user", Role.Overseer);
        _ids = new Dictionary<string, long>
        {
            ["cases"] = caseIds[0],
            ["petitions"] = petitionId,
            ["replies"] = (await draft.Json())["id"]!.GetValue<long>(),
            ["users"] = userId,
            ["sessions"] = 1,
            ["signers"] = await flow.ReplySigner(),
            ["departments"] = await _app.WithDb(db => db.ExecuteScalar<long>("SELECT id FROM departments WHERE code = 'VH-XH'", null, CancellationToken.None)),
            // Closing the seeded session would refuse the petitions other rows submit: close a spare one.
            ["spare session"] = await _app.WithDb(db => db.Insert(
                "INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed) VALUES (1, 'SPARE', 'Spare', '2026-07-10', '2026-07-24', 0)",
                new { },
                CancellationToken.None)),
        };
    }

    [OneTimeTearDown]
    public void Stop() => _app?.Dispose();

    private static IEnumerable<TestCaseData> Matrix() =>
        from rule in Rules
        from caller in Callers
        select new TestCaseData(rule.Key, caller.Key).SetName($"{rule.Key} as {caller.Key}");

    [TestCaseSource(nameof(Matrix))]
    public async Task Each_role_gets_what_the_table_says(string endpoint, string caller)
    {
        var expectedAllowed = Rules[endpoint] switch
        {
            Anyone => true,
            EveryRole => Callers[caller] is not null,
            var roles => Callers[caller] is { } role && roles.Split(' ').Contains(role.ToString()),
        };
        // Signing out ends the token it is sent with: not the one the other rows share.
        using var client = caller == "anonymous" ? _app.CreateClient() : endpoint == "POST /api/auth/logout" ? _app.AsNewSignIn(caller) : _app.As(caller);

        var response = await Send(client, endpoint, Callers[caller]);

        var status = (int)response.StatusCode;
        if (expectedAllowed)
        {
            Assert.That(status, Is.Not.AnyOf(401, 403).And.LessThan(500), $"{endpoint} as {caller}: {await response.Content.ReadAsStringAsync()}");
        }
        else
        {
            Assert.That(response.StatusCode, Is.EqualTo(Callers[caller] is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden), await response.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public void Every_endpoint_has_a_rule_and_every_rule_an_endpoint()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} {e.RoutePattern.RawText!.Replace(":long", "").TrimEnd('/')}"))
            .ToHashSet();

        Assert.That(endpoints, Is.EquivalentTo(Rules.Keys), "add the new endpoint's rule to the table above");
    }

    private Task<HttpResponseMessage> Send(HttpClient client, string endpoint, Role? role)
    {
        var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var area = template.Split('/')[2];
        var key = endpoint == "POST /api/sessions/{id}/close" ? "spare session" : area;
        var path = template.Replace("{id}", _ids.GetValueOrDefault(key).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{code}", "Flooding").Replace("{year}", "2031");
        if (endpoint.EndsWith("/attachments", StringComparison.Ordinal) && method == "POST")
        {
            // An upload is a form, and a department attaches its result photos, not intake ones.
            return client.PostAsync(path, Files.TestFiles.Form(Files.TestFiles.Png(40, 30), "anh.png", role == Role.DepartmentOfficer ? "Before" : null));
        }

        var body = SampleBody(endpoint);
        return method switch
        {
            "GET" => client.GetAsync(path),
            "PUT" => client.PutAsync(path, System.Net.Http.Json.JsonContent.Create(body)),
            _ => client.Post(path, body),
        };
    }

    private object? SampleBody(string endpoint) => endpoint switch
    {
        "POST /api/auth/token" or "POST /api/auth/login" => new { username = "overseer", password = "petitions-demo" },
        "POST /api/users" => new { username = $"new.{Guid.NewGuid():N}"[..20], displayName = "Người mới", role = "Overseer", password = "một-mật-khẩu-dài" },
        "PUT /api/users/{id}" => new { displayName = "Giám sát viên", role = "Overseer" },
        "POST /api/users/{id}/reset-password" => new { password = "một-mật-khẩu-dài" },
        "POST /api/petitions" => Workflow.Petition("Đề nghị kiểm tra"),
        "POST /api/cases/{id}/assign" => Workflow.Assignment(),
        "POST /api/cases/route" => new { cases = new[] { new { id = _ids["cases"] } }, assignment = Workflow.Assignment() },
        "POST /api/cases/{id}/resolve" => new { result = "Đã xử lý" },
        "POST /api/cases/{id}/return" or "POST /api/cases/{id}/reopen" or "POST /api/replies/{id}/return" => new { reason = "Lý do" },
        "POST /api/signers" or "PUT /api/signers/{id}" => new { name = Workflow.SignerName, position = "Phó Chủ tịch", form = "Deputy", disabled = false },
        "PUT /api/signers/defaults" => new { replySignerId = _ids["signers"], reportSignerId = (long?)null },
        "POST /api/cases/{id}/reroute" => new { reason = "Lý do", assignment = Workflow.Assignment(Workflow.CongAn) },
        "POST /api/cases/{id}/notes" => new { kind = "Internal", text = "Ghi chú" },
        "POST /api/cases/{id}/supporting" => new { departmentIds = new[] { Workflow.CongAn } },
        "POST /api/cases/{id}/refer" => new { agency = "Sở Xây dựng", referralLetter = "Công văn số 1" },
        "POST /api/cases/{id}/correct" => new { location = $"Ngõ {Guid.NewGuid():N}"[..12], reason = "Lý do" },
        "POST /api/cases/{id}/refuse" => new { reason = "Lý do" },
        "POST /api/wards" => new { code = $"w-{Guid.NewGuid():N}"[..12], name = "Phường thử", superiorParty = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", departments = new[] { new { code = "VP", shortName = "VP", name = "Văn phòng" } } },
        "POST /api/sessions" => new { code = $"T-{Guid.NewGuid():N}"[..12], title = "Hội nghị thử", heldOn = "2026-07-10", replyDeadline = "2026-07-24" },
        "PUT /api/categories/{code}/default-department" => new { departmentId = 2 },
        "POST /api/departments" => new { code = $"D-{Guid.NewGuid():N}"[..12], shortName = "Thử", name = "Đơn vị thử" },
        "PUT /api/departments/{id}" => new { shortName = "VH-XH", name = "Phòng Văn hóa – Xã hội" },
        "PUT /api/replies/{id}" => new { subject = "Trả lời kiến nghị", body = "" },
        "POST /api/notices/preview" => new { text = "PHỤ LỤC\nSTT\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Thử - Tổ trưởng TDP số 9\t- Đề nghị kiểm tra\tUBND phường\t" },
        "POST /api/notices/confirm" => new { documentId = 999999, sessionId = 1, petitions = new[] { new { submitter = new { name = "Thử", title = "Tổ trưởng TDP số 9", organisation = "TDP số 9" }, leadAgency = "UBND phường", items = new[] { new { text = "Đề nghị kiểm tra", category = "Other" } } } } },
        "PUT /api/notifications/settings" => new { email = "nguoi.dung@yenhoa.example", emailPreference = "Digest" },
        "PUT /api/calendar/{year}/swaps" => new { days = Array.Empty<object>() },
        "PUT /api/notices/keywords" => new { keywords = new[] { new { text = "ùn tắc", category = "TrafficCongestion" } } },
        "POST /api/replies" => new { petitionId = _ids["petitions"], caseIds = new[] { _ids["cases"] } },
        _ => null,
    };
}
