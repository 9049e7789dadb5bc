using System.Net;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CaseTracker.Api.Tests.Outages;

/// <summary>Readiness counts the async projections' lag: a node whose projections stand still is not ready once they fall behind.</summary>
public sealed class ProjectionLagTests(ProjectionLagTests.StalledFixture fixture) : IClassFixture<ProjectionLagTests.StalledFixture>
{
    [Fact]
    public async Task Readiness_fails_when_the_async_projections_fall_behind_the_allowed_lag()
    {
        var api = new ApiClient(fixture.Client());
        Assert.Equal(HttpStatusCode.OK, (await fixture.AnonymousClient().GetAsync("/health/ready")).StatusCode);

        for (var i = 0; i < StalledFixture.MaxLag + 1; i++) await api.OpenCase(ApiClient.UniquePlatform());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await fixture.AnonymousClient().GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.AnonymousClient().GetAsync("/health/live")).StatusCode);
    }

    /// <summary>A node whose async daemon does not run, with a lag allowance of a few events.</summary>
    public sealed class StalledFixture : ApiFixture
    {
        public const int MaxLag = 3;

        protected override void Configure(IWebHostBuilder host)
        {
            host.UseSetting("Marten:DaemonMode", "Disabled");
            host.UseSetting("Health:MaxProjectionLagEvents", MaxLag.ToString());
        }
    }
}
