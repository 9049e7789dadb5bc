using System.Net;
using System.Net.Sockets;

namespace CaseTracker.Api.Features.Sources;

/// <summary>
/// Which addresses the server may fetch pages from: public unicast only. Loopback, private
/// (RFC 1918, shared 100.64/10, IPv6 unique local), link-local (169.254/16 with the cloud
/// metadata address, fe80::/10), multicast, unspecified, broadcast and reserved ranges are
/// refused, also when written inside an IPv6 address (::ffff:10.0.0.1, 64:ff9b::a00:1).
/// </summary>
public static class PublicAddresses
{
    /// <summary>Why an address may not be fetched from, or null when it may.</summary>
    public static string? RefusalOf(IPAddress address, bool allowLoopback = false)
    {
        if (Embedded(address) is { } inner) address = inner;
        if (IPAddress.IsLoopback(address)) return allowLoopback ? null : "a loopback address";
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => OfV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => OfV6(address),
            _ => "not an internet address",
        };
    }

    private static string? OfV4(byte[] b) => b switch
    {
        [0, ..] => "an unspecified address (0.0.0.0/8)",
        [10, ..] => "a private address (10.0.0.0/8)",
        [100, >= 64 and < 128, ..] => "a shared private address (100.64.0.0/10)",
        [169, 254, ..] => "a link-local address (169.254.0.0/16, where cloud metadata services answer)",
        [172, >= 16 and < 32, ..] => "a private address (172.16.0.0/12)",
        [192, 0, 0, _] => "a reserved address (192.0.0.0/24)",
        [192, 168, ..] => "a private address (192.168.0.0/16)",
        [198, 18 or 19, ..] => "a reserved address (198.18.0.0/15)",
        [>= 224 and < 240, ..] => "a multicast address",
        [>= 240, ..] => "a reserved or broadcast address",
        _ => null,
    };

    private static string? OfV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return "an unspecified address (::)";
        if (address.IsIPv6Multicast || b[0] == 0xff) return "a multicast address";
        if (address.IsIPv6LinkLocal || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)) return "a link-local address (fe80::/10)";
        if (address.IsIPv6SiteLocal || (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)) return "a site-local address (fec0::/10)";
        if ((b[0] & 0xfe) == 0xfc) return "a unique local (private) address (fc00::/7)";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return "a documentation address (2001:db8::/32)";
        return null;
    }

    /// <summary>An IPv4 address carried in an IPv6 one (mapped, compatible, NAT64, 6to4), which the network may reach as IPv4.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return null;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var b = address.GetAddressBytes();
        bool Zero(int from, int to) => b[from..to].All(x => x == 0);
        if (Zero(0, 12) && !Zero(12, 16) && !(Zero(12, 15) && b[15] == 1)) return new IPAddress(b[12..16]); // ::a.b.c.d
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && Zero(4, 12)) return new IPAddress(b[12..16]); // 64:ff9b::/96
        if (b[0] == 0x20 && b[1] == 0x02) return new IPAddress(b[2..6]); // 2002::/16
        return null;
    }
}
