using System.Net;
using Petitions.Api.Domain;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>A city-level administrator creates a ward with its departments and that ward's first administrator, who then works in it alone.</summary>
public sealed class WardsTests
{
    private PetitionsApp _app = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = new PetitionsApp();
        await _app.AddUser("thanhpho", Role.Admin, wardCode: null);
    }

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private static object Ward(string code, params string[] departments) => new
    {
        code,
        name = "Phường Trung Hòa",
        superiorParty = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        departments = departments.Select(d => new { code = d, shortName = d, name = $"Phòng {d}" }).ToArray(),
    };

    [Test]
    public async Task A_new_ward_gets_its_departments_and_an_administrator_who_sees_only_it()
    {
        using var city = _app.As("thanhpho");
        var created = await city.Post("/api/wards", Ward("trung-hoa", "VP", "KT-HT-DT"));
        await created.ShouldBe(HttpStatusCode.Created);
        var ward = await created.Json();
        var wardId = ward["id"]!.GetValue<long>();
        Assert.That(ward["departments"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "VP", "KT-HT-DT" }));

        var wards = (await city.GetJson("/api/wards")).AsArray();
        Assert.That(wards.Select(w => w!["code"]!.GetValue<string>()), Does.Contain("yen-hoa").And.Contain("trung-hoa"));
        Assert.That(wards.Single(w => w!["code"]!.GetValue<string>() == "trung-hoa")!["superiorParty"]!.GetValue<string>(), Is.EqualTo("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"));

        await (await city.Post("/api/users", new { username = "admin.trunghoa", displayName = "Quản trị Trung Hòa", role = "Admin", wardId, password = "mật-khẩu-trung-hòa" })).ShouldBe(HttpStatusCode.Created);
        using var admin = _app.As("admin.trunghoa", "mật-khẩu-trung-hòa");
        Assert.That((await admin.GetJson("/api/departments")).AsArray().Select(d => d!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "VP", "KT-HT-DT" }));
        Assert.That((await admin.GetJson("/api/wards")).AsArray().Select(w => w!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "trung-hoa" }));
        Assert.That((await admin.GetJson("/api/sessions")).AsArray(), Is.Empty);
        await (await admin.Post("/api/sessions", new { code = "2026-Q2", title = "Hội nghị giao ban quý II/2026", heldOn = "2026-07-10", replyDeadline = "2026-07-24" })).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_ward_code_is_taken_once()
    {
        using var city = _app.As("thanhpho");
        await (await city.Post("/api/wards", Ward("nghia-do", "VP"))).ShouldBe(HttpStatusCode.Created);

        var again = await city.Post("/api/wards", Ward("nghia-do", "CA"));

        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await again.Json())["detail"]!.GetValue<string>(), Does.Contain("nghia-do"));
    }

    [Test]
    public async Task Each_bad_field_is_named()
    {
        using var city = _app.As("thanhpho");
        var response = await city.Post("/api/wards", new
        {
            code = "Trung Hòa",
            name = "",
            superiorParty = "",
            departments = new[] { new { code = "VP", shortName = "VP", name = "Văn phòng" }, new { code = "vp", shortName = "", name = "Văn phòng" } },
        });

        await response.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Json())["errors"]!.AsObject().Select(e => e.Key);
        Assert.That(errors, Is.SupersetOf(new[] { "code", "name", "superiorParty", "departments", "departments[1].shortName" }));
        Assert.That(await _app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM wards WHERE name = ''", null, CancellationToken.None)), Is.Zero);
    }

    [Test]
    public async Task A_ward_needs_a_department()
    {
        using var city = _app.As("thanhpho");
        var response = await city.Post("/api/wards", Ward("thanh-xuan"));

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await response.Json())["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "departments" }));
    }

    [Test]
    public async Task A_wards_own_administrator_creates_no_ward()
    {
        using var admin = _app.As("admin");

        await (await admin.Post("/api/wards", Ward("cau-giay", "VP"))).ShouldBe(HttpStatusCode.Forbidden);
        await (await _app.As("dispatcher").Post("/api/wards", Ward("cau-giay", "VP"))).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_Party_report_prints_the_superior_Party_organisation_above_the_wards_committee()
    {
        var html = await (await _app.As("partyoffice").GetAsync("/api/sessions/1/report?format=html")).Content.ReadAsStringAsync();

        Assert.That(html.IndexOf("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", StringComparison.Ordinal), Is.GreaterThan(0).And.LessThan(html.IndexOf("ĐẢNG ỦY PHƯỜNG YÊN HÒA", StringComparison.Ordinal)));
    }
}
