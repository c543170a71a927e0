using Petitions.Api.Domain;

namespace Petitions.Api.Features.Cases;

/// <summary>The flat read model of a case, as lists and petitions show it.</summary>
public record CaseSummary
{
    /// <summary>Columns of <see cref="CaseSummary"/>, selected from <see cref="From"/>.</summary>
    public const string Columns =
        """
        c.id AS Id, c.petition_id AS PetitionId, c.session_id AS SessionId, c.item_number AS ItemNumber,
               c.text AS Text, c.category AS Category, c.location AS Location, c.status AS Status,
               c.department_id AS DepartmentId, d.short_name AS DepartmentName,
               c.suggested_department_id AS SuggestedDepartmentId, sd.short_name AS SuggestedDepartmentName,
               c.due_date AS DueDate, c.replied_on AS RepliedOn, c.version AS Version,
               p.submitter_name AS SubmitterName, p.submitter_title AS SubmitterTitle,
               p.organisation AS Organisation, p.area AS Area
        """;

    /// <summary><c>cases c</c> with its petition and departments joined.</summary>
    public const string From =
        """
         FROM cases c
        JOIN petitions p ON p.id = c.petition_id
        LEFT JOIN departments d ON d.id = c.department_id
        LEFT JOIN departments sd ON sd.id = c.suggested_department_id
        """;

    public const string Select = "SELECT " + Columns + From;

    public long Id { get; init; }

    public long PetitionId { get; init; }

    public long SessionId { get; init; }

    /// <summary>The item's place within its petition (the bullet's order in the appendix).</summary>
    public int ItemNumber { get; init; }

    public string Text { get; init; } = "";

    public Category Category { get; init; }

    public string? Location { get; init; }

    public CaseStatus Status { get; init; }

    public long? DepartmentId { get; init; }

    public string? DepartmentName { get; init; }

    public long? SuggestedDepartmentId { get; init; }

    public string? SuggestedDepartmentName { get; init; }

    public DateOnly DueDate { get; init; }

    /// <summary>The last working day before <see cref="DueDate"/>: the reply must be issued by then.</summary>
    public DateOnly LastWorkingDay { get; init; }

    public bool Overdue { get; init; }

    public bool AtRisk { get; init; }

    public DateOnly? RepliedOn { get; init; }

    public int Version { get; init; }

    public string SubmitterName { get; init; } = "";

    public string SubmitterTitle { get; init; } = "";

    public string Organisation { get; init; } = "";

    public string? Area { get; init; }

    /// <summary>A copy (of the same record type) with the deadline fields worked out for <paramref name="today"/>.</summary>
    public CaseSummary WithDeadline(WorkingCalendar calendar, DateOnly today)
    {
        var deadline = CaseDeadline.For(DueDate, RepliedOn, today, calendar);
        return this with { LastWorkingDay = deadline.LastWorkingDay, Overdue = deadline.Overdue, AtRisk = deadline.AtRisk };
    }

    /// <summary>The OpenAPI example: the first item of the appendix.</summary>
    public static CaseSummary Example { get; } = new()
    {
        Id = 1,
        PetitionId = 1,
        SessionId = 1,
        ItemNumber = 1,
        Text = "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
        Category = Category.Flooding,
        Location = "Trường THCS Trần Duy Hưng, Trường Mầm non Hoa Sen",
        Status = CaseStatus.Assigned,
        DepartmentId = 2,
        DepartmentName = "KT-HT-ĐT",
        SuggestedDepartmentId = 2,
        SuggestedDepartmentName = "KT-HT-ĐT",
        DueDate = new DateOnly(2026, 4, 20),
        LastWorkingDay = new DateOnly(2026, 4, 17),
        Overdue = false,
        AtRisk = true,
        Version = 2,
        SubmitterName = "Nguyễn Bảo Bình",
        SubmitterTitle = "Tổ trưởng TDP số 19",
        Organisation = "TDP số 19",
        Area = "Trung Hòa",
    };
}
