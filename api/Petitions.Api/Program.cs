using Petitions.Api.Features.Auth;
using Petitions.Api.Features.Cases;
using Petitions.Api.Features.Categories;
using Petitions.Api.Features.Departments;
using Petitions.Api.Features.Escalations;
using Petitions.Api.Features.Notices;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Features.Replies;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Features.Users;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = Hardening.MaxRequestBodyBytes;
    kestrel.AddServerHeader = false;
});

var database = builder.Services.AddDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Clock>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<RequestContext>();
builder.Services.AddPetitionsAuth(builder.Configuration, builder.Environment, database);
builder.Services.AddMediation();
builder.Services.AddScoped<CaseTransitions>();

builder.Services.ConfigureHttpJsonOptions(options => Json.Configure(options.SerializerOptions));
// Malformed bodies and unbindable values become exceptions, so they get the same problem details as the rest.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddPetitionsProblems();
builder.Services.AddPetitionsOpenApi();

var app = builder.Build();

await app.Services.InitializeDatabase();
await app.Services.EnsureDemoAccounts(app.Environment);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHardening();
app.UseWebClient();
app.UseRouting();
app.UseBodyLimits();
app.UseSwagger();
app.UseSwaggerUI();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgeryForCookies();

app.MapAuth();
app.MapUsers();
app.MapSessions();
app.MapDepartments();
app.MapCategories();
app.MapPetitions();
app.MapCases();
app.MapReplies();
app.MapEscalations();
app.MapNotices();
app.MapWebClientFallback();

app.Run();

public partial class Program;
