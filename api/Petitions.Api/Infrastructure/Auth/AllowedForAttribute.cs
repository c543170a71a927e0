using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Who may send this command or query; everyone else is refused with 403. Every request states it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedForAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}

/// <summary>A request anyone may send, signed in or not (signing in itself).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedForAnyoneAttribute : Attribute;

/// <summary>Any signed-in user, whatever the role: reference data everyone needs.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedForEveryRoleAttribute : Attribute;
