using Microsoft.AspNetCore.Authentication;
using CaseTracker.Api.Security;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages;

/// <summary>Any signed-in reader may end their session (a write, but not one on cases).</summary>
[RequiresRole(Security.Role.Viewer)]
public sealed class SignOutModel : WebPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebSession.Scheme);
        return Redirect("/signin");
    }
}
