using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Petitions.Api.Tests.Database;

/// <summary>
/// Checks the T-SQL migrations without a SQL Server (the integration tests need PETITIONS_SQLSERVER): each script
/// must parse, and both engines must have the same scripts creating the same tables.
/// </summary>
[TestFixture]
public sealed partial class SqlServerScriptsTests
{
    public static IEnumerable<string> SqlServerScripts() =>
        ScriptNames(EngineFolder("sqlserver"));

    [TestCaseSource(nameof(SqlServerScripts))]
    public void Script_parses_as_TSql(string fileName)
    {
        Parse(fileName, out var problems);

        Assert.That(problems, Is.Empty, () => string.Join(Environment.NewLine, problems));
    }

    [Test]
    public void Every_migration_exists_for_both_engines()
    {
        var sqlServer = ScriptNames(EngineFolder("sqlserver"));
        var sqlite = ScriptNames(EngineFolder("sqlite"));

        Assert.That(sqlite, Is.Not.Empty, "database/sqlite has no scripts.");
        Assert.That(sqlServer, Is.EquivalentTo(sqlite), "database/sqlserver and database/sqlite must hold the same script names.");
    }

    [Test]
    public void Both_engines_create_the_same_tables()
    {
        var sqlServerTables = SqlServerTables();
        var sqliteTables = SqliteTables();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sqlServerTables, Is.Not.Empty, "The T-SQL scripts create no table.");
            Assert.That(sqlServerTables.Except(sqliteTables, StringComparer.OrdinalIgnoreCase), Is.Empty, "Tables created only in database/sqlserver.");
            Assert.That(sqliteTables.Except(sqlServerTables, StringComparer.OrdinalIgnoreCase), Is.Empty, "Tables created only in database/sqlite.");
        }
    }

    private static List<string> SqlServerTables()
    {
        var collector = new CreateTableCollector();
        foreach (var fileName in ScriptNames(EngineFolder("sqlserver")))
        {
            var script = Parse(fileName, out var problems);
            Assert.That(problems, Is.Empty, () => string.Join(Environment.NewLine, problems));
            script.Accept(collector);
        }

        return collector.Tables;
    }

    private static List<string> SqliteTables()
    {
        var folder = EngineFolder("sqlite");
        return [.. ScriptNames(folder)
            .SelectMany(fileName => SqliteCreateTable().Matches(File.ReadAllText(Path.Combine(folder, fileName))))
            .Select(match => match.Groups[1].Value)];
    }

    /// <summary>Parses one script of <c>database/sqlserver</c>; <paramref name="problems"/> says where and why it does not parse.</summary>
    private static TSqlFragment Parse(string fileName, out List<string> problems)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StreamReader(Path.Combine(EngineFolder("sqlserver"), fileName));
        var script = parser.Parse(reader, out var errors);
        problems = [.. errors.Select(e => $"{fileName} line {e.Line}, column {e.Column}: {e.Message}")];
        return script;
    }

    private static List<string> ScriptNames(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.sql").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static string EngineFolder(string engine)
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Petitions.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new DirectoryNotFoundException($"No folder holding Petitions.sln above {TestContext.CurrentContext.TestDirectory}.");
        }

        return Path.Combine(directory.FullName, "database", engine);
    }

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex SqliteCreateTable();

    private sealed class CreateTableCollector : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        public override void Visit(CreateTableStatement node) =>
            Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
    }
}
