using BenchmarkDotNet.Attributes;
using Petitions.Api.Domain;
using Petitions.Api.Features.Sessions;

namespace Petitions.Benchmarks;

/// <summary>In-process: the session report of 10,000 cases as Word, CSV and HTML (the HTTP run measures JSON and Word end to end).</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private GetSessionReport.Report _report = null!;

    [GlobalSetup]
    public void MakeReport()
    {
        var today = new DateOnly(2026, 4, 21);
        var rows = Enumerable.Range(1, CityGenerator.ReportSessionCases).Select(i => new GetSessionReport.Row
        {
            Stt = (i / 2) + 1,
            CaseId = i,
            ItemNumber = (i % 2) + 1,
            PetitionId = (i / 2) + 1,
            Submitter = $"Nguyễn Văn An – Tổ trưởng TDP số {i % 60} (Yên Hòa)",
            Organisation = $"TDP số {i % 60}",
            Content = $"Đề nghị nạo vét cống ngõ {i % 400} Trần Duy Hưng để phòng chống úng ngập trước mùa mưa",
            LeadAgency = "UBND phường",
            Category = Category.Flooding,
            CategoryName = "Úng ngập",
            Department = "Phòng Kinh tế, Hạ tầng và Đô thị",
            Status = CaseStatus.Replied,
            Result = "Đã kiểm tra, nạo vét 120 m cống; nước thoát bình thường.",
            ReplyNumber = $"{i:00}/UBND-VP",
            ReplyIssuedOn = today.AddDays(-5),
            DueDate = new DateOnly(2026, 4, 20),
            Timeliness = ReplyTimeliness.OnTime,
        }).ToList();
        _report = new GetSessionReport.Report
        {
            Session = new GetSessionReport.SessionInfo
            {
                Id = 1,
                Code = "2026-Q1",
                Title = "Hội nghị giao ban đánh giá công tác quý I/2026",
                HeldOn = new DateOnly(2026, 4, 10),
                ReplyDeadline = new DateOnly(2026, 4, 20),
                LastWorkingDay = new DateOnly(2026, 4, 17),
            },
            WardName = "Phường Yên Hòa",
            GeneratedOn = today,
            Rows = rows,
        };
    }

    [Benchmark]
    public byte[] Docx() => SessionReportDocument.ToDocx(_report);

    [Benchmark]
    public byte[] Csv() => SessionReportDocument.ToCsv(_report);

    [Benchmark]
    public string Html() => SessionReportDocument.ToHtml(_report);
}
