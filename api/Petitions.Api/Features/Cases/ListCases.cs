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
    /// <param name="AtRisk">True: awaiting a reply, not yet overdue, within two working days of its last working day (the case's <c>atRisk</c>).</param>
    /// <param name="Organisation">The submitting residential group or Party cell, as the petition names it ("TDP số 19").</param>
    /// <param name="SubmittedFrom">Submitted on or after this day (yyyy-MM-dd, Vietnam time).</param>
    /// <param name="SubmittedTo">Submitted on or before this day (yyyy-MM-dd, Vietnam time); not before <paramref name="SubmittedFrom"/>.</param>
    /// <param name="EscalationReason">The open cases GET /api/escalations lists under this reason.</param>
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
        [FromQuery(Name = "cursor")] string? Cursor,
        [FromQuery(Name = "atRisk")] bool? AtRisk = null,
        [FromQuery(Name = "organisation")] string? Organisation = null,
        [FromQuery(Name = "submittedFrom")] DateOnly? SubmittedFrom = null,
        [FromQuery(Name = "submittedTo")] DateOnly? SubmittedTo = null,
        [FromQuery(Name = "escalationReason")] EscalationReason? EscalationReason = null) : IQuery<Page>, ICaseFilter;

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
            RuleFor(q => q.Cursor).Must(c => Infrastructure.Web.Cursor.TryDecode(c, out _))
                .WithMessage("cursor is not one this API gave out; use the nextCursor of the previous page.").WithErrorCode("cases.cursor.unknown");
            Include(new CaseFilter.Rules());
        }
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            Infrastructure.Web.Cursor.TryDecode(query.Cursor, out var after);
            var take = query.Limit ?? DefaultLimit;
            var today = clock.Today;

            var (where, parameters) = await CaseFilter.Where(query, db, context, installation.Calendar, today, cancellationToken);
            parameters.Add("After", after);
            parameters.Add("Take", take + 1);
            var sql = $"{CaseSummary.Select} WHERE {where} AND c.id > @After ORDER BY c.id{db.Dialect.TakeRows}";

            var rows = await db.Query<CaseSummary>(sql, parameters, cancellationToken);

            var items = rows.Take(take).Select(c => c.WithDeadline(installation.Calendar, today)).ToList();
            var nextCursor = rows.Count > take ? Infrastructure.Web.Cursor.Encode(items[^1].Id) : null;
            return new Page(items, nextCursor);
        }
    }
}
