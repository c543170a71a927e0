using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Departments;

/// <summary>A department's new names (after a reorganisation); its code, cases and officers stay.</summary>
public static class RenameDepartment
{
    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<ListDepartments.Department>, IDepartmentNames
    {
        [JsonIgnore]
        public long DepartmentId { get; init; }

        public string ShortName { get; init; } = "";

        public string Name { get; init; } = "";

        public static Command Example { get; } = new() { ShortName = "VH-XH", Name = "Phòng Văn hóa – Xã hội" };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new DepartmentNamesValidator());
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, ListDepartments.Department>
    {
        public async Task<ListDepartments.Department> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = new { command.DepartmentId, command.ShortName, command.Name, WardId = context.RequireWard() };
            var renamed = await db.Execute(
                "UPDATE departments SET short_name = @ShortName, name = @Name WHERE id = @DepartmentId AND ward_id = @WardId", parameters, cancellationToken);
            if (renamed == 0)
            {
                throw new NotFoundException("Department", command.DepartmentId);
            }

            return await db.QuerySingleOrDefault<ListDepartments.Department>(
                ListDepartments.Department.Select + " WHERE d.id = @DepartmentId",
                parameters,
                cancellationToken) ?? throw new NotFoundException("Department", command.DepartmentId);
        }
    }
}

/// <summary>A department's names, whether it is new or renamed.</summary>
public interface IDepartmentNames
{
    string ShortName { get; }

    string Name { get; }
}

public sealed class DepartmentNamesValidator : AbstractValidator<IDepartmentNames>
{
    public DepartmentNamesValidator()
    {
        RuleFor(d => d.ShortName).NotEmpty().WithMessage("Give the department a short name, e.g. \"KT-HT-ĐT\".").WithErrorCode("department.shortName.required")
            .MaximumLength(100).WithMessage("A short name is at most 100 characters.").WithErrorCode("department.shortName.tooLong");
        RuleFor(d => d.Name).NotEmpty().WithMessage("Give the department's full name, e.g. \"Phòng Kinh tế, Hạ tầng và Đô thị\".").WithErrorCode("department.name.required")
            .MaximumLength(200).WithMessage("A department's name is at most 200 characters.").WithErrorCode("department.name.tooLong");
    }
}
