using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// The dispatcher names the departments that support the lead department on a case (phối hợp), replacing the
/// previous list; their officers see the case in their list and add notes, and only the lead works it.
/// </summary>
public static class SetSupportingDepartments
{
    public static readonly ProblemCode LeadCannotSupport = new("case.supporting.departmentIds.lead");

    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>Every supporting department; an empty list leaves the lead alone.</summary>
        public IReadOnlyList<long> DepartmentIds { get; init; } = [];

        public static Command Example { get; } = new() { DepartmentIds = [5] };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DepartmentIds).Must(ids => ids.Distinct().Count() == ids.Count)
                .WithMessage("Name each supporting department once.").WithErrorCode("case.supporting.departmentIds.repeated")
                .Must(ids => ids.Count <= 10).WithMessage("At most 10 supporting departments.").WithErrorCode("case.supporting.departmentIds.tooMany");
        }
    }

    public sealed class Handler(Db db, RequestContext context, CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            for (var i = 0; i < command.DepartmentIds.Count; i++)
            {
                var field = $"departmentIds[{i}]";
                await DepartmentInWard.Require(db, context.RequireWard(), command.DepartmentIds[i], cancellationToken, field: field);
                if (command.DepartmentIds[i] == current.DepartmentId)
                {
                    throw Invalid.Field(field, LeadCannotSupport, "The lead department cannot also be a supporting one.", new { id = current.DepartmentId });
                }
            }

            var names = command.DepartmentIds.Count == 0 ? [] : await db.Query<string>(
                "SELECT short_name FROM departments WHERE id IN @Ids ORDER BY id",
                new { Ids = command.DepartmentIds },
                cancellationToken);
            var change = await transitions.Apply(
                current,
                command.ExpectedVersion,
                CaseAction.Support,
                new { command.DepartmentIds, Departments = string.Join(", ", names) },
                cancellationToken);

            await db.Execute("DELETE FROM case_departments WHERE case_id = @Id", new { current.Id }, cancellationToken);
            foreach (var departmentId in command.DepartmentIds)
            {
                await db.Execute(
                    "INSERT INTO case_departments (case_id, department_id) VALUES (@Id, @DepartmentId)",
                    new { current.Id, DepartmentId = departmentId },
                    cancellationToken);
            }

            return change;
        }
    }
}
