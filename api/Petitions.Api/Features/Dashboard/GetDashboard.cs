using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;
using Petitions.Api.Features.Cases;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Dashboard;

/// <summary>
/// The dashboard's figures for the cases the caller may see (one session's, or all): counted by the database, so the
/// browser no longer reads every case.
/// </summary>
public static class GetDashboard
{
    [AllowedFor(Role.Dispatcher, Role.PartyOffice, Role.Overseer, Role.Admin)]
    public sealed record Query([FromQuery(Name = "sessionId")] long? SessionId) : IQuery<Summary>;

    /// <summary>
    /// <see cref="OnTime"/>: replied before the due date ("trước ngày 20/4/2026"), as the session report counts it;
    /// <see cref="Overdue"/>: no reply and the due date has come.
    /// </summary>
    public sealed record Summary(int Total, int Replied, int Overdue, int OnTime, IReadOnlyList<StatusCount> ByStatus, IReadOnlyList<CategoryCount> ByCategory, IReadOnlyList<DepartmentCount> ByDepartment)
    {
        public static Summary Example { get; } = new(
            12,
            5,
            2,
            4,
            [new StatusCount { Status = CaseStatus.InProgress, Count = 7 }, new StatusCount { Status = CaseStatus.Replied, Count = 5 }],
            [new CategoryCount { Category = Category.TrafficCongestion, Count = 4 }],
            [new DepartmentCount { DepartmentId = 2, DepartmentName = "KT-HT-ĐT", Count = 7 }, new DepartmentCount { Count = 1 }])
        {
            Ratings = RatingSummary.Of([new RatingCount { Rating = 4, Count = 2 }, new RatingCount { Rating = 5, Count = 1 }]),
        };

        /// <summary>How satisfied the group leaders were with the replies they accepted.</summary>
        public RatingSummary Ratings { get; init; } = RatingSummary.Of([]);
    }

    public sealed record StatusCount
    {
        public CaseStatus Status { get; init; }

        public int Count { get; init; }
    }

    public sealed record CategoryCount
    {
        public Category Category { get; init; }

        public int Count { get; init; }
    }

    /// <summary>The department by its short name, as the case list gives it; null: not routed yet.</summary>
    public sealed record DepartmentCount
    {
        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        public int Count { get; init; }
    }

    private sealed record Totals
    {
        public int Total { get; init; }

        public int Replied { get; init; }

        public int Overdue { get; init; }

        public int OnTime { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock) : IRequestHandler<Query, Summary>
    {
        public async Task<Summary> Handle(Query query, CancellationToken cancellationToken)
        {
            var from = $"FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE {context.CaseScope()}" + (query.SessionId is null ? "" : " AND c.session_id = @SessionId");
            var values = context.Scoped(new { query.SessionId, clock.Today });
            var totals = await db.QuerySingleOrDefault<Totals>(
                $"""
                SELECT COUNT(*) AS Total,
                       COALESCE(SUM(CASE WHEN c.replied_on IS NOT NULL THEN 1 ELSE 0 END), 0) AS Replied,
                       COALESCE(SUM(CASE WHEN c.replied_on IS NULL AND c.due_date <= @Today THEN 1 ELSE 0 END), 0) AS Overdue,
                       COALESCE(SUM(CASE WHEN c.replied_on < c.due_date THEN 1 ELSE 0 END), 0) AS OnTime
                {from}
                """,
                values,
                cancellationToken);
            var byStatus = await db.Query<StatusCount>($"SELECT c.status AS Status, COUNT(*) AS Count {from} GROUP BY c.status", values, cancellationToken);
            var byCategory = await db.Query<CategoryCount>(
                $"SELECT c.category AS Category, COUNT(*) AS Count {from} GROUP BY c.category ORDER BY COUNT(*) DESC, c.category", values, cancellationToken);
            var byDepartment = await db.Query<DepartmentCount>(
                $"""
                SELECT c.department_id AS DepartmentId, d.short_name AS DepartmentName, COUNT(*) AS Count
                FROM cases c JOIN petitions p ON p.id = c.petition_id LEFT JOIN departments d ON d.id = c.department_id
                WHERE {context.CaseScope()}{(query.SessionId is null ? "" : " AND c.session_id = @SessionId")}
                GROUP BY c.department_id, d.short_name ORDER BY COUNT(*) DESC, d.short_name
                """,
                values,
                cancellationToken);
            var ratings = await db.Query<RatingCount>(
                $"SELECT c.rating AS Rating, COUNT(*) AS Count {from} AND c.rating IS NOT NULL GROUP BY c.rating", values, cancellationToken);
            return new Summary(
                totals!.Total,
                totals.Replied,
                totals.Overdue,
                totals.OnTime,
                [.. byStatus.OrderBy(s => s.Status)],
                byCategory,
                byDepartment)
            {
                Ratings = RatingSummary.Of(ratings),
            };
        }
    }
}
