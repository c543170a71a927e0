using Petitions.Api.Infrastructure.Commands;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Hosting;

if (AdminCommand.Handles(args))
{
    return await AdminCommand.Run(args, Console.In, Console.Out, Console.Error);
}

var app = PetitionsHost.CreateBuilder(args).Build();
await app.Services.InitializeDatabase(app.Environment);
app.UsePetitions();
app.Run();
return 0;

public partial class Program;
