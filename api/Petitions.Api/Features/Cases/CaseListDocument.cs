using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Categories;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// A case list as a download: every case the list's filters find (all pages, read with the list's own query), as
/// CSV or an Excel workbook with the same columns.
/// </summary>
public static class CaseListDocument
{
    /// <summary>What the OpenAPI document shows of the CSV.</summary>
    public static readonly DocumentExample[] Examples =
    [
        new(
            "text/csv",
            "\uFEFFMã nội dung;Kiến nghị;Người kiến nghị;Tổ chức;Nội dung kiến nghị;Lĩnh vực;Địa điểm;Trạng thái;…\r\n" +
            "1;1;Nguyễn Bảo Bình – Tổ trưởng TDP số 19;TDP số 19;Đề nghị nạo vét công …;Úng ngập;…;Assigned;KT-HT-ĐT;2026-04-20;2026-04-17;Không;\r\n"),
    ];

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Mã nội dung", 10), new("Kiến nghị", 9), new("Người kiến nghị", 32), new("Tổ chức", 16), new("Nội dung kiến nghị", 60),
        new("Lĩnh vực", 16), new("Địa điểm", 24), new("Trạng thái", 22), new("Phòng, ban, đơn vị", 18), new("Hạn giải quyết", 13),
        new("Ngày làm việc cuối", 13), new("Quá hạn", 9), new("Ngày trả lời", 12),
    ];

    /// <summary>At most this many cases in one download; a larger list is cut there (filter it further).</summary>
    public const int MaxCases = 20_000;

    /// <summary>Every page of <paramref name="query"/>, in the list's order.</summary>
    public static async Task<IReadOnlyList<CaseSummary>> All(IMediator mediator, ListCases.Query query, CancellationToken cancellationToken)
    {
        var cases = new List<CaseSummary>();
        string? cursor = null;
        do
        {
            var page = await mediator.Send(query with { Limit = ListCases.MaxLimit, Cursor = cursor }, cancellationToken);
            cases.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null && cases.Count < MaxCases);

        return cases.Count > MaxCases ? cases[..MaxCases] : cases;
    }

    public static IEnumerable<IReadOnlyList<object?>> Rows(IReadOnlyList<CaseSummary> cases, IReadOnlyList<ListCategories.CategoryInfo> categories)
    {
        var names = categories.ToDictionary(c => c.Code, c => c.Name);
        return cases.Select(c => (IReadOnlyList<object?>)
        [
            c.Id,
            c.PetitionId,
            $"{c.SubmitterName} – {c.SubmitterTitle}",
            c.Organisation,
            c.Text,
            names.GetValueOrDefault(c.Category, c.Category.ToString()),
            c.Location,
            CaseStatusLabels.Label(c.Status),
            c.DepartmentName,
            c.DueDate,
            c.LastWorkingDay,
            c.Overdue ? "Có" : "Không",
            c.RepliedOn,
        ]);
    }

    public static byte[] ToCsv(IEnumerable<IReadOnlyList<object?>> rows) =>
        Csv.Write(new[] { (IReadOnlyList<string?>)[.. Columns.Select(c => c.Title)] }.Concat(rows.Select(r => (IReadOnlyList<string?>)[.. r.Select(Csv.Cell)])));

    public static byte[] ToXlsx(IEnumerable<IReadOnlyList<object?>> rows) => Xlsx.Write("Danh sách nội dung", Columns, rows);
}
