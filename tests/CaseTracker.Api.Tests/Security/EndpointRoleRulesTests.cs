using CaseTracker.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CaseTracker.Api.Tests.Security;

/// <summary>The role rules for endpoints that do not exist yet (merges, key management) and for declared roles.</summary>
public sealed class EndpointRoleRulesTests
{
    [Theory]
    [InlineData("GET", "/api/cases", "viewer")]
    [InlineData("GET", "/api/cases/{id}/events", "viewer")]
    [InlineData("POST", "/api/cases", "analyst")]
    [InlineData("POST", "/api/cases/{id}/notes", "analyst")]
    [InlineData("POST", "/api/sources", "analyst")]
    [InlineData("DELETE", "/api/cases/{id}", "analyst")]
    [InlineData("POST", "/api/cases/merge", "admin")]
    [InlineData("POST", "/api/subjects/merge", "admin")]
    [InlineData("POST", "/api/subjects/merge/{id}", "admin")]
    [InlineData("GET", "/api/keys", "admin")]
    [InlineData("POST", "/api/keys/{id}/revoke", "admin")]
    [InlineData("POST", "/api/cases/mergers", "analyst")]
    public void A_route_needs_the_role_its_method_and_pattern_give(string method, string pattern, string role)
    {
        var need = EndpointRoles.For(Request(method, pattern));

        Assert.Equal(role, need?.Role.Name());
    }

    [Fact]
    public void A_declared_role_wins_over_the_default()
    {
        var need = EndpointRoles.For(Request("GET", "/api/audit", new RequiresRoleAttribute(Role.Admin)));

        Assert.Equal(Role.Admin, need?.Role);
        Assert.False(need?.IsRead);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/openapi/{documentName}.json")]
    [InlineData("/scalar/{documentName?}")]
    public void Health_openapi_and_the_reference_page_are_public(string pattern)
    {
        Assert.Null(EndpointRoles.For(Request("GET", pattern)));
    }

    [Fact]
    public void A_request_that_matched_no_endpoint_is_not_public_even_under_a_public_path()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = "/health/../api/cases";

        Assert.Equal(Role.Viewer, EndpointRoles.For(http)?.Role);
    }

    private static HttpContext Request(string method, string pattern, params object[] metadata)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.SetEndpoint(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern));
        return http;
    }
}
