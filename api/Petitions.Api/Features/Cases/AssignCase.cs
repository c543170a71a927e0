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

/// <summary>Routes a received case to a department with the "six clears" (rõ người, rõ việc, rõ trách nhiệm, rõ tiến độ, rõ kết quả).</summary>
public static class AssignCase
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        public long DepartmentId { get; init; }

        /// <summary>Rõ người: who does the work.</summary>
        public string Assignee { get; init; } = "";

        /// <summary>Rõ việc: what is to be done.</summary>
        [MultiLine]
        public string Task { get; init; } = "";

        /// <summary>Rõ trách nhiệm: the head answerable for it.</summary>
        public string ResponsibleHead { get; init; } = "";

        /// <summary>Rõ tiến độ: by when; the session's reply deadline when left out.</summary>
        public DateOnly? DueDate { get; init; }

        /// <summary>Rõ kết quả: what the result should be.</summary>
        [MultiLine]
        public string ExpectedResult { get; init; } = "";

        public static Command Example { get; } = new()
        {
            DepartmentId = 2,
            Assignee = "Trần Văn Nam, cán bộ phụ trách hạ tầng",
            Task = "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
            ResponsibleHead = "Trưởng phòng KT-HT-ĐT",
            DueDate = new DateOnly(2026, 4, 17),
            ExpectedResult = "Cống thông thoát trước mùa mưa",
        };

        /// <summary>What the assignment writes on the case (and the history records as it was given).</summary>
        public CaseColumns.Assignment Columns() => new(DepartmentId, Assignee, Task, ResponsibleHead, DueDate, ExpectedResult);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Clock clock)
        {
            RuleFor(c => c.DepartmentId).GreaterThan(0).WithMessage("Choose the department that will resolve the case.").WithErrorCode("case.assign.departmentId.required");
            RuleFor(c => c.Assignee).NotEmpty().WithMessage("Name the person who does the work (rõ người).").WithErrorCode("case.assign.assignee.required")
                .MaximumLength(200).WithMessage("Assignee must be at most 200 characters.").WithErrorCode("case.assign.assignee.tooLong");
            RuleFor(c => c.Task).NotEmpty().WithMessage("Say what is to be done (rõ việc).").WithErrorCode("case.assign.task.required")
                .MaximumLength(2000).WithMessage("Task must be at most 2000 characters.").WithErrorCode("case.assign.task.tooLong");
            RuleFor(c => c.ResponsibleHead).NotEmpty().WithMessage("Name the head answerable for it (rõ trách nhiệm).").WithErrorCode("case.assign.responsibleHead.required")
                .MaximumLength(200).WithMessage("Responsible head must be at most 200 characters.").WithErrorCode("case.assign.responsibleHead.tooLong");
            RuleFor(c => c.ExpectedResult).NotEmpty().WithMessage("Say what result is expected (rõ kết quả).").WithErrorCode("case.assign.expectedResult.required")
                .MaximumLength(2000).WithMessage("Expected result must be at most 2000 characters.").WithErrorCode("case.assign.expectedResult.tooLong");
            RuleFor(c => c.DueDate).Must(d => d is null || d >= clock.Today)
                .WithMessage(c => $"The due date (rõ tiến độ) cannot be in the past; today is {clock.Today:yyyy-MM-dd}.").WithErrorCode("case.assign.dueDate.past")
                .WithState(_ => new { today = clock.Today });
        }
    }

    public sealed class Handler(Db db, RequestContext context, CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            await DepartmentInWard.Require(db, context.RequireWard(), command.DepartmentId, cancellationToken);

            var assignment = command.Columns();
            return await transitions.Apply(current, command.ExpectedVersion, CaseAction.Assign, assignment, cancellationToken, assignment);
        }
    }
}
