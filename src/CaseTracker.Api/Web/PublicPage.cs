using CaseTracker.Api.Security;
using Microsoft.AspNetCore.Authorization;

namespace CaseTracker.Api.Web;

/// <summary>A page a browser may open without a session: the sign-in page.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicPageAttribute : Attribute;

/// <summary>
/// Lets a browser (a request that asks for HTML, with no Authorization header) open a
/// [PublicPage]. Any other client is held to the API's rules, so a programme calling the
/// sign-in page without a key gets the API's 401 like everywhere else.
/// </summary>
// An ASP.NET authorization handler, not a message handler: Wolverine's discovery (by the name's suffix) must pass it by.
[Wolverine.Attributes.WolverineIgnore]
public sealed class PublicPageHandler : AuthorizationHandler<EndpointRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EndpointRoleRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null
            && http.Request.Headers.Authorization.Count == 0 && WebSession.IsBrowser(http.Request))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
