using CaseTracker.Api.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Web.Pages;

/// <summary>What every page knows about its reader: the role, and so which forms it may show.</summary>
public abstract class WebPage : PageModel
{
    public Role? Role => EndpointRoles.RoleOf(User);
    public string RoleName => Role?.Name() ?? "";
    public bool CanWrite => Role >= Security.Role.Analyst;
    public bool IsAdmin => Role >= Security.Role.Admin;
    public DateOnly Today => DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
