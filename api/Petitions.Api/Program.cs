using Petitions.Api.Infrastructure.Commands;
using Petitions.Api.Infrastructure.Hosting;

return AdminCommand.Handles(args)
    ? await AdminCommand.Run(args, Console.In, Console.Out, Console.Error)
    : await PetitionsHost.ServeAsync(args);

public partial class Program;
