using System.Text;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Cases;

public static class ListCases
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <param name="Q">Free text over the case text, location and submitter; diacritics optional ("ung ngap" finds "úng ngập").</param>
    /// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
    [AllowedForEveryRole]
    public sealed record Query(
        [FromQuery(Name = "status")] CaseStatus? Status,
        [FromQuery(Name = "departmentId")] long? DepartmentId,
        [FromQuery(Name = "category")] Category? Category,
        [FromQuery(Name = "sessionId")] long? SessionId,
        [FromQuery(Name = "overdue")] bool? Overdue,
        [FromQuery(Name = "q")] string? Q,
        [FromQuery(Name = "limit")] int? Limit,
        [FromQuery(Name = "cursor")] string? Cursor) : IQuery<Page>;

    public sealed record Page(IReadOnlyList<CaseSummary> Items, string? NextCursor)
    {
        public static Page Example { get; } = new([CaseSummary.Example], "aWQ6MQ==");
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit)
                .WithMessage($"limit must be between 1 and {MaxLimit}.").WithErrorCode("cases.limit.outOfRange")
                .WithState(_ => new { min = 1, max = MaxLimit });
            RuleFor(q => q.Q).MaximumLength(200)
                .WithMessage("q must be at most 200 characters.").WithErrorCode("cases.q.tooLong");
            RuleFor(q => q.Cursor).Must(c => Infrastructure.Web.Cursor.TryDecode(c, out _))
                .WithMessage("cursor is not one this API gave out; use the nextCursor of the previous page.").WithErrorCode("cases.cursor.unknown");
        }
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            Infrastructure.Web.Cursor.TryDecode(query.Cursor, out var after);
            var take = query.Limit ?? DefaultLimit;
            var today = clock.Today;

            // Only fixed SQL fragments are appended; every value travels as a parameter.
            var sql = new StringBuilder(CaseSummary.Select).Append(" WHERE ").Append(context.CaseScope()).Append(" AND c.id > @After");
            if (query.Status is not null)
            {
                sql.Append(" AND c.status = @Status");
            }

            if (query.DepartmentId is not null)
            {
                sql.Append(" AND c.department_id = @DepartmentId");
            }

            if (query.Category is not null)
            {
                sql.Append(" AND c.category = @Category");
            }

            if (query.SessionId is not null)
            {
                sql.Append(" AND c.session_id = @SessionId");
            }

            if (query.Overdue is true)
            {
                sql.Append(" AND c.replied_on IS NULL AND c.due_date <= @Today");
            }
            else if (query.Overdue is false)
            {
                sql.Append(" AND (c.replied_on IS NOT NULL OR c.due_date > @Today)");
            }

            var pattern = SearchPattern(query.Q);
            if (pattern is not null)
            {
                sql.Append(" AND c.search_text LIKE @Pattern ESCAPE '\\'");
            }

            sql.Append(" ORDER BY c.id").Append(db.Dialect.TakeRows);

            var rows = await db.Query<CaseSummary>(
                sql.ToString(),
                context.Scoped(new
                {
                    After = after,
                    Status = query.Status?.ToString(),
                    query.DepartmentId,
                    Category = query.Category?.ToString(),
                    query.SessionId,
                    Today = today,
                    Pattern = pattern,
                    Take = take + 1,
                }),
                cancellationToken);

            var items = rows.Take(take).Select(c => c.WithDeadline(installation.Calendar, today)).ToList();
            var nextCursor = rows.Count > take ? Infrastructure.Web.Cursor.Encode(items[^1].Id) : null;
            return new Page(items, nextCursor);
        }

        private static string? SearchPattern(string? q)
        {
            var folded = TextSearch.Fold(q);
            if (folded.Length == 0)
            {
                return null;
            }

            var escaped = folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
            return $"%{escaped}%";
        }
    }
}
