using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// How many cases the list's filters find, in all, by category, by suggested department and by organisation: the
/// triage board's counts, counted by the database over every page rather than by the browser over the one it loaded.
/// </summary>
public static class CountCases
{
    [AllowedForEveryRole]
    public sealed record Query(
        [FromQuery(Name = "status")] CaseStatus? Status,
        [FromQuery(Name = "departmentId")] long? DepartmentId,
        [FromQuery(Name = "category")] Category? Category,
        [FromQuery(Name = "sessionId")] long? SessionId,
        [FromQuery(Name = "overdue")] bool? Overdue,
        [FromQuery(Name = "atRisk")] bool? AtRisk,
        [FromQuery(Name = "organisation")] string? Organisation,
        [FromQuery(Name = "submittedFrom")] DateOnly? SubmittedFrom,
        [FromQuery(Name = "submittedTo")] DateOnly? SubmittedTo,
        [FromQuery(Name = "escalationReason")] EscalationReason? EscalationReason,
        [FromQuery(Name = "q")] string? Q) : IQuery<Counts>, ICaseFilter;

    public sealed record CategoryCount
    {
        public Category Category { get; init; }

        public int Count { get; init; }
    }

    public sealed record DepartmentCount
    {
        /// <summary>Null for the cases whose category has no default department.</summary>
        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        public int Count { get; init; }
    }

    public sealed record OrganisationCount
    {
        public string Organisation { get; init; } = "";

        public int Count { get; init; }
    }

    /// <summary>Each list in the order the screens show it: categories and departments by count (most first), organisations by name.</summary>
    public sealed record Counts(int Total, IReadOnlyList<CategoryCount> ByCategory, IReadOnlyList<DepartmentCount> BySuggestedDepartment, IReadOnlyList<OrganisationCount> ByOrganisation)
    {
        public static Counts Example { get; } = new(
            12,
            [new() { Category = Domain.Category.TrafficCongestion, Count = 3 }, new() { Category = Domain.Category.Security, Count = 3 }],
            [new() { DepartmentId = 2, DepartmentName = "KT-HT-ĐT", Count = 6 }, new() { DepartmentId = 5, DepartmentName = "Công an phường", Count = 6 }],
            [new() { Organisation = "Chi bộ 13", Count = 1 }, new() { Organisation = "TDP số 19", Count = 2 }]);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => Include(new CaseFilter.Rules());
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, Counts>
    {
        private const string From = " FROM cases c JOIN petitions p ON p.id = c.petition_id";

        public async Task<Counts> Handle(Query query, CancellationToken cancellationToken)
        {
            var (where, parameters) = await CaseFilter.Where(query, db, context, installation.Calendar, clock.Today, cancellationToken);

            var byCategory = await db.Query<CategoryCount>(
                $"SELECT c.category AS Category, COUNT(*) AS Count{From} WHERE {where} GROUP BY c.category",
                parameters,
                cancellationToken);
            var byDepartment = await db.Query<DepartmentCount>(
                $"""
                SELECT c.suggested_department_id AS DepartmentId, sd.short_name AS DepartmentName, COUNT(*) AS Count{From}
                LEFT JOIN departments sd ON sd.id = c.suggested_department_id
                WHERE {where} GROUP BY c.suggested_department_id, sd.short_name
                """,
                parameters,
                cancellationToken);
            var byOrganisation = await db.Query<OrganisationCount>(
                $"SELECT p.organisation AS Organisation, COUNT(*) AS Count{From} WHERE {where} GROUP BY p.organisation",
                parameters,
                cancellationToken);

            return new Counts(
                byCategory.Sum(c => c.Count),
                [.. byCategory.OrderByDescending(c => c.Count).ThenBy(c => c.Category)],
                [.. byDepartment.OrderByDescending(d => d.Count).ThenBy(d => d.DepartmentName, StringComparer.Ordinal)],
                [.. byOrganisation.OrderBy(o => o.Organisation, StringComparer.Ordinal)]);
        }
    }
}
