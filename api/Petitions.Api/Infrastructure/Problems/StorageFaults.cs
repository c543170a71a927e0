using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
namespace Petitions.Api.Infrastructure.Problems;

/// <summary>
/// A database that cannot take a write now but will again without anyone touching the application: a full disk, a
/// database made read-only, a lock held past <c>Database:BusyTimeout</c>. Each answers 503 with
/// <c>Retry-After</c> and its code; the command's transaction has rolled back, so nothing is half-written, and the
/// next request tries again from scratch.
/// </summary>
public static class StorageFaults
{
    public static readonly TimeSpan RetryAfterFull = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan RetryAfterReadOnly = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan RetryAfterBusy = TimeSpan.FromSeconds(2);

    public static ServiceUnavailableException? Translate(Exception exception) => exception switch
    {
        ServiceUnavailableException => null,
        // SQLITE_FULL; SQL Server: filegroup full, log full.
        SqliteException { SqliteErrorCode: 13 } or SqlException { Number: 1105 or 9002 } => Full(),
        // SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN (the file or its folder may not be written); SQL Server: a read-only database.
        SqliteException { SqliteErrorCode: 8 or 3 or 14 } or SqlException { Number: 3906 } => new ServiceUnavailableException(
            ProblemCode.StorageReadOnly,
            RetryAfterReadOnly,
            "The database cannot be written (read-only, or its file or folder may not be written). Nothing was changed; try again once the administrator has fixed it."),
        // SQLITE_BUSY, SQLITE_LOCKED; SQL Server: lock timeout, deadlock victim, timeout.
        SqliteException { SqliteErrorCode: 5 or 6 } or SqlException { Number: 1222 or 1205 or -2 } => Busy(),
        { InnerException: { } inner } => Translate(inner),
        _ => null,
    };

    public static ServiceUnavailableException Busy() => new(
        ProblemCode.StorageBusy,
        RetryAfterBusy,
        "The database is busy with another write for longer than it waits (Database:BusyTimeout). Nothing was changed; try again.");

    private static ServiceUnavailableException Full() => new(
        ProblemCode.StorageFull,
        RetryAfterFull,
        "The disk holding the database is full. Nothing was changed; try again once space is freed.");
}
