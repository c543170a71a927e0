namespace Petitions.Api.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:Petitions</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";

    /// <summary>Folder holding the seed data files; defaults to <c>seeds/</c> beside the application.</summary>
    public string? SeedsPath { get; set; }

    public bool LoadSeeds { get; set; } = true;

    /// <summary>
    /// How long a write waits for the one before it (this process's queue, then SQLite's lock, which another process
    /// may hold) before it is refused with 503 <c>storageBusy</c>.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether <c>seeds/sessions/</c> (the Yên Hòa appendix, demo data) is loaded with the reference seeds; left out,
    /// everywhere but in Production.
    /// </summary>
    public bool? LoadDemoSessions { get; set; }

    /// <summary>
    /// Lets the embedded database begin again, empty, where its folder shows an earlier installation (a journal, the
    /// signing key, backups) but the database file is missing or empty; without it such a start is refused.
    /// </summary>
    public bool StartFresh { get; set; }

    /// <summary>
    /// Whether the demo data also opens a session for the current quarter (dated from the clock) beside the
    /// appendix's; left out, in Development only.
    /// </summary>
    public bool? DemoCurrentQuarter { get; set; }
}
