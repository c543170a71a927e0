using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// Behind a reverse proxy: the client's address and scheme are taken from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> only when the request comes from a proxy named in <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// or <c>ForwardedHeaders:KnownNetworks</c> (CIDR); from anywhere else those headers are ignored, so nobody can choose
/// the address the sign-in limit counts. Nothing is trusted by default, not even loopback.
/// </summary>
public static class Proxies
{
    public static IServiceCollection AddProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // One proxy in front by default; a chain (CDN → nginx) names each and raises the limit.
            options.ForwardLimit = section.GetValue<int?>("ForwardLimit") ?? 1;
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
