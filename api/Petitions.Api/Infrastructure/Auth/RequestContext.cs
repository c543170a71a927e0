using System.Security.Claims;
using Dapper;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>
/// Who is asking, and what they may see. Every query adds the scope conditions below, so a list shows exactly
/// what a look-up by id would find: another ward's data, another organisation's petitions or another department's
/// cases are simply not there (404).
/// </summary>
public sealed class RequestContext(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public string Actor => Principal.FindFirstValue(PetitionsClaims.Username) ?? "anonymous";

    public long UserId => Claim(PetitionsClaims.UserId) ?? 0;

    public Role? Role => Enum.TryParse<Role>(Principal.FindFirstValue(PetitionsClaims.Role), out var role) ? role : null;

    /// <summary>The caller's ward; null for a city-level user, who may read every ward.</summary>
    public long? WardId => Claim(PetitionsClaims.Ward);

    public long? DepartmentId => Claim(PetitionsClaims.Department);

    public string? Organisation => Principal.FindFirstValue(PetitionsClaims.Organisation);

    public bool IsCityLevel => WardId is null;

    /// <summary>The ward a write happens in; writes need a ward-level user.</summary>
    public long RequireWard() => WardId ?? throw new ForbiddenException(ProblemCode.CityLevelReadOnly, "A city-level account reads every ward but writes in none; sign in with a ward's account.");

    /// <summary>Rows of <paramref name="table"/> (an alias) in the caller's ward(s).</summary>
    public string WardScope(string table) => IsCityLevel ? "1 = 1" : $"{table}.ward_id = @ScopeWardId";

    /// <summary>
    /// Cases <c>c</c> (joined with their petition <c>p</c>) the caller may see: an officer sees those their department
    /// leads and those it supports.
    /// </summary>
    public string CaseScope(string cases = "c", string petitions = "p") => WardScope(cases) + Role switch
    {
        Domain.Role.GroupLeader => $" AND {petitions}.organisation = @ScopeOrganisation",
        Domain.Role.DepartmentOfficer => $" AND {OfficersCase(cases)}",
        _ => "",
    };

    // The supported cases come from one uncorrelated subquery over ix_case_departments_department, read once per query,
    // rather than an EXISTS probed for every case of the ward; the lead's cases keep the cases' own indexes.
    private static string OfficersCase(string cases) =>
        $"({cases}.department_id = @ScopeDepartmentId OR {cases}.id IN (SELECT scd.case_id FROM case_departments scd WHERE scd.department_id = @ScopeDepartmentId))";

    /// <summary>Petitions <c>p</c> the caller may see: an officer sees those with a case their department leads or supports.</summary>
    public string PetitionScope(string petitions = "p") => WardScope(petitions) + Role switch
    {
        Domain.Role.GroupLeader => $" AND {petitions}.organisation = @ScopeOrganisation",
        Domain.Role.DepartmentOfficer =>
            $" AND EXISTS (SELECT 1 FROM cases sc WHERE sc.petition_id = {petitions}.id AND {OfficersCase("sc")})",
        _ => "",
    };

    /// <summary>Replies <c>r</c> (joined with their petition <c>p</c>) the caller may see.</summary>
    public string ReplyScope(string replies = "r", string petitions = "p") => WardScope(replies) + Role switch
    {
        Domain.Role.GroupLeader => $" AND {petitions}.organisation = @ScopeOrganisation" + OutRepliesOnly(replies),
        Domain.Role.DepartmentOfficer =>
            $" AND EXISTS (SELECT 1 FROM reply_cases src JOIN cases sc ON sc.id = src.case_id WHERE src.reply_id = {replies}.id AND {OfficersCase("sc")})",
        _ => "",
    };

    /// <summary>
    /// A group leader reads a reply once it is out (<see cref="ReplyLifecycle.Out"/>: registered or sent): until then it
    /// is the ward's letter in the making. Added to a look-up of replies <c>r</c> of a case the caller already sees.
    /// </summary>
    public string OutRepliesOnly(string replies = "r") => Role == Domain.Role.GroupLeader ? $" AND {ReplyLifecycle.OutSql(replies)}" : "";

    /// <summary>The query's own values plus the ones the scope conditions use.</summary>
    public DynamicParameters Scoped(object? values = null)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("ScopeWardId", WardId);
        parameters.Add("ScopeDepartmentId", DepartmentId);
        parameters.Add("ScopeOrganisation", Organisation);
        return parameters;
    }

    private long? Claim(string type) => long.TryParse(Principal.FindFirstValue(type), out var value) ? value : null;
}
