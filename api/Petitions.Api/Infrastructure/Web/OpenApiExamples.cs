using Petitions.Api.Domain;
using Petitions.Api.Features.Auth;
using Petitions.Api.Features.Cases;
using Petitions.Api.Features.Categories;
using Petitions.Api.Features.Departments;
using Petitions.Api.Features.Escalations;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Features.Replies;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Features.Users;
using Petitions.Api.Features.Wards;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>One example per request and response type, drawn from the appendix of the Q1/2026 session.</summary>
public static class OpenApiExamples
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 4, 10, 17, 0, 0, Clock.VietnamOffset);

    private static readonly ListWards.Ward TrungHoa = new()
    {
        Id = 2,
        Code = "trung-hoa",
        Name = "Phường Trung Hòa",
        SuperiorParty = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        Departments = [new ListDepartments.Department { Id = 6, Code = "VP", ShortName = "VP HĐND-UBND", Name = "Văn phòng HĐND và UBND" }],
    };

    private static readonly CaseSummary Case = new()
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

    private static readonly SessionSummary Session = new()
    {
        Id = 1,
        Code = "2026-Q1",
        Title = "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
        HeldOn = new DateOnly(2026, 4, 10),
        ReplyDeadline = new DateOnly(2026, 4, 20),
        LastWorkingDay = new DateOnly(2026, 4, 17),
        PetitionCount = 7,
        CaseCount = 12,
        RepliedCount = 0,
    };

    private static readonly AuthEndpoints.AntiforgeryToken Antiforgery = new("X-CSRF-TOKEN", "CfDJ8…");

    private static readonly GetMe.Me Me = new()
    {
        Id = 1,
        Username = "leader19",
        DisplayName = "Nguyễn Bảo Bình",
        Role = Role.GroupLeader,
        WardId = 1,
        WardName = "Phường Yên Hòa",
        Organisation = "TDP số 19",
    };

    private static readonly UserSummary User = new()
    {
        Id = 4,
        Username = "ktht",
        DisplayName = "Cán bộ Phòng KT-HT-ĐT",
        Role = Role.DepartmentOfficer,
        WardId = 1,
        DepartmentId = 2,
        HasPassword = true,
    };

    public static readonly IReadOnlyDictionary<Type, object> ByType = new Dictionary<Type, object>
    {
        [typeof(SubmitPetition.Command)] = new SubmitPetition.Command
        {
            SessionId = 1,
            Submitter = new SubmitPetition.Submitter
            {
                Name = "Lại Ngọc Thuận",
                Title = "Tổ trưởng TDP số 25",
                Organisation = "TDP số 25",
                Area = "Yên Hòa",
            },
            Items =
            [
                new SubmitPetition.Item
                {
                    Text = "Đề nghị giải quyết điểm tập kết rác tại khu vực Vũ Phạm Hàm - Trần Kim Xuyên, gây mất mỹ quan, ô nhiễm môi trường",
                    Category = Category.Environment,
                    Location = "Khu vực Vũ Phạm Hàm - Trần Kim Xuyên",
                },
                new SubmitPetition.Item { Text = "Đề nghị lắp đèn chiếu sáng ngõ 5 Vũ Phạm Hàm", Category = Category.Infrastructure },
            ],
        },
        [typeof(SubmitPetition.Result)] = new SubmitPetition.Result(8, [13, 14]),
        [typeof(GetPetition.PetitionDetail)] = new GetPetition.PetitionDetail
        {
            Id = 1,
            SessionId = 1,
            Number = 1,
            SubmitterName = "Nguyễn Bảo Bình",
            SubmitterTitle = "Tổ trưởng TDP số 19",
            Organisation = "TDP số 19",
            Area = "Trung Hòa",
            LeadAgency = "UBND phường",
            SubmittedAt = SubmittedAt,
            Cases = [Case],
        },
        [typeof(ListCases.Page)] = new ListCases.Page([Case], "aWQ6MQ=="),
        [typeof(GetCase.CaseDetail)] = new GetCase.CaseDetail
        {
            Id = Case.Id,
            PetitionId = Case.PetitionId,
            SessionId = Case.SessionId,
            ItemNumber = Case.ItemNumber,
            Text = Case.Text,
            Category = Case.Category,
            Location = Case.Location,
            Status = Case.Status,
            DepartmentId = Case.DepartmentId,
            DepartmentName = Case.DepartmentName,
            SuggestedDepartmentId = Case.SuggestedDepartmentId,
            SuggestedDepartmentName = Case.SuggestedDepartmentName,
            DueDate = Case.DueDate,
            LastWorkingDay = Case.LastWorkingDay,
            AtRisk = Case.AtRisk,
            Version = Case.Version,
            SubmitterName = Case.SubmitterName,
            SubmitterTitle = Case.SubmitterTitle,
            Organisation = Case.Organisation,
            Area = Case.Area,
            Assignee = "Trần Văn Nam, cán bộ phụ trách hạ tầng",
            Task = "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
            ResponsibleHead = "Trưởng phòng KT-HT-ĐT",
            ExpectedResult = "Cống thông thoát trước mùa mưa",
            History =
            [
                new GetCase.HistoryEntry { At = SubmittedAt, Actor = "seed", Action = CaseAction.Submit, To = CaseStatus.Received },
                new GetCase.HistoryEntry
                {
                    At = SubmittedAt.AddDays(3),
                    Actor = "dispatcher",
                    Action = CaseAction.Assign,
                    From = CaseStatus.Received,
                    To = CaseStatus.Assigned,
                },
            ],
        },
        [typeof(AssignCase.Command)] = new AssignCase.Command
        {
            DepartmentId = 2,
            Assignee = "Trần Văn Nam, cán bộ phụ trách hạ tầng",
            Task = "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
            ResponsibleHead = "Trưởng phòng KT-HT-ĐT",
            DueDate = new DateOnly(2026, 4, 17),
            ExpectedResult = "Cống thông thoát trước mùa mưa",
        },
        [typeof(ResolveCase.Command)] = new ResolveCase.Command
        {
            Result = "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường.",
        },
        [typeof(ReturnCase.Command)] = new ReturnCase.Command { Reason = "Nội dung thuộc lĩnh vực an ninh trật tự, đề nghị chuyển Công an phường." },
        [typeof(ReferCase.Command)] = new ReferCase.Command
        {
            Agency = "Sở Xây dựng Hà Nội",
            ReferralLetter = "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026",
        },
        [typeof(ReopenCase.Command)] = new ReopenCase.Command { Reason = "Sau trận mưa ngày 25/4 khu vực vẫn ngập." },
        [typeof(CaseChange)] = new CaseChange(1, CaseStatus.Assigned, 2),
        [typeof(DraftReply.Command)] = new DraftReply.Command
        {
            PetitionId = 1,
            CaseIds = [1, 2],
            Subject = "Trả lời kiến nghị của Tổ trưởng TDP số 19",
            Body = "UBND phường Yên Hòa nhận được kiến nghị của đồng chí tại Hội nghị giao ban quý I/2026. Sau khi kiểm tra, UBND phường trả lời như sau:",
        },
        [typeof(DraftReply.Result)] = new DraftReply.Result(1),
        [typeof(EditReplyDraft.Command)] = new EditReplyDraft.Command
        {
            Subject = "Trả lời kiến nghị của TDP số 19 về úng ngập và lấn chiếm vỉa hè",
            Body = "UBND phường Yên Hòa nhận được kiến nghị của Tổ dân phố số 19 tại Hội nghị giao ban quý I/2026. UBND phường trả lời như sau:",
        },
        [typeof(IssueReply.Result)] = new IssueReply.Result(1, 12, 2026, new DateOnly(2026, 4, 16), [new CaseChange(1, CaseStatus.Replied, 5)]),
        [typeof(GetReply.ReplyDetail)] = new GetReply.ReplyDetail
        {
            Id = 1,
            PetitionId = 1,
            Organisation = "TDP số 19",
            Subject = "Trả lời kiến nghị của TDP số 19",
            Status = "Issued",
            Number = 12,
            Year = 2026,
            IssuedOn = new DateOnly(2026, 4, 16),
            CreatedAt = SubmittedAt.AddDays(5),
            CreatedBy = "dispatcher",
            Cases =
            [
                new GetReply.CoveredCase
                {
                    Id = 1,
                    Text = Case.Text,
                    Status = CaseStatus.Replied,
                    DepartmentName = "KT-HT-ĐT",
                    Result = "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường.",
                },
            ],
        },
        [typeof(SignIn.Command)] = new SignIn.Command { Username = "leader19", Password = "petitions-demo" },
        [typeof(AuthEndpoints.TokenResponse)] = new AuthEndpoints.TokenResponse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…", SubmittedAt.AddHours(8)),
        [typeof(AuthEndpoints.AntiforgeryToken)] = Antiforgery,
        [typeof(GetMe.Me)] = Me,
        [typeof(AuthEndpoints.LoginResponse)] = new AuthEndpoints.LoginResponse(Me, Antiforgery),
        [typeof(IReadOnlyList<UserSummary>)] = new[] { User },
        [typeof(UserSummary)] = User,
        [typeof(CreateUser.Command)] = new CreateUser.Command
        {
            Username = "leader23",
            DisplayName = "Quách Văn Vinh",
            Role = Role.GroupLeader,
            Organisation = "TDP số 23",
            Password = "mật-khẩu-tạm-thời",
        },
        [typeof(CreateUser.Result)] = new CreateUser.Result(9),
        [typeof(UpdateUser.Command)] = new UpdateUser.Command { DisplayName = "Cán bộ Công an phường", Role = Role.DepartmentOfficer, DepartmentId = 5 },
        [typeof(ResetPassword.Command)] = new ResetPassword.Command { Password = "mật-khẩu-mới-2026" },
        [typeof(SessionSummary)] = Session,
        [typeof(IReadOnlyList<SessionSummary>)] = new[] { Session },
        [typeof(IReadOnlyList<ListDepartments.Department>)] = new[]
        {
            new ListDepartments.Department { Id = 2, Code = "KT-HT-DT", ShortName = "KT-HT-ĐT", Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
            new ListDepartments.Department { Id = 5, Code = "CA", ShortName = "Công an phường", Name = "Công an phường Yên Hòa" },
        },
        [typeof(IReadOnlyList<ListCategories.CategoryInfo>)] = new[]
        {
            new ListCategories.CategoryInfo { Code = Category.Flooding, Name = "Úng ngập", NameEn = "Flooding", DefaultDepartmentId = 2 },
        },
        [typeof(ListCategories.CategoryInfo)] = new ListCategories.CategoryInfo { Code = Category.Flooding, Name = "Úng ngập", NameEn = "Flooding", DefaultDepartmentId = 2 },
        [typeof(ListDepartments.Department)] = new ListDepartments.Department { Id = 6, Code = "TTYT", ShortName = "Trạm Y tế", Name = "Trạm Y tế phường Yên Hòa" },
        [typeof(CreateDepartment.Command)] = new CreateDepartment.Command { Code = "TTYT", ShortName = "Trạm Y tế", Name = "Trạm Y tế phường Yên Hòa" },
        [typeof(IReadOnlyList<ListWards.Ward>)] = new[] { TrungHoa with { Users = 3 } },
        [typeof(ListWards.Ward)] = TrungHoa,
        [typeof(CreateWard.Command)] = new CreateWard.Command
        {
            Code = "trung-hoa",
            Name = "Phường Trung Hòa",
            SuperiorParty = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
            Departments = [new CreateDepartment.Command { Code = "VP", ShortName = "VP HĐND-UBND", Name = "Văn phòng HĐND và UBND" }],
        },
        [typeof(RenameDepartment.Command)] = new RenameDepartment.Command { ShortName = "VH-XH", Name = "Phòng Văn hóa – Xã hội" },
        [typeof(SetCategoryDepartment.Command)] = new SetCategoryDepartment.Command { DepartmentId = 2 },
        [typeof(CreateSession.Command)] = new CreateSession.Command
        {
            Code = "2026-Q2",
            Title = "Hội nghị giao ban đánh giá công tác quý II/2026; triển khai nhiệm vụ trọng tâm quý III/2026",
            HeldOn = new DateOnly(2026, 7, 10),
            ReplyDeadline = new DateOnly(2026, 7, 24),
        },
        [typeof(GetSessionReport.Report)] = new GetSessionReport.Report
        {
            Session = new GetSessionReport.SessionInfo
            {
                Id = Session.Id,
                Code = Session.Code,
                Title = Session.Title,
                HeldOn = Session.HeldOn,
                ReplyDeadline = Session.ReplyDeadline,
                LastWorkingDay = Session.LastWorkingDay,
            },
            WardName = "Phường Yên Hòa",
            GeneratedOn = new DateOnly(2026, 4, 21),
            Rows =
            [
                new GetSessionReport.Row
                {
                    Stt = 1,
                    PetitionId = 1,
                    CaseId = 1,
                    ItemNumber = 1,
                    Submitter = "Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)",
                    Organisation = "TDP số 19",
                    Content = Case.Text,
                    Category = Category.Flooding,
                    CategoryName = "Úng ngập",
                    LeadAgency = "UBND phường",
                    Department = "Phòng Kinh tế, Hạ tầng và Đô thị",
                    Status = CaseStatus.Replied,
                    Result = "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường.",
                    ReplyNumber = "01/UBND-VP",
                    ReplyIssuedOn = new DateOnly(2026, 4, 16),
                    DueDate = new DateOnly(2026, 4, 20),
                    Timeliness = ReplyTimeliness.OnTime,
                },
            ],
            Summary = new GetSessionReport.Summary
            {
                PetitionCount = 7,
                CaseCount = 12,
                OnTime = 10,
                Late = 1,
                NotReplied = 1,
                OnTimeShare = 10 / 12.0,
                ByCategory = [new GetSessionReport.Count("Flooding", 1)],
                ByDepartment = [new GetSessionReport.Count("Phòng Kinh tế, Hạ tầng và Đô thị", 6)],
                ByStatus = [new GetSessionReport.Count("Replied", 10)],
            },
            Escalations =
            [
                new GetSessionReport.Escalated
                {
                    CaseId = 11,
                    Stt = 7,
                    Content = "Đề nghị lắp đèn chiếu sáng nội khu, vườn hoa khu A14, 30T",
                    Status = CaseStatus.Referred,
                    DueDate = new DateOnly(2026, 4, 20),
                    ReferredTo = "Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị Hà Nội",
                    Reasons = [EscalationReason.BeyondAuthority],
                },
            ],
        },
        [typeof(IReadOnlyList<ListEscalations.EscalatedCase>)] = new[]
        {
            new ListEscalations.EscalatedCase
            {
                CaseId = 6,
                PetitionId = 4,
                SessionId = 1,
                SessionTitle = Session.Title,
                Stt = 4,
                Text = "Đề nghị giải quyết điểm tập kết rác tại khu vực Vũ Phạm Hàm - Trần Kim Xuyên, gây mất mỹ quan, ô nhiễm môi trường",
                Category = Category.Environment,
                Status = CaseStatus.InProgress,
                DepartmentId = 2,
                DepartmentName = "KT-HT-ĐT",
                SubmitterName = "Lại Ngọc Thuận",
                Organisation = "TDP số 25",
                DueDate = new DateOnly(2026, 4, 20),
                LastWorkingDay = new DateOnly(2026, 4, 17),
                CreatedAt = SubmittedAt,
                SessionHeldOn = Session.HeldOn,
                Reasons = [EscalationReason.AtRisk],
            },
        },
    };

    /// <summary>Examples of the documents that are text (CSV, HTML), by media type; Word files are binary and carry none.</summary>
    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["text/csv"] =
            "\uFEFFSTT,Mã nội dung,Tổ chức/Cá nhân kiến nghị,Nội dung kiến nghị,Cơ quan chủ trì,Lĩnh vực,\"Phòng, ban, đơn vị giải quyết\",…\r\n" +
            "1,1,Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa),…,UBND phường,Úng ngập,\"Phòng Kinh tế, Hạ tầng và Đô thị\",Đã trả lời,…,01/UBND-VP,16/04/2026,20/04/2026,Đúng hạn\r\n",
        ["text/html"] =
            "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><style>@page { size: A4; margin: 20mm 15mm 20mm 30mm; } …</style></head>\n" +
            "<body>… ỦY BAN NHÂN DÂN / PHƯỜNG YÊN HÒA … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …</body>\n</html>",
    };
}
