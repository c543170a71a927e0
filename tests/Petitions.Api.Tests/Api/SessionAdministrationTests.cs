using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The administrator opens each quarter's session, closes its intake, routes categories by default and keeps the
/// ward's departments; the Party Office marks a session reported.
/// </summary>
public sealed class SessionAdministrationTests(string engine) : ApiTests(engine)
{
    private const string Title = "Hội nghị giao ban đánh giá công tác quý II/2026; triển khai nhiệm vụ trọng tâm quý III/2026 – Đảng ủy phường Yên Hòa";

    [Test]
    public async Task An_administrator_opens_a_new_session_that_takes_petitions_with_its_own_deadline()
    {
        using var admin = App.As("admin");
        var code = $"Q2-{Guid.NewGuid():N}"[..10];

        var created = await admin.Post("/api/sessions", new { code, title = Title, heldOn = "2026-07-10", replyDeadline = "2026-07-24" });

        await created.ShouldBe(HttpStatusCode.Created);
        var session = await created.Json();
        var id = session["id"]!.GetValue<long>();
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/sessions/{id}"));
        Assert.That(session["title"]!.GetValue<string>(), Is.EqualTo(Title), "Vietnamese kept exactly");
        Assert.That(session["lastWorkingDay"]!.GetValue<string>(), Is.EqualTo("2026-07-23"));
        Assert.That((await Client.GetJson("/api/sessions")).AsArray().Select(s => s!["code"]!.GetValue<string>()), Does.Contain(code));

        var petition = await Flow.Leader.Post("/api/petitions", WithSession(Workflow.Petition("Đề nghị lắp biển cấm đỗ xe"), id));
        await petition.ShouldBe(HttpStatusCode.Created);
        var caseId = (await petition.Json())["caseIds"]![0]!.GetValue<long>();
        var item = await Client.GetJson($"/api/cases/{caseId}");
        Assert.That(item["sessionId"]!.GetValue<long>(), Is.EqualTo(id));
        Assert.That(item["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-07-24"));
    }

