using System.Security.Claims;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging.Console;
using Petitions.Api.Domain;
using Petitions.Api.Features.Users;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Hosting;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Commands;

/// <summary>
/// <c>Petitions.Api admin …</c>: what an operator does on the server itself, with the app's own configuration
/// (environment variables, appsettings, <c>--Key=Value</c>) and no web server. Each prints one plain line and exits
/// 0 when done, 1 when refused, 2 when the command line is wrong.
/// </summary>
public static class AdminCommand
{
    public const string Actor = "admin-command";

    private const string Usage =
        """
        Usage:
          admin create --ward <code> --username <name> --display-name <name>   (password: one line on standard input)
          admin create --city --username <name> --display-name <name>          (a city-level administrator)
          admin backup [--to <file>]       an online, consistent copy of the embedded database (default: <data>/backups/)
          admin restore --from <file>      into the configured data folder, which must hold no database yet
        Configuration as for the server: environment variables (Data__Path=…, ConnectionStrings__Petitions=…) or --Data:Path=….
        """;

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "admin";

    public static async Task<int> Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || !TryParse(args[2..], out var options, out var settings))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            return args[1] switch
            {
                "create" => await Create(options, settings, input, output, error),
                "backup" => await Backup(options, settings, output),
                "restore" when options.TryGetValue("from", out var from) => await Restore(from, settings, output),
                _ => await UsageError(error),
            };
        }
        catch (Refusal refusal)
        {
            await error.WriteLineAsync(refusal.Message);
            return 1;
        }
        catch (StartupRefusal refusal)
        {
            await error.WriteLineAsync("Refused: " + refusal.Message);
            return 1;
        }
    }

    /// <summary>The app as the server builds it, without Kestrel, logging only warnings (to standard error).</summary>
    public static WebApplication BuildApp(string[] settings)
    {
        var builder = PetitionsHost.CreateBuilder(settings);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder.Build();
    }

    private static async Task<int> Create(Dictionary<string, string> options, string[] settings, TextReader input, TextWriter output, TextWriter error)
    {
        var city = options.ContainsKey("city");
        if (!options.TryGetValue("username", out var username) || !options.TryGetValue("display-name", out var displayName) ||
            city == options.ContainsKey("ward"))
        {
            return await UsageError(error);
        }

        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            await error.WriteAsync($"Password for {username}: ");
        }

        var password = await input.ReadLineAsync() ?? "";
        await using var app = BuildApp(settings);
        await app.Services.InitializeDatabase(app.Environment);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        long? wardId = null;
        if (!city)
        {
            var code = options["ward"];
            wardId = await services.GetRequiredService<Db>().QuerySingleOrDefault<long?>("SELECT id FROM wards WHERE code = @Code", new { Code = code }, CancellationToken.None)
                ?? throw new Refusal($"Refused: there is no ward '{code}'. Wards are in seeds/wards/ or created by a city-level administrator.");
        }

        var user = await Send(services, new CreateUser.Command
        {
            Username = username,
            DisplayName = displayName,
            Role = Role.Admin,
            Password = password,
            WardId = wardId,
        });
        await output.WriteLineAsync(city
            ? $"Created the city-level administrator {username} (user {user.Id})."
            : $"Created the administrator {username} of ward {options["ward"]} (user {user.Id}).");
        return 0;
    }

    private static async Task<int> Backup(Dictionary<string, string> options, string[] settings, TextWriter output)
    {
        await using var app = BuildApp(settings);
        var services = app.Services;
        var file = Guard(() => Backups.Create(
            services.GetRequiredService<DbConnectionFactory>(),
            services.GetRequiredService<DataFolder>(),
            services.GetRequiredService<BackupOptions>().Keep,
            options.TryGetValue("to", out var to) ? Path.GetFullPath(to) : null));
        await output.WriteLineAsync($"Backed up the database to {file} ({new FileInfo(file).Length:N0} bytes).");
        return 0;
    }

    private static async Task<int> Restore(string from, string[] settings, TextWriter output)
    {
        await using var app = BuildApp(settings);
        var target = Guard(() => Backups.Restore(app.Services.GetRequiredService<DbConnectionFactory>(), Path.GetFullPath(from)));
        await output.WriteLineAsync($"Restored {Path.GetFullPath(from)} into {target}; start the app on this data folder.");
        return 0;
    }

    private static string Guard(Func<string> work)
    {
        try
        {
            return work();
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new Refusal("Refused: " + exception.Message);
        }
    }

    /// <summary>Sends a request through the mediator as a city-level administrator, the way the API would, so every rule and refusal applies.</summary>
    private static async Task<T> Send<T>(IServiceProvider services, IRequest<T> request)
    {
        var identity = new ClaimsIdentity([new Claim(PetitionsClaims.Username, Actor), new Claim(PetitionsClaims.Role, nameof(Role.Admin))], "command", PetitionsClaims.Username, PetitionsClaims.Role);
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = services, User = new ClaimsPrincipal(identity) };
        try
        {
            return await services.GetRequiredService<IMediator>().Send(request);
        }
        catch (ValidationException invalid)
        {
            throw new Refusal("Refused: " + string.Join(" ", invalid.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        }
        catch (ConflictException conflict)
        {
            throw new Refusal("Refused: " + conflict.Message);
        }
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> options, out string[] settings)
    {
        options = [];
        var passed = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                settings = [];
                return false;
            }

            if (arg.Contains('=', StringComparison.Ordinal))
            {
                passed.Add(arg); // configuration, e.g. --Data:Path=/srv/petitions
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[arg[2..]] = args[++i];
            }
            else
            {
                options[arg[2..]] = "";
            }
        }

        settings = [.. passed];
        return true;
    }

    private static async Task<int> UsageError(TextWriter error)
    {
        await error.WriteLineAsync(Usage);
        return 2;
    }

    private sealed class Refusal(string message) : Exception(message);
}
