using System.Text;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Infrastructure.Notifications;

/// <summary>
/// Each working day (the installation's calendar) from <see cref="NotificationOptions.DigestAt"/> Vietnam time, once:
/// every department officer is told of their department's at-risk and overdue cases and every dispatcher of their
/// ward's, as one notification and one message, together with what was kept for the digest of those who chose it.
/// The day is recorded in <c>digest_runs</c> in the same transaction, so of several instances one sends it.
/// </summary>
public sealed class DigestSchedule(
    IServiceScopeFactory scopes,
    NotificationOptions options,
    Clock clock,
    Installation installation,
    ILogger<DigestSchedule> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    private sealed record OpenCase
    {
        public long Id { get; init; }

        public long WardId { get; init; }

        public long? DepartmentId { get; init; }

        public string? DepartmentName { get; init; }

        public CaseStatus Status { get; init; }

        public string Text { get; init; } = "";

        public DateOnly DueDate { get; init; }
    }

    private sealed record Reader
    {
        public long Id { get; init; }

        public long WardId { get; init; }

        public Role Role { get; init; }

        public long? DepartmentId { get; init; }

        public string DisplayName { get; init; } = "";

        public string? Email { get; init; }

        public EmailPreference EmailPreference { get; init; }
    }

    private sealed record Pending(long Id, long UserId, string Subject, string Link);

    /// <summary>Runs today's digest if it is due and has not run; answers whether it ran now.</summary>
    public async Task<bool> RunDue(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var today = clock.Today;
        if (TimeOnly.FromDateTime(now.DateTime) < options.DigestAt || !installation.Calendar.IsWorkingDay(today))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Db>();
        await db.BeginTransaction(cancellationToken);
        try
        {
            var inserted = await db.Execute(
                "INSERT INTO digest_runs (day, ran_at) SELECT @Today, @Now WHERE NOT EXISTS (SELECT 1 FROM digest_runs WHERE day = @Today)",
                new { Today = today, Now = now },
                cancellationToken);
            if (inserted == 0)
            {
                await db.Rollback();
                return false;
            }

            var told = await Compose(db, now, today, cancellationToken);
            await db.Commit(cancellationToken);
            logger.LogInformation("The digest of {Day} told {Count} users", today, told);
            return true;
        }
        catch (Exception exception) when (db.Dialect.IsUniqueViolation(exception))
        {
            await db.Rollback();
            return false;
        }
        catch
        {
            await db.Rollback();
            throw;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Digest)
        {
            return;
        }

        using var timer = new PeriodicTimer(CheckEvery);
        do
        {
            try
            {
                await RunDue(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The digest could not be made; trying again in {Interval}", CheckEvery);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> Compose(Db db, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        // At risk begins a few working days before the last one: a month ahead covers it, holidays included.
        var open = await db.Query<OpenCase>(
            """
            SELECT c.id AS Id, c.ward_id AS WardId, c.department_id AS DepartmentId, d.name AS DepartmentName, c.status AS Status,
                   c.text AS Text, c.due_date AS DueDate
            FROM cases c LEFT JOIN departments d ON d.id = c.department_id
            WHERE c.replied_on IS NULL AND c.status <> 'Closed' AND c.due_date <= @Horizon
            ORDER BY c.due_date, c.id
            """,
            new { Horizon = today.AddDays(31) },
            cancellationToken);
        var late = open
            .Select(c => (Case: c, Deadline: CaseDeadline.For(c.DueDate, null, today, installation.Calendar)))
            .Where(x => x.Deadline.Overdue || x.Deadline.AtRisk)
            .ToList();
        var readers = await db.Query<Reader>(
            """
            SELECT u.id AS Id, u.ward_id AS WardId, u.role AS Role, u.department_id AS DepartmentId, u.display_name AS DisplayName,
                   u.email AS Email, u.email_preference AS EmailPreference
            FROM users u
            WHERE u.is_disabled = 0 AND u.ward_id IS NOT NULL
              AND (u.role IN ('Dispatcher', 'DepartmentOfficer') OR u.id IN (SELECT n.user_id FROM notifications n WHERE n.digest_pending = 1))
            """,
            null,
            cancellationToken);
        var pending = (await db.Query<Pending>(
            "SELECT id AS Id, user_id AS UserId, subject AS Subject, link AS Link FROM notifications WHERE digest_pending = 1 ORDER BY id",
            null,
            cancellationToken)).ToLookup(p => p.UserId);

        var told = 0;
        foreach (var reader in readers)
        {
            var theirs = late.Where(x => x.Case.WardId == reader.WardId && reader.Role switch
            {
                Role.Dispatcher => true,
                Role.DepartmentOfficer => x.Case.DepartmentId == reader.DepartmentId && x.Case.Status is CaseStatus.Assigned or CaseStatus.InProgress,
                _ => false,
            }).ToList();
            var kept = pending[reader.Id].ToList();
            if (theirs.Count == 0 && kept.Count == 0)
            {
                continue;
            }

            var overdue = theirs.Count(x => x.Deadline.Overdue);
            var subject = $"[Kiến nghị] Tổng hợp ngày {VietnameseFormat.Date(today)}: {overdue} quá hạn, {theirs.Count - overdue} có nguy cơ quá hạn";
            var body = new StringBuilder($"Tổng hợp ngày {VietnameseFormat.Date(today)}: {overdue} nội dung quá hạn, {theirs.Count - overdue} nội dung có nguy cơ quá hạn.");
            Section(body, "Quá hạn chưa trả lời:", theirs.Where(x => x.Deadline.Overdue).Select(x => Line(x.Case)));
            Section(body, "Có nguy cơ quá hạn:", theirs.Where(x => x.Deadline.AtRisk).Select(x => Line(x.Case)));
            Section(body, "Thông báo từ lần tổng hợp trước:", kept.Select(p => $"{p.Subject}: {Url(p.Link)}"));
            var link = reader.Role == Role.DepartmentOfficer ? "/inbox" : "/cases?overdue=true";
            var recipient = new NotificationRows.Recipient { Id = reader.Id, DisplayName = reader.DisplayName, Email = reader.Email, EmailPreference = reader.EmailPreference };
            await db.Notify([recipient], NotificationKind.Digest, null, null, subject, body.ToString(), link, now, cancellationToken);
            if (kept.Count > 0)
            {
                await db.Execute("UPDATE notifications SET digest_pending = 0 WHERE user_id = @UserId AND digest_pending = 1", new { UserId = reader.Id }, cancellationToken);
            }

            told++;
        }

        return told;
    }

    private static void Section(StringBuilder body, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append("\n\n").Append(title);
        foreach (var line in list)
        {
            body.Append("\n- ").Append(line);
        }
    }

    private string Line(OpenCase c) =>
        $"Số {c.Id}, hạn trước ngày {VietnameseFormat.Date(c.DueDate)}{(c.DepartmentName is null ? ", chưa giao" : $", {c.DepartmentName}")}: {Short(c.Text)} ({Url($"/cases/{c.Id}")})";

    private string Url(string link) => options.BaseUrl.TrimEnd('/') + link;

    private static string Short(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
