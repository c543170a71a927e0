using Dapper;
using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// What start-up makes sure of on the embedded database before it writes anything to it, each refusal one line that
/// names the file and what to do: the folder can be written; one server at a time (it holds
/// <c>petitions.db.server-lock</c> while it runs); a missing or empty database in a folder that shows an earlier
/// installation is refused unless <c>Database:StartFresh</c> says to begin again; the file is a database that can be
/// read and written. Nothing to do on SQL Server.
/// </summary>
public sealed class EmbeddedDatabase(DatabaseOptions options, DataFolder data) : IDisposable
{
    private readonly string? _file = ExclusiveFile(options);
    private FileStream? _serverLock;
    private bool _checked;

    /// <summary>The server's start: a folder it can write, and the lock for as long as it runs.</summary>
    public void HoldForServer()
    {
        if (_file is null || _serverLock is not null)
        {
            return;
        }

        EnsureWritableFolder();
        _serverLock = TryLock(_file + ".server-lock") ?? throw new StartupRefusal(
            $"another Petitions server is already running on {_file}. Stop it first, or give this one a data folder of its own (Data:Path).");
    }

    /// <summary>The database file, under the upgrade lock (so another process's first start cannot be mistaken for an earlier installation).</summary>
    public void Check()
    {
        if (_file is null || _checked)
        {
            return;
        }

        if (!System.IO.File.Exists(_file) || new FileInfo(_file).Length == 0)
        {
            RefuseIfEarlierInstall();
        }
        else
        {
            EnsureReadableDatabase();
        }

        _checked = true;
    }

    public void Dispose() => _serverLock?.Dispose();

    /// <summary>The SQLite file this process writes, or null: SQL Server, an in-memory or a read-only database.</summary>
    internal static string? ExclusiveFile(DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var connection = new SqliteConnectionStringBuilder(options.ConnectionString);
        return connection.Mode is SqliteOpenMode.ReadOnly or SqliteOpenMode.Memory || connection.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(connection.DataSource);
    }

    /// <summary>An exclusive lock on <paramref name="path"/> (an advisory one on Linux, a sharing mode on Windows), or null when another holds it.</summary>
    internal static FileStream? TryLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (System.IO.File.Exists(path))
        {
            return null;
        }
    }

    public void EnsureWritableFolder()
    {
        if (_file is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(_file)!;
        try
        {
            Directory.CreateDirectory(folder);
            using var probe = new FileStream(Path.Combine(folder, $".petitions-write-check-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            probe.WriteByte(0);
            probe.Flush(flushToDisk: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StartupRefusal(
                $"the data folder {folder} cannot be written ({exception.Message.TrimEnd('.')}). Give the service's account write access to it, free space on its disk, or choose another folder (Data:Path).");
        }
    }

    private void RefuseIfEarlierInstall()
    {
        var signs = new[] { _file + "-wal", _file + "-shm" }.Where(System.IO.File.Exists)
            .Concat(System.IO.File.Exists(data.SigningKeyFile) && new FileInfo(data.SigningKeyFile).Length > 0 ? [data.SigningKeyFile] : [])
            .Concat(Directory.Exists(data.BackupsFolder) ? Directory.EnumerateFiles(data.BackupsFolder, "*.db").Take(1) : [])
            .ToList();
        if (signs.Count == 0)
        {
            return;
        }

        if (!options.StartFresh)
        {
            var state = System.IO.File.Exists(_file) ? "is empty" : "is missing";
            throw new StartupRefusal(
                $"{_file} {state}, but its folder shows an earlier installation ({string.Join(", ", signs.Select(Path.GetFileName))}). " +
                "Restore the newest backup with 'admin restore --from <file>', or start once with Database__StartFresh=true to begin with an empty database.");
        }

        // Starting again: a journal left by the lost database must not be applied to the new one; it is kept aside, not deleted.
        foreach (var journal in new[] { _file + "-wal", _file + "-shm" }.Where(System.IO.File.Exists))
        {
            System.IO.File.Move(journal, $"{journal}.before-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        }
    }

    private void EnsureReadableDatabase()
    {
        try
        {
            using (new FileStream(_file!, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
            {
            }

            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StartupRefusal($"{_file} cannot be opened for writing ({exception.Message.TrimEnd('.')}). Give the service's account read and write access to it, or mount its disk read-write.");
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 11 or 26)
        {
            throw new StartupRefusal($"{_file} is not a readable database ({exception.Message.TrimEnd('.')}). Move it aside and restore the newest backup with 'admin restore --from <file>'.");
        }
    }
}
