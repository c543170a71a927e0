using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>The few places where SQLite and SQL Server disagree; handlers write portable SQL otherwise.</summary>
public interface ISqlDialect
{
    /// <summary>Appended to an INSERT to return the new row's identity.</summary>
    string SelectInsertedId { get; }

    /// <summary>Appended after ORDER BY to take the first <c>@Take</c> rows.</summary>
    string TakeRows { get; }

    bool IsUniqueViolation(Exception exception);

    /// <summary>Run at the start of every write transaction; null for none.</summary>
    string? BeforeWrite { get; }
}

public sealed class SqliteDialect : ISqlDialect
{
    public string SelectInsertedId => "; SELECT last_insert_rowid();";

    public string TakeRows => " LIMIT @Take";

    // With WAL, NORMAL syncs at checkpoints rather than at every commit: a committed transaction survives the
    // process being killed (kill -9), only a power cut may lose the last ones. Set per connection, so before each
    // write (reads do not care). Measured in tests/Petitions.Benchmarks.
    public string? BeforeWrite => "PRAGMA synchronous = NORMAL;";

    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY
    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}

public sealed class SqlServerDialect : ISqlDialect
{
    public string SelectInsertedId => "; SELECT CAST(SCOPE_IDENTITY() AS bigint);";

    public string TakeRows => " OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY";

    public string? BeforeWrite => null;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqlException { Number: 2601 or 2627 };
}
