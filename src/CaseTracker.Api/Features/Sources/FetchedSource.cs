using FluentValidation;

namespace CaseTracker.Api.Features.Sources;

/// <summary>An article given only by its URL: the server fetches the page, then it is ingested like a pasted one.</summary>
public static class FetchedSource
{
    /// <summary>Neither text nor html: the page is to be fetched from the URL.</summary>
    public static bool FetchesPage(this SourceRequest request) => request.Text is null && request.Html is null && request.Url is not null;

    /// <summary>The request with the fetched page in it (HTML reduced to text later, as pasted HTML is), or why it could not be had.</summary>
    public static async Task<(SourceRequest? Request, FetchRefusal? Refusal)> CompleteAsync(
        SourceRequest request, PageFetcher fetcher, IValidator<SourceRequest> validator, CancellationToken ct)
    {
        var (page, refusal) = await fetcher.FetchAsync(request.Url!, ct);
        if (page is null) return (null, refusal);
        var filled = request with
        {
            Outlet = request.Outlet ?? OutletOf(page.Url),
            Html = page.IsHtml ? page.Body : null,
            Text = page.IsHtml ? null : page.Body,
        };
        var result = await validator.ValidateAsync(filled, ct);
        return result.IsValid
            ? (filled, null)
            : (null, new FetchRefusal(StatusCodes.Status422UnprocessableEntity, "fetched_page_unreadable", "The fetched page cannot be ingested.",
                $"{page.Url}: {string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct())}"));
    }

    /// <summary>With no outlet given, the site's host name stands for it (www. dropped).</summary>
    private static string OutletOf(Uri url) => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
}
