using System.Net;
using System.Text.Json.Nodes;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>Drives cases through their life over HTTP, the way the offices would.</summary>
public static class Cases
{
    public const long Session = 1;

    public static object Petition(params string[] items) => new
    {
        sessionId = Session,
        submitter = new { name = "Trần Thị Lan", title = "Tổ trưởng TDP số 7", organisation = "TDP số 7", area = "Yên Hòa" },
        items = items.Select(text => new { text, category = "Environment", location = "Ngõ 20 Yên Hòa" }),
    };

    public static async Task<(long PetitionId, long[] CaseIds)> Submit(HttpClient client, params string[] items)
    {
        var response = await client.Post("/api/petitions", Petition(items.Length == 0 ? ["Đề nghị thu gom rác tồn đọng ở đầu ngõ"] : items));
        await response.ShouldBe(HttpStatusCode.Created);
        var json = await response.Json();
        return (json["id"]!.GetValue<long>(), json["caseIds"]!.AsArray().Select(id => id!.GetValue<long>()).ToArray());
    }

    public static async Task<long> NewCase(HttpClient client) => (await Submit(client)).CaseIds[0];

    public static object Assignment(long departmentId = 2, string? dueDate = null) => new
    {
        departmentId,
        assignee = "Phạm Đức Anh",
        task = "Kiểm tra hiện trường, xử lý dứt điểm",
        responsibleHead = "Trưởng phòng KT-HT-ĐT",
        dueDate,
        expectedResult = "Hết tồn đọng, báo cáo bằng văn bản",
    };

    public static Task<HttpResponseMessage> Assign(HttpClient client, long caseId, string? ifMatch = null) =>
        client.Post($"/api/cases/{caseId}/assign", Assignment(), ifMatch);

    public static Task<HttpResponseMessage> Start(HttpClient client, long caseId) => client.Post($"/api/cases/{caseId}/start");

    public static Task<HttpResponseMessage> Resolve(HttpClient client, long caseId) =>
        client.Post($"/api/cases/{caseId}/resolve", new { result = "Đã thu gom, lắp biển cấm đổ rác." });

    public static Task<HttpResponseMessage> Return(HttpClient client, long caseId) =>
        client.Post($"/api/cases/{caseId}/return", new { reason = "Không thuộc lĩnh vực của phòng." });

    public static Task<HttpResponseMessage> Refer(HttpClient client, long caseId) =>
        client.Post($"/api/cases/{caseId}/refer", new { agency = "Sở Xây dựng Hà Nội", referralLetter = "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026" });

    public static Task<HttpResponseMessage> Close(HttpClient client, long caseId) => client.Post($"/api/cases/{caseId}/close");

    public static Task<HttpResponseMessage> Reopen(HttpClient client, long caseId) =>
        client.Post($"/api/cases/{caseId}/reopen", new { reason = "Vẫn còn rác sau một tuần." });

    /// <summary>Drafts and issues a reply covering the given cases of one petition; returns the issue response's JSON.</summary>
    public static async Task<JsonNode> Reply(HttpClient client, long petitionId, params long[] caseIds)
    {
        var draft = await client.Post("/api/replies", new { petitionId, caseIds });
        await draft.ShouldBe(HttpStatusCode.Created);
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        var issued = await client.Post($"/api/replies/{replyId}/issue");
        await issued.ShouldBe(HttpStatusCode.OK);
        return await issued.Json();
    }

    /// <summary>A fresh case, brought to <paramref name="status"/> by the ordinary commands.</summary>
    public static async Task<(long PetitionId, long CaseId)> InStatus(HttpClient client, string status)
    {
        var (petitionId, caseIds) = await Submit(client);
        var caseId = caseIds[0];
        var steps = status switch
        {
            "Received" => [],
            "Assigned" => ["assign"],
            "InProgress" => ["assign", "start"],
            "Resolved" => ["assign", "start", "resolve"],
            "Replied" => ["assign", "start", "resolve", "reply"],
            "Closed" => ["assign", "start", "resolve", "reply", "close"],
            "Referred" => new[] { "refer" },
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var step in steps)
        {
            if (step == "reply")
            {
                await Reply(client, petitionId, caseId);
                continue;
            }

            var response = step switch
            {
                "assign" => await Assign(client, caseId),
                "start" => await Start(client, caseId),
                "resolve" => await Resolve(client, caseId),
                "refer" => await Refer(client, caseId),
                _ => await Close(client, caseId),
            };
            await response.ShouldBe(HttpStatusCode.OK);
        }

        return (petitionId, caseId);
    }
}
