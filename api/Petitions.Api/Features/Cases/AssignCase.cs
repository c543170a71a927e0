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
/// Routes a received case to a department with Hanoi's "six clears" (<see cref="SixClears"/>): rõ người, rõ việc,
/// rõ thời gian, rõ trách nhiệm, rõ sản phẩm (kết quả), rõ thẩm quyền.
/// </summary>
public static class AssignCase
{
    public const int MaxAuthority = 300;

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

        /// <summary>
        /// Rõ thời gian: by when. Left out, the session's reply deadline while it is ahead, else
        /// <c>Deadlines:WorkingDays</c> working days from today.
        /// </summary>
        public DateOnly? DueDate { get; init; }

        /// <summary>Rõ trách nhiệm: the head answerable for it.</summary>
        public string ResponsibleHead { get; init; } = "";

        /// <summary>Rõ sản phẩm (kết quả): what the result should be.</summary>
        [MultiLine]
        public string ExpectedResult { get; init; } = "";

        /// <summary>Rõ thẩm quyền: whose authority the resolution rests on, e.g. "Chủ tịch UBND phường".</summary>
        public string Authority { get; init; } = "";

        public static Command Example { get; } = new()
        {
            DepartmentId = 2,
            Assignee = "Trần Văn Nam, cán bộ phụ trách hạ tầng",
            Task = "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
            DueDate = new DateOnly(2026, 4, 17),
            ResponsibleHead = "Trưởng phòng KT-HT-ĐT",
            ExpectedResult = "Cống thông thoát trước mùa mưa",
            Authority = "Chủ tịch UBND phường",
        };

        /// <summary>What the assignment writes on the case (and the history records as it was given).</summary>
        public CaseColumns.Assignment Columns(DateOnly defaultDue) => new(DepartmentId, Assignee, Task, DueDate ?? defaultDue, ResponsibleHead, ExpectedResult, Authority);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Clock clock)
        {
            RuleFor(c => c.DepartmentId).GreaterThan(0).WithMessage("Choose the department that will resolve the case.").WithErrorCode("case.assign.departmentId.required");
            RuleFor(c => c.Assignee).NotEmpty().WithMessage($"Name the person who does the work ({SixClears.Person}).").WithErrorCode("case.assign.assignee.required")
                .MaximumLength(200).WithMessage("Assignee must be at most 200 characters.").WithErrorCode("case.assign.assignee.tooLong");
            RuleFor(c => c.Task).NotEmpty().WithMessage($"Say what is to be done ({SixClears.Task}).").WithErrorCode("case.assign.task.required")
                .MaximumLength(2000).WithMessage("Task must be at most 2000 characters.").WithErrorCode("case.assign.task.tooLong");
            RuleFor(c => c.DueDate).Must(d => d is null || d >= clock.Today)
                .WithMessage(c => $"The due date ({SixClears.Time}) cannot be in the past; today is {clock.Today:yyyy-MM-dd}.").WithErrorCode("case.assign.dueDate.past")
                .WithState(_ => new { today = clock.Today });
            RuleFor(c => c.ResponsibleHead).NotEmpty().WithMessage($"Name the head answerable for it ({SixClears.Responsibility}).").WithErrorCode("case.assign.responsibleHead.required")
                .MaximumLength(200).WithMessage("Responsible head must be at most 200 characters.").WithErrorCode("case.assign.responsibleHead.tooLong");
            RuleFor(c => c.ExpectedResult).NotEmpty().WithMessage($"Say what result is expected ({SixClears.Product}).").WithErrorCode("case.assign.expectedResult.required")
                .MaximumLength(2000).WithMessage("Expected result must be at most 2000 characters.").WithErrorCode("case.assign.expectedResult.tooLong");
            RuleFor(c => c.Authority).NotEmpty().WithMessage($"Say whose authority the resolution rests on ({SixClears.Authority}).").WithErrorCode("case.assign.authority.required")
                .MaximumLength(MaxAuthority).WithMessage($"Authority must be at most {MaxAuthority} characters.").WithErrorCode("case.assign.authority.tooLong");
        }
    }

    public sealed class Handler(Db db, RequestContext context, CaseTransitions transitions, DueDates dueDates) : IRequestHandler<Command, CaseChange>
    {
        public async Task<CaseChange> Handle(Command command, CancellationToken cancellationToken)
        {
            var current = await transitions.Load(command.CaseId, cancellationToken);
            await DepartmentInWard.Require(db, context.RequireWard(), command.DepartmentId, cancellationToken);

            // The history records the six clears as they were given (the due date as it was worked out).
            var assignment = command.Columns(dueDates.Default(current.SessionDeadline));
            return await transitions.Apply(current, command.ExpectedVersion, CaseAction.Assign, assignment, cancellationToken, assignment);
        }
    }
}
