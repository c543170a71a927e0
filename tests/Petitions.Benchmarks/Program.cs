using Petitions.Benchmarks;

// dotnet run -c Release --project tests/Petitions.Benchmarks -- <command> …
return args switch
{
    ["seed", var path, var cases] => await Seed(path, int.Parse(cases, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static async Task<int> Seed(string path, int cases)
{
    await CityGenerator.Generate(path, cases, DateOnly.FromDateTime(DateTime.UtcNow));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        Petitions benchmarks
          seed <file.db> <cases>     make a city database (126 wards) of about <cases> cases
        """);
    return 2;
}
