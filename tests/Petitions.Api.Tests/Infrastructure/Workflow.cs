using System.Net;
using System.Text.Json.Nodes;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>
/// Drives cases through their life over HTTP, each step by the role that takes it: leader 19 submits, closes and
/// reopens, the dispatcher routes, refers and replies, the KT-HT-ĐT officer works the case.
/// </summary>
public sealed class Workflow(PetitionsApp app)
{
    public const long Session = 1;
    public const long KtHtDt = 2;
    public const string Organisation = "TDP số 19";

    public HttpClient Leader { get; } = app.As("leader19");

    public HttpClient Dispatcher { get; } = app.As("dispatcher");

    public HttpClient Officer { get; } = app.As("ktht");

    public static object Petition(params string[] items) => PetitionTo(Session, items);

    /// <summary>A petition to another session: in a process on the real clock, the seeded one's deadline has passed.</summary>
    public static object PetitionTo(long sessionId, params string[] items) => new
    {
        sessionId,
        submitter = new { name = "Nguyễn Bảo Bình", title = "Tổ trưởng TDP số 19", organisation = Organisation, area = "Trung Hòa" },
        items = items.Select(text => new { text, category = "Environment", location = "Ngõ 20 Yên Hòa" }),
    };

    public static object Assignment(long departmentId = KtHtDt, string? dueDate = null) => new
    {
        departmentId,
        assignee = "Phạm Đức Anh",
        task = "Kiểm tra hiện trường, xử lý dứt điểm",
        responsibleHead = "Trưởng phòng KT-HT-ĐT",
        dueDate,
        expectedResult = "Hết tồn đọng, báo cáo bằng văn bản",
        authority = "Chủ tịch UBND phường",
    };

    public async Task<(long PetitionId, long[] CaseIds)> Submit(params string[] items)
    {
        var response = await Leader.Post("/api/petitions", Petition(items.Length == 0 ? ["Đề nghị thu gom rác tồn đọng ở đầu ngõ"] : items));
        await response.ShouldBe(HttpStatusCode.Created);
        var json = await response.Json();
        return (json["id"]!.GetValue<long>(), json["caseIds"]!.AsArray().Select(id => id!.GetValue<long>()).ToArray());
    }

    public async Task<long> NewCase() => (await Submit()).CaseIds[0];

    public Task<HttpResponseMessage> Assign(long caseId, string? ifMatch = null, long departmentId = KtHtDt) =>
        Dispatcher.Post($"/api/cases/{caseId}/assign", Assignment(departmentId), ifMatch);

    public Task<HttpResponseMessage> Start(long caseId) => Officer.Post($"/api/cases/{caseId}/start");

    public Task<HttpResponseMessage> Resolve(long caseId) =>
        Officer.Post($"/api/cases/{caseId}/resolve", new { result = "Đã thu gom, lắp biển cấm đổ rác." });

    public Task<HttpResponseMessage> Return(long caseId) =>
        Officer.Post($"/api/cases/{caseId}/return", new { reason = "Không thuộc lĩnh vực của phòng." });

    public Task<HttpResponseMessage> Refer(long caseId) =>
        Dispatcher.Post($"/api/cases/{caseId}/refer", new { agency = "Sở Xây dựng Hà Nội", referralLetter = "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026" });

    public const long CongAn = 5;

    /// <summary>Moves the case to Công an phường with a reason and a new assignment.</summary>
    public Task<HttpResponseMessage> Reroute(long caseId, string? ifMatch = null) =>
        Dispatcher.Post($"/api/cases/{caseId}/reroute", new { reason = "Thuộc lĩnh vực trật tự, chuyển Công an phường.", assignment = Assignment(CongAn) }, ifMatch);

    /// <summary>Names Công an phường as the case's supporting department (or the given ones).</summary>
    public Task<HttpResponseMessage> Support(long caseId, params long[] departmentIds) =>
        Dispatcher.Post($"/api/cases/{caseId}/supporting", new { departmentIds = departmentIds.Length == 0 ? [CongAn] : departmentIds });

