using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Departments;

/// <summary>A department named in a body must be one of the ward's: otherwise a 400 naming <c>departmentId</c>.</summary>
public static class DepartmentInWard
{
    public static readonly ProblemCode Unknown = new("departmentId.unknown");

    /// <param name="ward">How the message names the ward: "this ward", "the user's ward".</param>
    /// <param name="field">The body's field that names the department.</param>
    public static async Task Require(Db db, long? wardId, long departmentId, CancellationToken cancellationToken, string ward = "this ward", string field = "departmentId")
    {
        var found = await db.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM departments WHERE id = @DepartmentId AND ward_id = @WardId",
            new { DepartmentId = departmentId, WardId = wardId },
            cancellationToken);
        if (found == 0)
        {
            throw Invalid.Field(field, Unknown, $"Department {departmentId} does not exist in {ward}.", new { id = departmentId });
        }
    }
}
