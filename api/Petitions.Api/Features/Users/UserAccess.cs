using FluentValidation;
using Petitions.Api.Domain;
using Petitions.Api.Features.Departments;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Features.Users;

/// <summary>What a user may reach: their role, and the department or organisation it is scoped to.</summary>
public interface IUserAccess
{
    string DisplayName { get; }

    Role Role { get; }

    long? DepartmentId { get; }

    string? Organisation { get; }
}

public sealed class UserAccessValidator : AbstractValidator<IUserAccess>
{
    public UserAccessValidator()
    {
        RuleFor(u => u.DisplayName).NotEmpty().WithMessage("Give the user's name as it should appear.").WithErrorCode("user.displayName.required")
            .MaximumLength(200).WithMessage("The display name must be at most 200 characters.").WithErrorCode("user.displayName.tooLong");
        RuleFor(u => u.Role).IsInEnum().WithMessage("Choose a role.").WithErrorCode("user.role.required");
        RuleFor(u => u.DepartmentId).NotNull().WithMessage("A department officer needs the department they work in.").WithErrorCode("user.departmentId.required")
            .When(u => u.Role == Role.DepartmentOfficer);
        RuleFor(u => u.Organisation).NotEmpty().WithMessage("A group leader needs the organisation they speak for, e.g. \"TDP số 19\".").WithErrorCode("user.organisation.required")
            .MaximumLength(200).WithMessage("The organisation must be at most 200 characters.").WithErrorCode("user.organisation.tooLong")
            .When(u => u.Role == Role.GroupLeader);
    }

    /// <summary>The department must be one of the user's ward.</summary>
    public static async Task CheckDepartment(Db db, long? wardId, long? departmentId, CancellationToken cancellationToken)
    {
        if (departmentId is null)
        {
            return;
        }

        await DepartmentInWard.Require(db, wardId, departmentId.Value, cancellationToken, "the user's ward");
    }
}

public sealed record UserSummary
{
    public const string Select =
        """
        SELECT u.id AS Id, u.username AS Username, u.display_name AS DisplayName, u.role AS Role, u.ward_id AS WardId,
               u.department_id AS DepartmentId, u.organisation AS Organisation, u.is_disabled AS IsDisabled,
               u.locked_until AS LockedUntil, CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS HasPassword
        FROM users u
        """;

    public long Id { get; init; }

    public string Username { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public Role Role { get; init; }

    /// <summary>Null for a city-level user, who reads every ward.</summary>
    public long? WardId { get; init; }

    public long? DepartmentId { get; init; }

    public string? Organisation { get; init; }

    public bool IsDisabled { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>False for a user who signs in only through the OpenID Connect provider.</summary>
    public bool HasPassword { get; init; }

    public static UserSummary Example { get; } = new()
    {
        Id = 4,
        Username = "ktht",
        DisplayName = "Cán bộ Phòng KT-HT-ĐT",
        Role = Role.DepartmentOfficer,
        WardId = 1,
        DepartmentId = 2,
        HasPassword = true,
    };
}
