namespace Petitions.Api.Domain;

/// <summary>Who uses Petitions (DESIGN.md, "Who uses it").</summary>
public enum Role
{
    /// <summary>Tổ trưởng TDP, Bí thư Chi bộ: their own organisation's petitions only.</summary>
    GroupLeader,

    /// <summary>Văn phòng HĐND-UBND: triage, routing, deadlines, replies, referrals.</summary>
    Dispatcher,

    /// <summary>Staff of one department: the cases routed to it.</summary>
    DepartmentOfficer,

    /// <summary>Văn phòng Đảng ủy: reads everything, reports.</summary>
    PartyOffice,

    /// <summary>HĐND, UBMTTQ, Ủy ban Kiểm tra: read-only dashboards and escalations.</summary>
    Overseer,

    /// <summary>Users, departments, categories, sessions.</summary>
    Admin,
}