    [Test]
    public async Task A_taken_code_or_a_deadline_before_the_meeting_is_refused_and_nothing_is_written()
    {
        using var admin = App.As("admin");
        var before = await Count("sessions");

        var taken = await admin.Post("/api/sessions", new { code = "2026-Q1", title = "Trùng mã", heldOn = "2026-07-10", replyDeadline = "2026-07-24" });
        var invalid = await admin.Post("/api/sessions", new { code = "quý 2", title = "", heldOn = "2026-07-10", replyDeadline = "2026-07-01" });

        await taken.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await taken.Json())["detail"]!.GetValue<string>(), Does.Contain("2026-Q1"));
        await invalid.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await invalid.Json())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "code", "title", "replyDeadline" }));
        Assert.That(await Count("sessions"), Is.EqualTo(before));
    }

    [Test]
    public async Task A_closed_session_refuses_petitions_until_it_is_opened_again()
    {
        using var admin = App.As("admin");
        var id = (await (await admin.Post("/api/sessions", new { code = $"C-{Guid.NewGuid():N}"[..10], title = "Đợt tiếp nhận", heldOn = "2026-07-10", replyDeadline = "2026-07-24" })).Json())["id"]!.GetValue<long>();

        var closed = await admin.Post($"/api/sessions/{id}/close");
        await closed.ShouldBe(HttpStatusCode.OK);
        Assert.That((await closed.Json())["isClosed"]!.GetValue<bool>(), Is.True);
        var refused = await Flow.Leader.Post("/api/petitions", WithSession(Workflow.Petition("Đề nghị sửa đèn"), id));
        await refused.ShouldBe(HttpStatusCode.Conflict);

        await (await admin.Post($"/api/sessions/{id}/open")).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Leader.Post("/api/petitions", WithSession(Workflow.Petition("Đề nghị sửa đèn"), id))).ShouldBe(HttpStatusCode.Created);
        await (await admin.Post("/api/sessions/99999/close")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_party_office_marks_a_session_reported_once()
    {
        using var admin = App.As("admin");
        using var office = App.As("partyoffice");
        var id = (await (await admin.Post("/api/sessions", new { code = $"R-{Guid.NewGuid():N}"[..10], title = "Giao ban", heldOn = "2026-04-01", replyDeadline = "2026-04-10" })).Json())["id"]!.GetValue<long>();
        Assert.That((await Client.GetJson($"/api/sessions/{id}"))["reportedOn"], Is.Null);

        var marked = await office.Post($"/api/sessions/{id}/reported");

        await marked.ShouldBe(HttpStatusCode.OK);
        var session = await marked.Json();
        Assert.That(session["reportedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"));
        Assert.That(session["reportedBy"]!.GetValue<string>(), Is.EqualTo("partyoffice"));
        Assert.That((await Client.GetJson($"/api/sessions/{id}"))["reportedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"));
        var again = await office.Post($"/api/sessions/{id}/reported");
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await again.Json())["detail"]!.GetValue<string>(), Does.Contain("13/04/2026"));
        await (await office.Post("/api/sessions/99999/reported")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_categorys_default_department_routes_the_next_petitions_suggestion()
    {
        using var admin = App.As("admin");
        var departments = (await Client.GetJson("/api/departments")).AsArray();
        var police = departments.Single(d => d!["code"]!.GetValue<string>() == "CA")!["id"]!.GetValue<long>();
        var before = (await Client.GetJson("/api/categories")).AsArray().Single(c => c!["code"]!.GetValue<string>() == "FoodSafety")!["defaultDepartmentId"]?.GetValue<long>();

        try
        {
            var set = await admin.PutAsync("/api/categories/FoodSafety/default-department", JsonContent.Create(new { departmentId = police }));

            await set.ShouldBe(HttpStatusCode.OK);
            Assert.That((await set.Json())["defaultDepartmentId"]!.GetValue<long>(), Is.EqualTo(police));
            var listed = (await Client.GetJson("/api/categories")).AsArray().Single(c => c!["code"]!.GetValue<string>() == "FoodSafety")!;
            Assert.That(listed["defaultDepartmentId"]!.GetValue<long>(), Is.EqualTo(police));
            var body = ToNode(Workflow.Petition("Đề nghị kiểm tra an toàn thực phẩm quán ăn đầu ngõ"));
            body["items"]![0]!["category"] = "FoodSafety";
            var caseId = (await (await Flow.Leader.Post("/api/petitions", body)).Json())["caseIds"]![0]!.GetValue<long>();
            Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["suggestedDepartmentId"]!.GetValue<long>(), Is.EqualTo(police));

            var unknownCategory = await admin.PutAsync("/api/categories/Weather/default-department", JsonContent.Create(new { departmentId = police }));
            await unknownCategory.ShouldBe(HttpStatusCode.NotFound);
            var unknownDepartment = await admin.PutAsync("/api/categories/FoodSafety/default-department", JsonContent.Create(new { departmentId = 99999 }));
            await unknownDepartment.ShouldBe(HttpStatusCode.BadRequest);
            Assert.That((await unknownDepartment.Json())["errors"]!["departmentId"], Is.Not.Null);
        }
        finally
        {
            if (before is { } original)
            {
                await admin.PutAsync("/api/categories/FoodSafety/default-department", JsonContent.Create(new { departmentId = original }));
            }
        }
    }

    [Test]
    public async Task An_administrator_adds_a_department_and_renames_it_keeping_its_cases()
    {
        using var admin = App.As("admin");
        var code = $"TYT-{Guid.NewGuid():N}"[..10];

        var created = await admin.Post("/api/departments", new { code, shortName = "Trạm Y tế", name = "Trạm Y tế phường Yên Hòa" });

        await created.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Json())["id"]!.GetValue<long>();
        var (_, caseIds) = await Flow.Submit("Đề nghị kiểm tra vệ sinh an toàn thực phẩm bếp ăn trường mầm non");
        await (await Flow.Assign(caseIds[0], departmentId: id)).ShouldBe(HttpStatusCode.OK);
        var renamed = await admin.PutAsync($"/api/departments/{id}", JsonContent.Create(new { shortName = "TYT", name = "Trạm Y tế phường Yên Hòa (sau sắp xếp)" }));
        await renamed.ShouldBe(HttpStatusCode.OK);
        Assert.That((await renamed.Json())["code"]!.GetValue<string>(), Is.EqualTo(code), "the code stays");
        var listed = (await Client.GetJson("/api/departments")).AsArray().Single(d => d!["id"]!.GetValue<long>() == id)!;
        Assert.That(listed["name"]!.GetValue<string>(), Is.EqualTo("Trạm Y tế phường Yên Hòa (sau sắp xếp)"));
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[0]}"))["departmentName"]!.GetValue<string>(), Is.EqualTo("TYT"));

        var before = await Count("departments");
        await (await admin.Post("/api/departments", new { code, shortName = "Trùng", name = "Trùng mã" })).ShouldBe(HttpStatusCode.Conflict);
        var invalid = await admin.Post("/api/departments", new { code = "y tế", shortName = "", name = new string('x', 201) });
        await invalid.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await invalid.Json())["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "code", "shortName", "name" }));
        Assert.That(await Count("departments"), Is.EqualTo(before));
        await (await admin.PutAsync("/api/departments/99999", JsonContent.Create(new { shortName = "X", name = "Y" }))).ShouldBe(HttpStatusCode.NotFound);
    }

    private static JsonNode WithSession(object petition, long sessionId)
    {
        var body = ToNode(petition);
        body["sessionId"] = sessionId;
        return body;
    }

    private static JsonNode ToNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value)!;
}
