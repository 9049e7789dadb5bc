using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security;

/// <summary>Browsers on other sites may call the API only when Cors:Origins names them.</summary>
public sealed class CorsTests
{
    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/cases");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    [Collection(ApiCollection.Name)]
    public sealed class ByDefault(ApiFixture fixture)
    {
        [Fact]
        public async Task No_origin_is_allowed()
        {
            var preflight = await fixture.AnonymousClient().SendAsync(Preflight("https://tracker.example.org"));
            var read = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
            read.Headers.Add("Origin", "https://tracker.example.org");
            var answer = await fixture.Client().SendAsync(read);

            Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
            Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Collection(TunedApiCollection.Name)]
    public sealed class WhenConfigured(TunedApiFixture fixture)
    {
        [Fact]
        public async Task The_configured_origin_is_allowed_and_others_are_not()
        {
            var allowed = await fixture.AnonymousClient().SendAsync(Preflight(TunedApiFixture.AllowedOrigin));
            var other = await fixture.AnonymousClient().SendAsync(Preflight("https://evil.example.com"));

            Assert.Equal(TunedApiFixture.AllowedOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("authorization", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
            Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }
}
