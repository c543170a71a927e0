using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Hosting;

/// <summary>
/// Whether the addresses the web server is to listen on are free, tried before the database is touched, so that a
/// second copy started by mistake stops with one line instead of upgrading the live database first. Kestrel's own
/// bind, a moment later, still has the last word (see <see cref="PetitionsHost.ServeAsync"/>).
/// </summary>
public static class Ports
{
    public const string Advice = "Stop it, or choose another address with --urls or ASPNETCORE_URLS.";

    private const string DefaultUrl = "http://localhost:5000";

    public static void EnsureFree(WebApplication app)
    {
        // The test server listens on nothing.
        if (app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>() is null)
        {
            return;
        }

        foreach (var url in Urls(app.Configuration))
        {
            foreach (var endpoint in Endpoints(url))
            {
                using var listener = new TcpListener(endpoint);
                try
                {
                    listener.Start();
                }
                catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
                {
                    throw new StartupRefusal($"port {endpoint.Port} ({url}) is already in use by another program. {Advice}");
                }
                catch (SocketException exception) when (exception.SocketErrorCode != SocketError.AddressFamilyNotSupported)
                {
                    throw new StartupRefusal($"cannot listen on {url} ({exception.Message.TrimEnd('.')}). Choose another address with --urls or ASPNETCORE_URLS.");
                }
                finally
                {
                    listener.Stop();
                }
            }
        }
    }

    /// <summary>As Kestrel reads them: its own endpoints if configured, else <c>urls</c>, else <c>http_ports</c>, else its default.</summary>
    private static IEnumerable<string> Urls(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return configuration["http_ports"] is { Length: > 0 } ports
            ? ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}")
            : [DefaultUrl];
    }

    private static IEnumerable<IPEndPoint> Endpoints(string url)
    {
        // Kestrel accepts hosts such as * and + that Uri does not.
        var hostAndPort = url.Split("://", 2)[^1].Split('/', 2)[0];
        var colon = hostAndPort.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(hostAndPort[(colon + 1)..], out var port) || port == 0 || hostAndPort.StartsWith("unix:", StringComparison.Ordinal))
        {
            yield break;
        }

        var host = hostAndPort[..colon].Trim('[', ']');
        if (host == "localhost")
        {
            yield return new IPEndPoint(IPAddress.Loopback, port);
        }
        else
        {
            yield return new IPEndPoint(IPAddress.TryParse(host, out var address) ? address : IPAddress.Any, port);
        }
    }
}
