using System.Text.RegularExpressions;
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

    /// <summary>Whether <paramref name="exception"/> is a unique violation of <paramref name="key"/>, not of another unique index.</summary>
    bool IsUniqueViolation(Exception exception, UniqueKey key);

    /// <summary>Run at the start of every write transaction; null for none.</summary>
    string? BeforeWrite { get; }
}

/// <summary>
/// A unique index or constraint as the engines' errors name it: SQLite by its table and columns, SQL Server by its
/// name (the same in <c>database/sqlserver/</c>, where every one is named).
/// </summary>
public sealed record UniqueKey(string Name, string Table, params string[] Columns)
{
    /// <summary>"petitions.session_id, petitions.number", as SQLite lists them.</summary>
    public string QualifiedColumns => string.Join(", ", Columns.Select(column => $"{Table}.{column}"));
}

public sealed partial class SqliteDialect : ISqlDialect
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

    public bool IsUniqueViolation(Exception exception, UniqueKey key) =>
        IsUniqueViolation(exception) && ViolatedColumns(exception.Message) == key.QualifiedColumns;

    /// <summary>"petitions.session_id, petitions.number" from "SQLite Error 19: 'UNIQUE constraint failed: petitions.session_id, petitions.number'."</summary>
    public static string? ViolatedColumns(string message) =>
        SqliteUniqueMessage().Match(message) is { Success: true } match ? match.Groups["columns"].Value : null;

    [GeneratedRegex("UNIQUE constraint failed: (?<columns>[^']+)'")]
    private static partial Regex SqliteUniqueMessage();
}

public sealed partial class SqlServerDialect : ISqlDialect
{
    public string SelectInsertedId => "; SELECT CAST(SCOPE_IDENTITY() AS bigint);";

    public string TakeRows => " OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY";

    public string? BeforeWrite => null;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqlException { Number: 2601 or 2627 };

    public bool IsUniqueViolation(Exception exception, UniqueKey key) =>
        IsUniqueViolation(exception) && ViolatedKey(exception.Message) == key.Name;

    /// <summary>
    /// The index (error 2601: "… with unique index 'ux_…'.") or constraint (2627: "Violation of UNIQUE KEY constraint
    /// 'uq_…'.") a message names. The first quoted name after those words: the duplicate value, which may hold
    /// anything, comes after it.
    /// </summary>
    public static string? ViolatedKey(string message) =>
        SqlServerUniqueMessage().Match(message) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex("(?:with unique index|UNIQUE KEY constraint|PRIMARY KEY constraint) '(?<name>[^']+)'")]
    private static partial Regex SqlServerUniqueMessage();
}
