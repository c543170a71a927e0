using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Wards;

/// <summary>
/// A new ward with its departments, by a city-level administrator. Its first administrator is then created with
/// <c>POST /api/users</c> and the new ward's id.
/// </summary>
public static class CreateWard
{
    public static readonly ProblemCode CodeTaken = new("wardCodeTaken");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<ListWards.Ward>
    {
        /// <summary>Lower-case letters, digits and '-', unique, e.g. trung-hoa.</summary>
        public string Code { get; init; } = "";

        /// <summary>As documents print it, e.g. "Phường Trung Hòa".</summary>
        public string Name { get; init; } = "";

        /// <summary>The upper-level Party organisation, e.g. "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".</summary>
        public string SuperiorParty { get; init; } = "";

        /// <summary>At least one; codes unique within the ward.</summary>
        public IReadOnlyList<CreateDepartment.Command> Departments { get; init; } = [];

        public static Command Example { get; } = new()
        {
            Code = "trung-hoa",
            Name = "Phường Trung Hòa",
            SuperiorParty = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
            Departments = [new CreateDepartment.Command { Code = "VP", ShortName = "VP HĐND-UBND", Name = "Văn phòng HĐND và UBND" }],
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().WithMessage("Give the ward a code, e.g. trung-hoa.").WithErrorCode("ward.code.required")
                .Matches("^[a-z0-9-]{2,50}$").WithMessage("A ward code is 2–50 lower-case letters, digits or '-'.").WithErrorCode("ward.code.format");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Give the ward's name as documents print it, e.g. \"Phường Trung Hòa\".").WithErrorCode("ward.name.required")
                .MaximumLength(200).WithMessage("The ward's name must be at most 200 characters.").WithErrorCode("ward.name.tooLong");
            RuleFor(c => c.SuperiorParty).NotEmpty().WithMessage("Give the upper-level Party organisation, e.g. \"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\".").WithErrorCode("ward.superiorParty.required")
                .MaximumLength(200).WithMessage("The Party organisation must be at most 200 characters.").WithErrorCode("ward.superiorParty.tooLong");
            RuleFor(c => c.Departments).NotEmpty().WithMessage("A ward needs at least one department.").WithErrorCode("ward.departments.required")
                .Must(d => d.Count <= 50).WithMessage("A ward has at most 50 departments.").WithErrorCode("ward.departments.tooMany")
                .WithState(c => new { max = 50, actual = c.Departments.Count })
                .Must(d => d.Select(x => x.Code.ToUpperInvariant()).Distinct().Count() == d.Count).WithMessage("Each department needs its own code.")
                .WithErrorCode("ward.departments.duplicateCode");
            RuleForEach(c => c.Departments).SetValidator(new CreateDepartment.Validator());
        }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, ListWards.Ward>
    {
        public async Task<ListWards.Ward> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!context.IsCityLevel)
            {
                throw new ForbiddenException(ProblemCode.Forbidden, "Only a city-level administrator creates wards.");
            }

            if (await db.ExecuteScalar<long>("SELECT COUNT(*) FROM wards WHERE code = @Code", new { command.Code }, cancellationToken) > 0)
            {
                throw new ConflictException(CodeTaken, "Ward code taken", $"There is already a ward {command.Code}.", new { code = command.Code });
            }

            var id = await db.Insert(
                "INSERT INTO wards (code, name, superior_party) VALUES (@Code, @Name, @SuperiorParty)",
                new { command.Code, command.Name, command.SuperiorParty },
                cancellationToken);
            var departments = new List<ListDepartments.Department>();
            foreach (var department in command.Departments)
            {
                var departmentId = await db.Insert(
                    "INSERT INTO departments (ward_id, code, short_name, name) VALUES (@WardId, @Code, @ShortName, @Name)",
                    new { WardId = id, department.Code, department.ShortName, department.Name },
                    cancellationToken);
                departments.Add(new ListDepartments.Department { Id = departmentId, Code = department.Code, ShortName = department.ShortName, Name = department.Name });
            }

            return new ListWards.Ward { Id = id, Code = command.Code, Name = command.Name, SuperiorParty = command.SuperiorParty, Departments = departments };
        }
    }
}
