using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Auth;

/// <summary>Who the caller is: what the web app needs to show the right screens.</summary>
public static class GetMe
{
    [AllowedForEveryRole]
    public sealed record Query : IQuery<Me>;

    public sealed record Me
    {
        public long Id { get; init; }

        public string Username { get; init; } = "";

        public string DisplayName { get; init; } = "";

        public Role Role { get; init; }

        public long? WardId { get; init; }

        public string? WardName { get; init; }

        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        public string? Organisation { get; init; }

        public static Me Example { get; } = new()
        {
            Id = 1,
            Username = "leader19",
            DisplayName = "Nguyễn Bảo Bình",
            Role = Role.GroupLeader,
            WardId = 1,
            WardName = "Phường Yên Hòa",
            Organisation = "TDP số 19",
        };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, Me>
    {
        public async Task<Me> Handle(Query query, CancellationToken cancellationToken) =>
            await db.QuerySingleOrDefault<Me>(
                """
                SELECT u.id AS Id, u.username AS Username, u.display_name AS DisplayName, u.role AS Role, u.ward_id AS WardId,
                       w.name AS WardName, u.department_id AS DepartmentId, d.name AS DepartmentName, u.organisation AS Organisation
                FROM users u
                LEFT JOIN wards w ON w.id = u.ward_id
                LEFT JOIN departments d ON d.id = u.department_id
                WHERE u.id = @Id
                """,
                new { Id = context.UserId },
                cancellationToken)
            ?? throw new UnauthorizedAccessException();
    }
}
