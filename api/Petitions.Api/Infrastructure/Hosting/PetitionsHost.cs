using Microsoft.AspNetCore.Connections;
using Petitions.Api.Features.Activity;
using Petitions.Api.Features.Attachments;
using Petitions.Api.Features.Auth;
using Petitions.Api.Features.Calendar;
using Petitions.Api.Features.Cases;
using Petitions.Api.Features.Categories;
using Petitions.Api.Features.Dashboard;
using Petitions.Api.Features.Departments;
using Petitions.Api.Features.Escalations;
using Petitions.Api.Features.Notices;
using Petitions.Api.Features.Notifications;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Features.Replies;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Features.Signers;
using Petitions.Api.Features.Users;
using Petitions.Api.Features.Wards;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Notifications;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Infrastructure.Hosting;

/// <summary>The application as the web server and the <c>admin</c> commands both build it: one configuration, one set of services.</summary>
public static class PetitionsHost
{
    /// <summary>
    /// Set by the launch profile for <c>dotnet run</c> only: the environment when the operator names none, so that an
    /// <c>ASPNETCORE_ENVIRONMENT</c> they set always wins, and a published app with none set runs as Production.
    /// </summary>
    public const string DefaultEnvironmentVariable = "PETITIONS_DEFAULT_ENVIRONMENT";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = DefaultEnvironment(args) });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = Hardening.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });

        var (database, data) = builder.Services.AddDatabase(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Clock>();
        builder.Services.AddSingleton(Deadlines(builder.Configuration));
        builder.Services.AddSingleton<DueDates>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RequestContext>();
        builder.Services.AddPetitionsAuth(builder.Configuration, builder.Environment, database, data);
        builder.Services.AddMediation();
        builder.Services.AddScoped<CaseTransitions>();
        builder.Services.AddScoped<Petitions.Api.Features.Replies.ReplySteps>();
        builder.Services.AddNotifications(builder.Configuration);

        builder.Services.ConfigureHttpJsonOptions(options => Json.Configure(options.SerializerOptions));
        // Malformed bodies and unbindable values become exceptions, so they get the same problem details as the rest.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddPetitionsProblems();
        builder.Services.AddPetitionsOpenApi();
        builder.Services.AddProxies(builder.Configuration);
        builder.Services.AddPetitionsHealth(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The web server's life: built, checked in an order that writes nothing before it knows it can serve (the ports,
    /// the data folder and its lock, the database file, the signing key; then the scripts, the seeds and the demo
    /// accounts), then serving. What the operator can fix ends it with one line and exit code 1, no stack trace.
    /// </summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        try
        {
            var app = CreateBuilder(args).Build();
            Ports.EnsureFree(app);
            app.Services.GetRequiredService<EmbeddedDatabase>().HoldForServer();
            await app.Services.InitializeDatabase(app.Environment, whenChecked: () => app.Services.GetService<SigningKey>());
            await app.Services.EnsureDemoAccounts(app.Environment);
            app.UsePetitions();
            await app.RunAsync();
            return 0;
        }
        catch (StartupRefusal refusal)
        {
            await Console.Error.WriteLineAsync("Petitions did not start: " + refusal.Message);
        }
        catch (IOException bind) when (bind.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync("Petitions did not start: " + $"{bind.Message.TrimEnd('.')} (another program holds it). {Ports.Advice}");
        }

        return 1;
    }

    private static DeadlineOptions Deadlines(IConfiguration configuration)
    {
        var options = configuration.GetSection("Deadlines").Get<DeadlineOptions>() ?? new DeadlineOptions();
        return options.WorkingDays is >= 1 and <= 100
            ? options
            : throw new StartupRefusal($"Deadlines:WorkingDays must be between 1 and 100 (it is {options.WorkingDays}).");
    }

    public static void UsePetitions(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRequestLog();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHardening();
        app.UseWebClient();
        app.UseRouting();
        app.UseRequestLogRoute();
        app.UseBodyLimits();
        app.UseSwagger();
        app.UseSwaggerUI();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgeryForCookies();

        app.MapPetitionsHealth();
        app.MapAuth();
        app.MapUsers();
        app.MapWards();
        app.MapSessions();
        app.MapDepartments();
        app.MapCategories();
        app.MapCalendar();
        app.MapPetitions();
        app.MapCases();
        app.MapReplies();
        app.MapSigners();
        app.MapEscalations();
        app.MapDashboard();
        app.MapActivity();
        app.MapNotices();
        app.MapNotifications();
        app.MapAttachments();
        app.MapWebClientFallback();
    }

    private static string? DefaultEnvironment(string[] args)
    {
        var named = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var onCommandLine = args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        return named is null && !onCommandLine ? Environment.GetEnvironmentVariable(DefaultEnvironmentVariable) : null;
    }
}
