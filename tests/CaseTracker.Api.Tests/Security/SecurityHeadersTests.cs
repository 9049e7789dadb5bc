using System.Text.RegularExpressions;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/api/cases", true)]
    [InlineData("/api/cases/00000000-0000-0000-0000-000000000001", true)]
    [InlineData("/api/cases", false)]
    [InlineData("/health/ready", false)]
    public async Task Every_answer_forbids_sniffing_framing_and_referrers(string url, bool withKey)
    {
        var client = withKey ? fixture.Client() : fixture.AnonymousClient();

        var response = await client.GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Fact]
    public async Task The_reference_page_gets_a_policy_that_lets_its_own_scripts_run()
    {
        var response = await fixture.AnonymousClient().GetAsync("/scalar");
        var html = await response.Content.ReadAsStringAsync();

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        // Every script the page loads comes from a source the policy allows.
        foreach (Match script in Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\""))
        {
            var src = script.Groups[1].Value;
            Assert.True(!src.Contains("://") || policy.Contains(new Uri(src).GetLeftPart(UriPartial.Authority)), $"{src} is blocked by {policy}");
        }
    }

    [Fact]
    public async Task A_well_formed_correlation_id_is_echoed_and_anything_else_replaced()
    {
        var given = await Send("case-42.retry_1");
        var hostile = await Send("bad id\twith spaces <script>");
        var tooLong = await Send(new string('a', 65));
        var none = await Send(null);

        Assert.Equal("case-42.retry_1", Header(given, "X-Correlation-Id"));
        foreach (var replaced in new[] { hostile, tooLong, none })
            Assert.Matches("^[0-9a-f]{32}$", Header(replaced, "X-Correlation-Id"));
    }

    private async Task<HttpResponseMessage> Send(string? correlationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        if (correlationId is not null) request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        return await fixture.Client().SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
