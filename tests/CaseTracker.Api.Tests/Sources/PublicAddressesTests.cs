using System.Net;
using CaseTracker.Api.Features.Sources;

namespace CaseTracker.Api.Tests.Sources;

/// <summary>The address check the fetcher runs on every address it would connect to (so also after a DNS answer changes).</summary>
public sealed class PublicAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.5.6.7")]
    [InlineData("::1")]
    [InlineData("10.20.30.40")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("100.100.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:a00:1::")]
    public void Internal_addresses_are_refused(string address) =>
        Assert.NotNull(PublicAddresses.RefusalOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.Null(PublicAddresses.RefusalOf(IPAddress.Parse(address)));

    [Fact]
    public void Allowing_loopback_for_tests_allows_loopback_and_nothing_else()
    {
        Assert.Null(PublicAddresses.RefusalOf(IPAddress.Loopback, allowLoopback: true));
        Assert.NotNull(PublicAddresses.RefusalOf(IPAddress.Parse("10.0.0.1"), allowLoopback: true));
        Assert.NotNull(PublicAddresses.RefusalOf(IPAddress.Parse("169.254.169.254"), allowLoopback: true));
    }
}