    /// <summary>An internal note (kind Internal) or a progress update (kind Progress), written by the dispatcher.</summary>
    public Task<HttpResponseMessage> Note(long caseId, string kind = "Internal", string text = "Ghi chú nội bộ: chờ ý kiến lãnh đạo.") =>
        Dispatcher.Post($"/api/cases/{caseId}/notes", new { kind, text });

    public Task<HttpResponseMessage> Refuse(long caseId) =>
        Dispatcher.Post($"/api/cases/{caseId}/refuse", new { reason = "Không thuộc phạm vi giải quyết của UBND phường." });

    /// <summary>A correction of the location that differs every time.</summary>
    public Task<HttpResponseMessage> Correct(long caseId) =>
        Dispatcher.Post($"/api/cases/{caseId}/correct", new { location = $"Ngõ {Guid.NewGuid():N}"[..12], reason = "Nhầm địa điểm khi nhập." });

    public Task<HttpResponseMessage> Close(long caseId) => Leader.Post($"/api/cases/{caseId}/close");

    public Task<HttpResponseMessage> Reopen(long caseId) =>
        Leader.Post($"/api/cases/{caseId}/reopen", new { reason = "Vẫn còn rác sau một tuần." });

    private long? _signerId;

    /// <summary>A signer of replies of the ward (Deputy: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), added by the administrator once.</summary>
    public async Task<long> ReplySigner()
    {
        if (_signerId is { } known)
        {
            return known;
        }

        using var admin = app.As("admin");
        var created = await admin.Post("/api/signers", new { name = SignerName, position = "Phó Chủ tịch", form = "Deputy", disabled = false });
        await created.ShouldBe(HttpStatusCode.Created);
        _signerId = (await created.Json())["signers"]!.AsArray().Last(s => s!["name"]!.GetValue<string>() == SignerName)!["id"]!.GetValue<long>();
        return _signerId.Value;
    }

    public const string SignerName = "Trần Thị Minh";

    /// <summary>Drafts a reply covering the given cases of one petition, signed by <see cref="ReplySigner"/>; returns its id.</summary>
    public async Task<long> Draft(long petitionId, params long[] caseIds)
    {
        var draft = await Dispatcher.Post("/api/replies", new { petitionId, caseIds, signerId = await ReplySigner() });
        await draft.ShouldBe(HttpStatusCode.Created);
        return (await draft.Json())["id"]!.GetValue<long>();
    }

    /// <summary>Takes a draft through submission and signature to registration; returns the registration's JSON.</summary>
    public async Task<JsonNode> Register(long replyId)
    {
        foreach (var step in new[] { "submit", "sign" })
        {
            await (await Dispatcher.Post($"/api/replies/{replyId}/{step}")).ShouldBe(HttpStatusCode.OK);
        }

        var registered = await Dispatcher.Post($"/api/replies/{replyId}/register");
        await registered.ShouldBe(HttpStatusCode.OK);
        return await registered.Json();
    }

    /// <summary>Drafts and registers a reply covering the given cases of one petition; returns the registration's JSON.</summary>
    public async Task<JsonNode> Reply(long petitionId, params long[] caseIds) => await Register(await Draft(petitionId, caseIds));

    /// <summary>A fresh case, brought to <paramref name="status"/> by the ordinary commands.</summary>
    public async Task<(long PetitionId, long CaseId)> InStatus(string status)
    {
        var (petitionId, caseIds) = await Submit();
        var caseId = caseIds[0];
        var steps = status switch
        {
            "Received" => [],
            "Assigned" => ["assign"],
            "InProgress" => ["assign", "start"],
            "Resolved" => ["assign", "start", "resolve"],
            "Replied" => ["assign", "start", "resolve", "reply"],
            "Closed" => ["assign", "start", "resolve", "reply", "close"],
            "Referred" => new[] { "assign", "refer" },
            "Refused" => ["refuse"],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var step in steps)
        {
            if (step == "reply")
            {
                await Reply(petitionId, caseId);
                continue;
            }

            var response = step switch
            {
                "assign" => await Assign(caseId),
                "start" => await Start(caseId),
                "resolve" => await Resolve(caseId),
                "refer" => await Refer(caseId),
                "refuse" => await Refuse(caseId),
                _ => await Close(caseId),
            };
            await response.ShouldBe(HttpStatusCode.OK);
        }

        return (petitionId, caseId);
    }
}
