namespace CaseTracker.Api.Web.Pages;

/// <summary>The entry page: where to go. (Not a redirect: a redirected API client would lose its key header.)</summary>
public sealed class IndexModel : WebPage
{
    public void OnGet()
    {
    }
}
