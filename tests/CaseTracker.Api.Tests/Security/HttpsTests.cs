using System.Net;
using CaseTracker.Api.Tests.Support;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseTracker.Api.Tests.Security;

/// <summary>Outside Development and Testing, plain HTTP is redirected to HTTPS and HTTPS answers carry HSTS.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpsTests(ApiFixture fixture)
{
    [Fact]
    public async Task In_production_http_is_redirected_and_https_is_pinned()
    {
        JasperFxEnvironment.AutoStartHost = true;
        await using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("ConnectionStrings:Marten", fixture.ConnectionString);
            host.UseSetting("https_port", "443");
        });

        var plain = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://tracker.example.org") });
        var secure = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tracker.example.org") });
        var redirected = await plain.GetAsync("/health/live");
        var answered = await secure.GetAsync("/health/live");

        Assert.True(redirected.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"{redirected.StatusCode}");
        Assert.Equal("https://tracker.example.org/health/live", redirected.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(",", answered.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task The_test_host_answers_plain_http_without_redirecting()
    {
        var response = await fixture.AnonymousClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
