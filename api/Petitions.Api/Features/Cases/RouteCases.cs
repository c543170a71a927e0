using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// The dispatcher routes several received cases at once to one department with one set of six clears: each case is
/// assigned exactly as <see cref="AssignCase"/> assigns one (through <see cref="CaseTransitions"/>: its own version,
/// event and notification, the due date given or worked out from its own session). All or nothing, in the command's
/// one transaction: when any case is refused, the answer names each refused case and why, and nothing is written.
/// </summary>
public static class RouteCases
{
    /// <summary>At most this many cases in one request (two pages of the triage board).</summary>
    public const int MaxCases = 100;

    /// <summary>409: some of the cases cannot be routed now (changed meanwhile, or no longer Received); args list each.</summary>
    public static readonly ProblemCode Refused = new("casesNotRoutable");

    /// <summary>404: some of the cases do not exist or the caller may not see them (another ward's); args list their ids.</summary>
    public static readonly ProblemCode NotFound = new("casesNotFound");

    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<Result>
    {
        /// <summary>The cases to route, each with the version the dispatcher saw (null: no check, as without If-Match).</summary>
        public IReadOnlyList<Selected> Cases { get; init; } = [];

        /// <summary>The six clears every case gets; a left-out due date is worked out per case as <c>assign</c> does.</summary>
        public AssignCase.Command Assignment { get; init; } = new();

        public static Command Example { get; } = new()
        {
            Cases = [new() { Id = 1, Version = 1 }, new() { Id = 2, Version = 1 }],
            Assignment = AssignCase.Command.Example,
        };
    }

    public sealed record Selected
    {
        public long Id { get; init; }

        public int? Version { get; init; }
    }

    /// <summary>Each case's new status and version, in the order sent.</summary>
    public sealed record Result(IReadOnlyList<CaseChange> Items)
    {
        public static Result Example { get; } = new([CaseChange.Example, CaseChange.Example with { Id = 2 }]);
    }

    /// <summary>Why one case of the batch was refused: <c>staleVersion</c> (with expected and actual) or <c>notReceived</c> (with its status).</summary>
    public sealed record Refusal(long CaseId, string Reason, CaseStatus Status, int? Expected, int Actual);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Clock clock)
        {
            RuleFor(c => c.Cases).NotEmpty().WithMessage("Choose the cases to route.").WithErrorCode("case.route.cases.required");
            RuleFor(c => c.Cases).Must(c => c.Count <= MaxCases)
                .WithMessage(c => $"Route at most {MaxCases} cases at once; {c.Cases.Count} were sent.").WithErrorCode("case.route.cases.tooMany")
                .WithState(c => new { max = MaxCases, actual = c.Cases.Count });
            RuleFor(c => c.Cases).Must(c => c.Select(s => s.Id).Distinct().Count() == c.Count)
                .WithMessage("Each case is sent once.").WithErrorCode("case.route.cases.repeated")
                .WithState(c => new { caseIds = c.Cases.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList() });
            RuleFor(c => c.Assignment).SetValidator(new AssignCase.Validator(clock));
        }
    }

    public sealed class Handler(Db db, RequestContext context, CaseTransitions transitions, DueDates dueDates) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            await DepartmentInWard.Require(db, context.RequireWard(), command.Assignment.DepartmentId, cancellationToken, field: "assignment.departmentId");

            // Every case is read and checked before anything is written, so the answer names all that stand in the way.
            var loaded = new List<(Selected Selected, CaseTransitions.CurrentCase Current)>();
            var missing = new List<long>();
            foreach (var selected in command.Cases)
            {
                try
                {
                    loaded.Add((selected, await transitions.Load(selected.Id, cancellationToken)));
                }
                catch (NotFoundException)
                {
                    missing.Add(selected.Id);
                }
            }

            if (missing.Count > 0)
            {
                throw new CasesNotFoundException(missing);
            }

            var refusals = loaded
                .Select(c => (c.Selected.Version is { } expected && expected != c.Current.Version)
                    ? new Refusal(c.Current.Id, "staleVersion", c.Current.Status, expected, c.Current.Version)
                    : c.Current.Status != CaseStatus.Received
                        ? new Refusal(c.Current.Id, "notReceived", c.Current.Status, null, c.Current.Version)
                        : null)
                .OfType<Refusal>()
                .ToList();
            if (refusals.Count > 0)
            {
                throw new ConflictException(
                    Refused,
                    "Cases not routable",
                    $"Nothing was routed: {string.Join("; ", refusals.Select(r => r.Reason == "staleVersion" ? $"case {r.CaseId} has changed (version {r.Expected} sent, now {r.Actual})" : $"case {r.CaseId} is {r.Status}, not Received"))}.",
                    new { caseIds = refusals.Select(r => r.CaseId).ToList(), refusals, allowed = new[] { CaseStatus.Received } });
            }

            var changes = new List<CaseChange>();
            foreach (var (selected, current) in loaded)
            {
                // The same columns and history as one assignment; the due date by each case's own session.
                var assignment = command.Assignment.Columns(dueDates.Default(current.SessionDeadline));
                changes.Add(await transitions.Apply(current, selected.Version, CaseAction.Assign, assignment, cancellationToken, assignment));
            }

            return new Result(changes);
        }
    }

    private sealed class CasesNotFoundException(IReadOnlyList<long> caseIds) : RefusalException(
        StatusCodes.Status404NotFound,
        NotFound,
        "Not found",
        $"Nothing was routed: case {string.Join(", ", caseIds)} does not exist.",
        new { resource = "Case", caseIds });
}
