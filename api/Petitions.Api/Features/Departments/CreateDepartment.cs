using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Departments;

/// <summary>A new department (phòng, ban, đơn vị) of the administrator's ward, to route cases and officers to.</summary>
public static class CreateDepartment
{
    public static readonly ProblemCode CodeTaken = new("departmentCodeTaken");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<ListDepartments.Department>, IDepartmentNames
    {
        /// <summary>Short and unique in the ward, e.g. KT-HT-DT: letters, digits and '-'.</summary>
        public string Code { get; init; } = "";

        /// <summary>As lists and cards show it, e.g. "KT-HT-ĐT".</summary>
        public string ShortName { get; init; } = "";

        /// <summary>In full, as letters print it, e.g. "Phòng Kinh tế, Hạ tầng và Đô thị".</summary>
        public string Name { get; init; } = "";

        public static Command Example { get; } = new() { Code = "TTYT", ShortName = "Trạm Y tế", Name = "Trạm Y tế phường Yên Hòa" };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().WithMessage("Give the department a code, e.g. KT-HT-DT.").WithErrorCode("department.code.required")
                .Matches("^[A-Za-z0-9-]{1,50}$").WithMessage("A department code is 1–50 letters, digits or '-'.").WithErrorCode("department.code.format");
            Include(new DepartmentNamesValidator());
        }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, ListDepartments.Department>
    {
        public async Task<ListDepartments.Department> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var taken = await db.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM departments WHERE ward_id = @WardId AND code = @Code", new { WardId = wardId, command.Code }, cancellationToken);
            if (taken > 0)
            {
                throw new ConflictException(CodeTaken, "Department code taken", $"This ward already has a department {command.Code}.", new { code = command.Code });
            }

            var id = await db.Insert(
                "INSERT INTO departments (ward_id, code, short_name, name) VALUES (@WardId, @Code, @ShortName, @Name)",
                new { WardId = wardId, command.Code, command.ShortName, command.Name },
                cancellationToken);
            return new ListDepartments.Department { Id = id, Code = command.Code, ShortName = command.ShortName, Name = command.Name };
        }
    }
}
