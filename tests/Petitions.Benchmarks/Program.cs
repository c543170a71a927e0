using System.Globalization;
using Petitions.Benchmarks;

// dotnet run -c Release --project tests/Petitions.Benchmarks -- <command> …; tests/Petitions.Benchmarks/run.sh runs them all.
return args switch
{
    ["seed", var path, var cases] => await Seed(path, Int(cases)),
    ["baseline", var path, var ward, var min, var max, var workers, var seconds] =>
        Print($"baseline: {await Baseline.CaseReadsPerSecond(path, Int(ward), Int(min), Int(max), Int(workers), TimeSpan.FromSeconds(Int(seconds))):F0} reads/s"),
    ["documents", .. var rest] => Documents(rest),
    ["durability", var apiDll, var path, var token, var session, var seconds] =>
        await Durability.Run(apiDll, path, token, Int(session), TimeSpan.FromSeconds(Int(seconds)), clients: 32),
    _ => Usage(),
};

static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static async Task<int> Seed(string path, int cases)
{
    await CityGenerator.Generate(path, cases, DateOnly.FromDateTime(DateTime.UtcNow));
    return 0;
}

static int Documents(string[] benchmarkArgs)
{
    BenchmarkDotNet.Running.BenchmarkRunner.Run<DocumentBenchmarks>(args: benchmarkArgs);
    return 0;
}

static int Print(string line)
{
    Console.WriteLine(line);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        Petitions benchmarks
          seed <file.db> <cases>                                   make a city database (126 wards) of <cases> cases
          baseline <file.db> <ward> <min id> <max id> <workers> <s> the bare Dapper loop of GET /api/cases/{id}'s reads
          documents [BenchmarkDotNet options]                       the 10,000-case session report as Word, CSV and HTML, in-process
          durability <Petitions.Api.dll> <file.db> <token> <session> <s>   kill -9 under load; every 201 must survive
        """);
    return 2;
}
