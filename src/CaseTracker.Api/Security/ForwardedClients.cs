using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaseTracker.Api.Security;

/// <summary>
/// Behind the project's proxy (deploy/nodes.sh, compose) every request reaches a node from the
/// proxy's address, so callers without a key shared one rate-limit window and the logs named the
/// proxy. The client's address and scheme are taken from X-Forwarded-For/-Proto, but only when the
/// request comes from a trusted proxy: Proxy:Trusted (addresses) and Proxy:TrustedNetworks (CIDR),
/// loopback by default, since nodes.sh runs the proxy on the same machine. Anyone else's headers
/// are ignored, so a client cannot pick its own address.
/// </summary>
public static class ForwardedClients
{
    public static IServiceCollection AddForwardedClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: the last address it appended is the client as the proxy saw it.
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in configuration.GetSection("Proxy:Trusted").Get<string[]>() ?? ["127.0.0.1", "::1"])
                options.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in configuration.GetSection("Proxy:TrustedNetworks").Get<string[]>() ?? [])
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }
}
