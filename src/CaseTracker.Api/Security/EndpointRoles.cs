using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CaseTracker.Api.Security;

/// <summary>Declares the role an endpoint needs when the defaults (GET = viewer, other methods = analyst) do not fit.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequiresRoleAttribute(Role role) : Attribute
{
    public Role Role { get; } = role;
}

/// <summary>What a request needs: a role, and whether it only reads (reads can be opened to everyone).</summary>
public sealed record RequiredRole(Role Role, bool IsRead);

/// <summary>
/// Who may call what, decided per endpoint so that endpoints added later are protected by default:
/// an explicit [RequiresRole], else admin for the admin routes, else viewer for reads and analyst
/// for writes. Only health, the OpenAPI document and the reference page are public.
/// </summary>
public static class EndpointRoles
{
    public const string Policy = "casetracker-roles";

    /// <summary>Route patterns (and everything under them) that change what others see across cases or manage access.</summary>
    public static readonly string[] AdminRoutes = ["/api/cases/merge", "/api/subjects/merge", "/api/keys"];

    private static readonly string[] PublicRoutes = ["/health", "/openapi", "/scalar"];

    /// <summary>The role this request needs, or null when the endpoint is public.</summary>
    public static RequiredRole? For(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        if (!pattern.StartsWith('/')) pattern = "/" + pattern;
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);

        if (endpoint?.Metadata.GetMetadata<RequiresRoleAttribute>() is { } declared) return new RequiredRole(declared.Role, false);
        if (endpoint is not null && PublicRoutes.Any(p => Under(pattern, p))) return null;
        if (AdminRoutes.Any(p => Under(pattern, p))) return new RequiredRole(Role.Admin, false);
        return isRead ? new RequiredRole(Role.Viewer, true) : new RequiredRole(Role.Analyst, false);
    }

    public static bool Under(string pattern, string route) =>
        pattern.StartsWith(route, StringComparison.OrdinalIgnoreCase)
        && (pattern.Length == route.Length || pattern[route.Length] is '/' or '?' or '{');

    public static Role? RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Roles.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}

/// <summary>The one requirement behind every endpoint: the caller's role reaches what <see cref="EndpointRoles"/> says.</summary>
public sealed class EndpointRoleRequirement : IAuthorizationRequirement;

// An ASP.NET authorization handler, not a message handler: Wolverine's discovery (by the name's suffix) must pass it by.
[Wolverine.Attributes.WolverineIgnore]
public sealed class EndpointRoleHandler(IConfiguration configuration) : AuthorizationHandler<EndpointRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EndpointRoleRequirement requirement)
    {
        if (context.Resource is not HttpContext http) return Task.CompletedTask;
        var need = EndpointRoles.For(http);
        if (need is null || EndpointRoles.RoleOf(context.User) >= need.Role) context.Succeed(requirement);
        // Public reading lets anonymous callers read; a caller who sends a bad key still hears about it.
        else if (need.IsRead && configuration.GetValue<bool>("Security:PublicRead") && http.Request.Headers.Authorization.Count == 0)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
