using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// A second host, on a database of its own, with the settings the default host keeps off: public
/// reading, a CORS origin, a tight per-key rate limit and a fixed demo admin key.
/// </summary>
public sealed class TunedApiFixture : ApiFixture
{
    public const string AllowedOrigin = "https://tracker.example.org";
    public const string DemoAdminKey = "ctk_demo-key-for-tests-0123456789abcdefghij";
    public const int PermitPerMinute = 5;

    protected override void Configure(IWebHostBuilder host)
    {
        host.UseSetting("Security:PublicRead", "true");
        host.UseSetting("Security:DemoAdminKey", DemoAdminKey);
        host.UseSetting("Cors:Origins", AllowedOrigin);
        host.UseSetting("RateLimits:PermitPerMinute", PermitPerMinute.ToString());
    }
}

[CollectionDefinition(Name)]
public sealed class TunedApiCollection : ICollectionFixture<TunedApiFixture>
{
    public const string Name = "tuned api";
}
