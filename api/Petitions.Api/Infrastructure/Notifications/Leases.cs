using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Notifications;

/// <summary>
/// A named lease in the database: of several instances on one SQL Server, only the holder does the work, and another
/// takes over once the holder has stopped renewing it for the lease's duration. Times are UTC.
/// </summary>
public static class Leases
{
    public static async Task<bool> TryTake(Db db, string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var values = new { Name = name, Holder = holder, Now = now.ToUniversalTime(), Until = (now + duration).ToUniversalTime() };
        var renewed = await db.Execute(
            "UPDATE leases SET holder = @Holder, expires_at = @Until WHERE name = @Name AND (holder = @Holder OR expires_at < @Now)",
            values,
            cancellationToken);
        if (renewed == 1)
        {
            return true;
        }

        try
        {
            await db.Execute(
                "INSERT INTO leases (name, holder, expires_at) SELECT @Name, @Holder, @Until WHERE NOT EXISTS (SELECT 1 FROM leases WHERE name = @Name)",
                values,
                cancellationToken);
            return await db.ExecuteScalar<string>("SELECT holder FROM leases WHERE name = @Name", values, cancellationToken) == holder;
        }
        catch (Exception exception) when (db.Dialect.IsUniqueViolation(exception))
        {
            return false;
        }
    }
}
