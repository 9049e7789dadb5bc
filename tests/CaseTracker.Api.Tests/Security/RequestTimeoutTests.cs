using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;

namespace CaseTracker.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class RequestTimeoutTests(ApiFixture fixture)
{
    [Fact]
    public async Task Every_request_has_a_deadline_that_answers_504_problem_details()
    {
        var policy = fixture.Factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.DefaultPolicy;

        // The deadline is the configured one (the test host sets its own; the default is 30 s).
        var configured = fixture.Factory.Services.GetRequiredService<IConfiguration>().GetValue<int>("RequestTimeouts:Seconds");
        Assert.Equal(180, configured);
        Assert.Equal(TimeSpan.FromSeconds(configured), policy?.Timeout);
        Assert.Equal(StatusCodes.Status504GatewayTimeout, policy?.TimeoutStatusCode);

        var http = new DefaultHttpContext { RequestServices = fixture.Factory.Services };
        http.Response.Body = new MemoryStream();
        await policy!.WriteTimeoutResponse!(http);
        http.Response.Body.Position = 0;
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Contains("/problems/timeout", await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
