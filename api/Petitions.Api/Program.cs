using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Commands;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Hosting;

if (AdminCommand.Handles(args))
{
    return await AdminCommand.Run(args, Console.In, Console.Out, Console.Error);
}

WebApplication app;
try
{
    app = PetitionsHost.CreateBuilder(args).Build();
    await app.Services.InitializeDatabase(app.Environment);
    await app.Services.EnsureDemoAccounts(app.Environment);
}
catch (StartupRefusal refusal)
{
    await Console.Error.WriteLineAsync("Petitions did not start: " + refusal.Message);
    return 1;
}

app.UsePetitions();
app.Run();
return 0;

public partial class Program;
