using CaseTracker.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using static CaseTracker.Api.Web.Rendering.Texts;

namespace CaseTracker.Api.Web.Pages;

/// <summary>An API key, checked as the API checks it, exchanged for the session cookie.</summary>
[PublicPage]
public sealed class SignInModel(ApiKeys keys) : WebPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            Error = T("Give your API key.");
            return Page();
        }
        var found = await keys.FindActiveAsync(key.Trim(), HttpContext.RequestAborted);
        if (found is null)
        {
            Error = T("The key is unknown or revoked.");
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(WebSession.Scheme, WebSession.Principal(found));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/cases");
    }
}
