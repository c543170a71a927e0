using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

/// <summary>
/// The dispatcher moves a case that is assigned or in progress to another department (or to other people in the same
/// one), with a reason and a new assignment; the case starts again as Assigned.
/// </summary>
public static class RerouteCase
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        [MultiLine]
        public string Reason { get; init; } = "";

        /// <summary>The new assignment, with the same rules as the first one.</summary>
        public AssignCase.Command Assignment { get; init; } = new();

        public static Command Example { get; } = new()
        {
            Reason = "Nội dung liên quan trật tự lòng đường, chuyển Công an phường chủ trì.",
            Assignment = AssignCase.Command.Example with { DepartmentId = 5, Assignee = "Đại úy Lê Văn Hùng", ResponsibleHead = "Trưởng Công an phường" },
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Clock clock)
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the case moves to another department.").WithErrorCode("case.reroute.reason.required")
                .MaximumLength(2000).WithMessage("Reason must be at most 2000 characters.").WithErrorCode("case.reroute.reason.tooLong");
            RuleFor(c => c.Assignment).SetValidator(new AssignCase.Validator(clock));
        }
    }

    public sealed class Handler(Db db, RequestContext context, CaseTransitions transitions, DueDates dueDates) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            await DepartmentInWard.Require(db, context.RequireWard(), command.Assignment.DepartmentId, cancellationToken, field: "assignment.departmentId");

            var assignment = command.Assignment.Columns(dueDates.Default(current.SessionDeadline));
            // The history keeps where the case was and why it moved, beside the new assignment.
            var details = new { command.Reason, FromDepartmentId = current.DepartmentId, Assignment = assignment };
            return await transitions.Apply(current, command.ExpectedVersion, CaseAction.Reroute, details, cancellationToken, assignment);
        }
    }
}
