using System.Text.Json;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Documents;

namespace Petitions.Api.Features.Activity;

/// <summary>
/// The activity log as an Excel workbook: every event the filters find (all pages, read with the log's own query),
/// newest first, with the time as a real date-and-time cell and the actions and statuses in Vietnamese.
/// </summary>
public static class ActivityLogDocument
{
    public const string FileName = "nhat-ky-hoat-dong.xlsx";

    /// <summary>At most this many events in one download; a longer log is cut there (filter it further).</summary>
    public const int MaxEvents = 20_000;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Thời gian", 17), new("Người thực hiện", 28), new("Tên đăng nhập", 14), new("Loại", 16), new("Thao tác", 26),
        new("Trạng thái trước", 20), new("Trạng thái sau", 20), new("Mã nội dung", 12), new("Kiến nghị (STT)", 10),
        new("Đợt", 12), new("Nội dung / Trích yếu", 60), new("Văn bản trả lời", 14), new("Phòng, ban, đơn vị", 18), new("Chi tiết", 60),
    ];

    public static async Task<IReadOnlyList<ListActivity.Entry>> All(IMediator mediator, ListActivity.Query query, CancellationToken cancellationToken)
    {
        var entries = new List<ListActivity.Entry>();
        string? cursor = null;
        do
        {
            var page = await mediator.Send(query with { Limit = ListActivity.MaxLimit, Cursor = cursor }, cancellationToken);
            entries.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null && entries.Count < MaxEvents);

        return entries.Count > MaxEvents ? entries[..MaxEvents] : entries;
    }

    public static byte[] ToXlsx(IEnumerable<ListActivity.Entry> entries) => Xlsx.Write("Nhật ký hoạt động", Columns, entries.Select(e => (IReadOnlyList<object?>)
    [
        e.At,
        e.ActorName ?? "Hệ thống",
        e.Actor,
        e.Kind == ActivityKind.Case ? "Nội dung kiến nghị" : "Văn bản trả lời",
        ActionLabel(e.Kind, e.Action),
        e.From is null ? null : StatusLabel(e.Kind, e.From),
        StatusLabel(e.Kind, e.To),
        string.Join(", ", e.CaseIds),
        e.Stt,
        e.SessionCode,
        e.Subject,
        e.ReplyNumber,
        e.DepartmentName,
        Details(e.Details),
    ]));

    public static string ActionLabel(ActivityKind kind, string action) => kind == ActivityKind.Case && Enum.TryParse<CaseAction>(action, out var caseAction)
        ? caseAction switch
        {
            CaseAction.Submit => "Tiếp nhận",
            CaseAction.Assign => "Giao xử lý",
            CaseAction.Start => "Bắt đầu xử lý",
            CaseAction.Resolve => "Ghi nhận kết quả",
            CaseAction.Return => "Trả lại",
            CaseAction.Refer => "Chuyển cơ quan có thẩm quyền",
            CaseAction.Reply => "Trả lời bằng văn bản",
            CaseAction.Close => "Chấp nhận, kết thúc",
            CaseAction.Reopen => "Đề nghị xem xét lại",
            CaseAction.Reroute => "Chuyển đơn vị xử lý",
            CaseAction.Note => "Ghi chú nội bộ",
            CaseAction.Progress => "Cập nhật tiến độ",
            CaseAction.Support => "Chọn đơn vị phối hợp",
            _ => action,
        }
        : Enum.TryParse<ReplyAction>(action, out var replyAction)
            ? replyAction switch
            {
                ReplyAction.Edit => "Sửa dự thảo",
                ReplyAction.Submit => "Trình ký",
                ReplyAction.Return => "Trả lại để sửa",
                ReplyAction.Sign => "Ký",
                ReplyAction.Register => "Đăng ký, cấp số",
                ReplyAction.Send => "Phát hành",
                _ => action,
            }
            : action;

    public static string StatusLabel(ActivityKind kind, string status) => kind == ActivityKind.Case && Enum.TryParse<CaseStatus>(status, out var caseStatus)
        ? CaseStatusLabels.Label(caseStatus)
        : Enum.TryParse<ReplyStatus>(status, out var replyStatus)
            ? replyStatus switch
            {
                ReplyStatus.Draft => "Dự thảo",
                ReplyStatus.Submitted => "Đã trình ký",
                ReplyStatus.Signed => "Đã ký",
                ReplyStatus.Registered => "Đã đăng ký, cấp số",
                _ => "Đã phát hành",
            }
            : status;

    private static readonly Dictionary<string, string> DetailNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reason"] = "Lý do",
        ["result"] = "Kết quả",
        ["text"] = "Nội dung",
        ["agency"] = "Cơ quan",
        ["referralLetter"] = "Văn bản chuyển",
        ["rating"] = "Đánh giá",
        ["comment"] = "Ý kiến",
        ["dueDate"] = "Hạn",
        ["task"] = "Nhiệm vụ",
        ["assignee"] = "Người thực hiện",
        ["responsibleHead"] = "Người chịu trách nhiệm",
        ["expectedResult"] = "Kết quả cần đạt",
        ["authority"] = "Thẩm quyền",
        ["departmentId"] = "Đơn vị",
        ["departments"] = "Đơn vị phối hợp",
        ["number"] = "Số",
    };

    /// <summary>What the action recorded, "Lý do: …; Hạn: …", one line per value kept as it was written.</summary>
    public static string? Details(JsonElement? details)
    {
        if (details is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var parts = value.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(p => $"{DetailNames.GetValueOrDefault(p.Name, p.Name)}: {(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}")
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
