using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Petitions.Api.Features.Cases;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Benchmarks;

/// <summary>
/// The floor the API is measured against: the same three reads GET /api/cases/{id} makes, as a bare Dapper loop on
/// the same database, with as many workers as the load generator has connections.
/// </summary>
public static class Baseline
{
    public static async Task<double> CaseReadsPerSecond(string path, long wardId, long minId, long maxId, int workers, TimeSpan duration)
    {
        var connectionString = DbConnectionFactory.SqliteConnectionString(path);
        var detail = $"SELECT {CaseSummary.Columns}, c.assignee, c.task, c.responsible_head, c.expected_result, c.result, c.referred_to, c.referral_letter {CaseSummary.From} WHERE c.id = @Id AND c.ward_id = @WardId";
        const string replies = "SELECT r.id, r.status, r.number, r.issued_on FROM reply_cases rc JOIN replies r ON r.id = rc.reply_id WHERE rc.case_id = @Id ORDER BY r.id";
        const string events = "SELECT occurred_at, actor, action, from_status, to_status, details FROM case_events WHERE case_id = @Id ORDER BY id";
        var reads = 0L;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (stopwatch.Elapsed < duration)
            {
                var id = random.NextInt64(minId, maxId + 1);
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await connection.QuerySingleOrDefaultAsync(detail, new { Id = id, WardId = wardId });
                (await connection.QueryAsync(replies, new { Id = id })).AsList();
                (await connection.QueryAsync(events, new { Id = id })).AsList();
                Interlocked.Increment(ref reads);
            }
        })));
        return reads / stopwatch.Elapsed.TotalSeconds;
    }
}
