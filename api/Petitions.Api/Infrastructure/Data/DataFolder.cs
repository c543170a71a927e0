using Microsoft.Data.Sqlite;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// The one folder that holds an installation's state: the embedded database, the token signing key and the backups
/// and the messages written without SMTP (<c>mail/</c>; ASP.NET's data-protection keys live in the database). <c>Data:Path</c>; left out, it is the folder of the SQLite
/// file named by <c>ConnectionStrings:Petitions</c>, else <c>data/</c> beside the app outside Production and
/// <see cref="ProductionDefault"/> in Production, so that replacing the app never replaces its data.
/// </summary>
public sealed class DataFolder(string path)
{
    public static readonly string ProductionDefault = OperatingSystem.IsWindows()
        ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "Petitions")
        : "/var/lib/petitions";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string DatabaseFile => System.IO.Path.Combine(Path, "petitions.db");

    public string SigningKeyFile => System.IO.Path.Combine(Path, "signing.key");

    public string BackupsFolder => System.IO.Path.Combine(Path, "backups");

    /// <summary>Messages written as <c>.eml</c> files when no SMTP server is configured.</summary>
    public string MailFolder => System.IO.Path.Combine(Path, "mail");

    public static DataFolder Resolve(IConfiguration configuration, IHostEnvironment environment, DatabaseProvider provider)
    {
        var configured = configuration["Data:Path"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DataFolder(System.IO.Path.Combine(environment.ContentRootPath, configured));
        }

        var connectionString = configuration.GetConnectionString("Petitions");
        if (provider == DatabaseProvider.Sqlite && !string.IsNullOrWhiteSpace(connectionString))
        {
            var file = System.IO.Path.Combine(environment.ContentRootPath, new SqliteConnectionStringBuilder(connectionString).DataSource);
            return new DataFolder(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!);
        }

        return new DataFolder(environment.IsProduction() ? ProductionDefault : System.IO.Path.Combine(environment.ContentRootPath, "data"));
    }
}
