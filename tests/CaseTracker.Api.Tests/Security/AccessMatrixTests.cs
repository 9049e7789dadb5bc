using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// Every endpoint the host maps (found at run time, so endpoints added later are covered) called by
/// every kind of caller: who gets in, who is turned away, and that turned-away callers change nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class AccessMatrixTests(ApiFixture fixture, ITestOutputHelper output)
{
    private sealed record Target(string Method, string Pattern, string Url)
    {
        public bool IsRead => Method is "GET" or "HEAD";
        public override string ToString() => $"{Method} {Url}";
    }

    private enum Caller { Anonymous, GarbageKey, RevokedKey, Viewer, Analyst, Admin }

    [Fact]
    public async Task Each_caller_gets_exactly_the_access_its_role_gives_on_every_endpoint()
    {
        var admin = new ApiClient(fixture.Client());
        var platform = ApiClient.UniquePlatform();
        var (caseId, _) = await admin.OpenCase(platform);
        var actionId = await admin.RecordAction(caseId, "suspended");
        var targets = Targets(caseId, actionId);
        Assert.Contains(targets, t => t.Method == "POST" && t.Pattern == "/api/cases/{id}/notes");
        Assert.Contains(targets, t => t.Method == "GET" && t.Pattern == "/api/cases/{id}/events");

        var revoked = await TestKeys.CreateAsync(fixture.Factory.Services, Role.Admin);
        Assert.NotNull((await fixture.Factory.Services.GetRequiredService<ApiKeys>().RevokeAsync(revoked)).Key);
        var clients = new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = fixture.AnonymousClient(),
            [Caller.GarbageKey] = TestKeys.WithKey(fixture.AnonymousClient(), "ctk_not-a-key-anyone-was-ever-given-0000000"),
            [Caller.RevokedKey] = TestKeys.WithKey(fixture.AnonymousClient(), revoked),
            [Caller.Viewer] = fixture.Client(Role.Viewer),
            [Caller.Analyst] = fixture.Client(Role.Analyst),
            [Caller.Admin] = fixture.Client(Role.Admin),
        };

        var failures = new List<string>();
        var tried = 0;
        foreach (var caller in new[] { Caller.Anonymous, Caller.GarbageKey, Caller.RevokedKey, Caller.Viewer, Caller.Analyst, Caller.Admin })
        {
            var eventsBefore = await EventCounts.TotalAsync(fixture.ConnectionString);
            foreach (var target in targets)
            {
                tried++;
                var response = await Send(clients[caller], target);
                var body = await response.Content.ReadAsStringAsync();
                var expected = Expected(caller, target);
                var status = (int)response.StatusCode;
                var ok = expected switch
                {
                    401 => status == 401 && IsProblem(response, body, "/problems/unauthenticated")
                           && response.Headers.WwwAuthenticate.ToString().StartsWith("Bearer", StringComparison.Ordinal)
                           && !body.Contains(platform, StringComparison.Ordinal),
                    403 => status == 403 && IsProblem(response, body, "/problems/forbidden") && !body.Contains(platform, StringComparison.Ordinal),
                    _ => status is not (401 or 403) && status < 500,
                };
                if (!ok) failures.Add($"{caller,-10} {target}: expected {(expected == 0 ? "access" : expected)}, got {status} {body[..Math.Min(body.Length, 200)]}");
            }
            if (caller is not (Caller.Analyst or Caller.Admin) && await EventCounts.TotalAsync(fixture.ConnectionString) != eventsBefore)
                failures.Add($"{caller} wrote events:\n{await EventCounts.LatestAsync(fixture.ConnectionString)}");
        }
        output.WriteLine($"{tried} calls: {targets.Count} endpoints x 6 callers");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_refused_key_is_told_why_in_the_challenge()
    {
        var anonymous = await fixture.AnonymousClient().GetAsync("/api/cases");
        var garbage = await TestKeys.WithKey(fixture.AnonymousClient(), "ctk_wrong-wrong-wrong-wrong-wrong-wrong-0000").GetAsync("/api/cases");
        var notBearer = fixture.AnonymousClient();
        notBearer.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic YWxpY2U6c2VjcmV0");

        Assert.Equal("Bearer realm=\"casetracker\"", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Contains("error=\"invalid_token\"", garbage.Headers.WwwAuthenticate.ToString());
        var problem = await ApiClient.Problem(await notBearer.GetAsync("/api/cases"), HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_viewer_is_told_which_role_a_write_needs()
    {
        var viewer = new ApiClient(fixture.Client(Role.Viewer));

        var problem = await ApiClient.Problem(await viewer.Post("/api/cases", new { platform = "Zoom" }), HttpStatusCode.Forbidden);

        Assert.Equal("/problems/forbidden", problem.GetProperty("type").GetString());
        Assert.Equal("analyst", problem.GetProperty("requiredRole").GetString());
    }

    [Fact]
    public async Task Health_the_openapi_document_and_the_reference_page_stay_public()
    {
        var anonymous = fixture.AnonymousClient();
        foreach (var url in new[] { "/health/live", "/health/ready", "/openapi/v1.json", "/scalar" })
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_does_not_tell_an_anonymous_caller_what_exists()
    {
        await ApiClient.Problem(await fixture.AnonymousClient().GetAsync("/api/nothing-here"), HttpStatusCode.Unauthorized);
    }

    private static int Expected(Caller caller, Target target)
    {
        if (caller is Caller.Anonymous or Caller.GarbageKey or Caller.RevokedKey) return 401;
        var need = EndpointRoles.AdminRoutes.Any(r => EndpointRoles.Under(target.Pattern, r)) ? Role.Admin : target.IsRead ? Role.Viewer : Role.Analyst;
        var have = caller switch { Caller.Viewer => Role.Viewer, Caller.Analyst => Role.Analyst, _ => Role.Admin };
        return have >= need ? 0 : 403;
    }

    private List<Target> Targets(Guid caseId, Guid actionId)
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var targets = new List<Target>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (new[] { "/health", "/openapi", "/scalar" }.Any(p => EndpointRoles.Under(pattern, p))) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var url = RouteParameter().Replace(pattern, m => m.Groups[1].Value switch
            {
                "id" or "caseId" => caseId.ToString(),
                "actionId" => actionId.ToString(),
                _ => Guid.NewGuid().ToString(),
            });
            targets.AddRange(methods.Select(method => new Target(method, pattern, url)));
        }
        return targets.DistinctBy(t => (t.Method, t.Url)).OrderBy(t => t.Url).ThenBy(t => t.Method).ToList();
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, Target target)
    {
        var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url);
        // An empty object: enough to pass authorization and be refused by validation, never a real change.
        if (!target.IsRead) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }

    private static bool IsProblem(HttpResponseMessage response, string body, string type) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json" && body.Contains($"\"type\":\"{type}\"", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex RouteParameter();
}
