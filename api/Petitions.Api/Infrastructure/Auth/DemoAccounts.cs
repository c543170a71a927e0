using Microsoft.Extensions.Options;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Configuration section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string DefaultPassword = "petitions-demo";

    /// <summary>Left out: the demo accounts exist in Development only. Never in Production, whatever this says.</summary>
    public bool? Enabled { get; set; }

    public string Password { get; set; } = DefaultPassword;

    public string Ward { get; set; } = "yen-hoa";
}

/// <summary>
/// The demo accounts of DESIGN.md, one per role. They exist only on the embedded default in Development (or another
/// environment that sets <c>Demo:Enabled</c>, as the tests do), never in Production; they all share the configured
/// password (one hash, computed once per start).
/// </summary>
public static class DemoAccounts
{
    public sealed record Account(string Username, string DisplayName, Role Role, string? DepartmentCode = null, string? Organisation = null);

    public static readonly IReadOnlyList<Account> All =
    [
        new("leader19", "Nguyễn Bảo Bình", Role.GroupLeader, Organisation: "TDP số 19"),
        new("leader25", "Lại Ngọc Thuận", Role.GroupLeader, Organisation: "TDP số 25"),
        new("dispatcher", "Văn phòng HĐND và UBND", Role.Dispatcher, DepartmentCode: "VP"),
        new("ktht", "Cán bộ Phòng KT-HT-ĐT", Role.DepartmentOfficer, DepartmentCode: "KT-HT-DT"),
        new("congan", "Cán bộ Công an phường", Role.DepartmentOfficer, DepartmentCode: "CA"),
        new("partyoffice", "Văn phòng Đảng ủy", Role.PartyOffice),
        new("overseer", "Ban Kinh tế - Xã hội HĐND", Role.Overseer),
        new("admin", "Quản trị hệ thống", Role.Admin),
    ];

    public static bool Wanted(DemoOptions options, IHostEnvironment environment, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite && !environment.IsProduction() && (options.Enabled ?? environment.IsDevelopment());

    /// <summary>
    /// In Production: disables every demo account that still has the demo password (a database that was once started
    /// in Development) and answers their usernames. An account of the same name with a password of its own is left alone.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DisableLeftovers(Db db, Passwords passwords, DemoOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Query<(string Username, string? Hash)>(
            "SELECT username AS Username, password_hash AS Hash FROM users WHERE is_disabled = 0 AND username IN @Usernames",
            new { Usernames = All.Select(a => a.Username) },
            cancellationToken);
        var demo = rows
            .Where(r => r.Hash is not null && (passwords.Verify(r.Hash, options.Password) || passwords.Verify(r.Hash, DemoOptions.DefaultPassword)))
            .Select(r => r.Username)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (demo.Count > 0)
        {
            await db.Execute(
                "UPDATE users SET is_disabled = 1, security_stamp = @Stamp, updated_at = @Now WHERE username IN @Usernames",
                new { Usernames = demo, Stamp = Guid.NewGuid().ToString("N"), Now = now },
                cancellationToken);
        }

        return demo;
    }

    /// <summary>
    /// At start-up, after the seeds: the demo accounts on the embedded default in Development only; in Production, any
    /// left by an earlier Development start are disabled, saying so.
    /// </summary>
    public static async Task EnsureDemoAccounts(this IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Db>();
        var now = services.GetRequiredService<Clock>().Now;
        var passwords = services.GetRequiredService<Passwords>();
        if (environment.IsProduction())
        {
            var disabled = await DisableLeftovers(db, passwords, demo, now, cancellationToken);
            if (disabled.Count > 0)
            {
                services.GetRequiredService<ILoggerFactory>().CreateLogger("Petitions.Database").LogWarning(
                    "Production: the demo accounts {Accounts} had the published demo password and are now disabled. Create your own administrator with 'admin create'.",
                    string.Join(", ", disabled));
            }

            return;
        }

        if (!Wanted(demo, environment, services.GetRequiredService<DatabaseOptions>().Provider))
        {
            return;
        }

        await Ensure(db, passwords, demo, now, cancellationToken);
        // Printed for the person who started the app, not logged: logs never carry passwords.
        var password = demo.Password == DemoOptions.DefaultPassword ? DemoOptions.DefaultPassword : "the value of Demo:Password";
        Console.WriteLine(
            $"Demo accounts ({environment.EnvironmentName}, embedded database), password {password}: " +
            string.Join(", ", All.Select(a => $"{a.Username} ({a.Role})")));
    }

    public static async Task Ensure(Db db, Passwords passwords, DemoOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wardId = await db.QuerySingleOrDefault<long?>("SELECT id FROM wards WHERE code = @Code", new { Code = options.Ward }, cancellationToken)
            ?? throw new InvalidOperationException($"Demo:Ward '{options.Ward}' is not in the database.");
        var existing = await db.Query<string?>(
            "SELECT password_hash FROM users WHERE username IN @Usernames", new { Usernames = All.Select(a => a.Username) }, cancellationToken);
        var hash = existing.FirstOrDefault(h => h is not null && passwords.Verify(h, options.Password)) ?? passwords.Hash(options.Password);

        foreach (var account in All)
        {
            await db.Execute(
                """
                INSERT INTO users (ward_id, username, display_name, role, department_id, organisation, password_hash, is_disabled,
                                   failed_sign_ins, security_stamp, created_at, updated_at, email)
                SELECT @WardId, @Username, @DisplayName, @Role,
                       (SELECT id FROM departments WHERE ward_id = @WardId AND code = @DepartmentCode), @Organisation, @Hash, 0,
                       0, @Stamp, @Now, @Now, @Email
                WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = @Username)
                """,
                new
                {
                    WardId = wardId,
                    account.Username,
                    account.DisplayName,
                    Role = account.Role.ToString(),
                    account.DepartmentCode,
                    account.Organisation,
                    Hash = hash,
                    Stamp = Guid.NewGuid().ToString("N"),
                    Now = now,
                    // So that `dotnet run` shows the messages (as .eml files in the data folder's mail/).
                    Email = $"{account.Username}@{options.Ward}.petitions.example",
                },
                cancellationToken);
        }

        // The configured password is the demo accounts' password, also after Demo:Password changes.
        await db.Execute(
            "UPDATE users SET password_hash = @Hash WHERE username IN @Usernames AND (password_hash IS NULL OR password_hash <> @Hash)",
            new { Hash = hash, Usernames = All.Select(a => a.Username) },
            cancellationToken);
    }
}
