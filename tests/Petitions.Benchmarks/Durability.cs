using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Benchmarks;

/// <summary>
/// Every petition the API acknowledged (201) must survive a kill -9: submit for a while from many clients, kill the
/// server mid-stream, then read the database file as the next start would.
/// </summary>
public static class Durability
{
    public static async Task<int> Run(string apiDll, string path, string token, long sessionId, TimeSpan duration, int clients)
    {
        var port = FreePort();
        using var server = Start(apiDll, path, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await WaitUntilUp(http, server);

        var acknowledged = new ConcurrentBag<long>();
        var refused = 0;
        var stopwatch = Stopwatch.StartNew();
        var killed = false;
        var load = Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!Volatile.Read(ref killed))
            {
                try
                {
                    var response = await http.PostAsJsonAsync("/api/petitions", Body(sessionId));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>());
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the server is gone
                }
            }
        })));

        await Task.Delay(duration);
        server.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
        var killedAfter = stopwatch.Elapsed;
        Volatile.Write(ref killed, true);
        await load;

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(DbConnectionFactory.SqliteConnectionString(path));
        await connection.OpenAsync();
        var ids = acknowledged.ToArray();
        var found = 0L;
        foreach (var chunk in ids.Chunk(500))
        {
            found += await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM petitions WHERE id IN @Ids", new { Ids = chunk });
        }

        Console.WriteLine($"durability: {ids.Length} petitions acknowledged in {killedAfter.TotalSeconds:N1} s ({ids.Length / killedAfter.TotalSeconds:N0}/s, {refused} refused), killed with SIGKILL, {found} found on reopening the file, {ids.Length - found} lost");
        return found == ids.Length && ids.Length > 0 ? 0 : 1;
    }

    private static object Body(long sessionId) => new
    {
        sessionId,
        submitter = new { name = "Nguyễn Văn An", title = "Tổ trưởng TDP số 1", organisation = "TDP số 1" },
        items = new[]
        {
            new { text = "Đề nghị nạo vét cống ngõ 12 để chống úng ngập", category = "Flooding" },
            new { text = "Đề nghị lắp đèn chiếu sáng ngõ 12", category = "Infrastructure" },
        },
    };

    private static Process Start(string apiDll, string path, int port)
    {
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Petitions"] = DbConnectionFactory.SqliteConnectionString(path);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Auth__PetitionsPerUserPerMinute"] = "100000000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilUp(HttpClient http, Process server)
    {
        for (var attempt = 0; attempt < 120 && !server.HasExited; attempt++)
        {
            try
            {
                await http.GetAsync("/api/sessions");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500);
            }
        }

        throw new TimeoutException("The API did not start.");
    }
}
