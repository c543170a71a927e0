using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// ASP.NET Core's data-protection key ring (what the sign-in and antiforgery cookies are protected with) kept in the
/// database's <c>data_protection_keys</c>, on either engine: cookies survive restarts and a new copy of the app, every
/// instance on one SQL Server shares them, and a backup of the embedded database carries them.
/// </summary>
public sealed class DataProtectionKeys(DbConnectionFactory factory) : IXmlRepository
{
    public const string ApplicationName = "Petitions";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = factory.Create();
        return [.. connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY id").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        factory.WriteGate?.Wait();
        try
        {
            using var connection = factory.Create();
            connection.Execute(
                "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@FriendlyName, @Xml)",
                new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        }
        finally
        {
            factory.WriteGate?.Release();
        }
    }

    public static void Add(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new DataProtectionKeys(provider.GetRequiredService<DbConnectionFactory>())));
    }
}
