using CaseTracker.Api.Features.Claims;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Web.Pages.Claims;

/// <summary>The review queue: pending claims, oldest first, by language, platform and least confidence.</summary>
public sealed class IndexModel(IQuerySession session) : WebPage
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public double? Confidence { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ReviewClaim> Items { get; private set; } = [];
    public long Total { get; private set; }
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var items = await Pending(session, Language, Platform, Confidence).ToPagedListAsync(PageNumber, PageSize, HttpContext.RequestAborted);
        Items = items.ToList();
        Total = items.TotalItemCount;
    }

    /// <summary>Pending claims under these filters in queue order, shared with the claim page's "next claim".</summary>
    public static IQueryable<ReviewClaim> Pending(IQuerySession session, string? language, string? platform, double? confidence)
    {
        var query = session.Query<ReviewClaim>().Where(c => c.Status == "pending");
        if (!string.IsNullOrWhiteSpace(language)) query = query.Where(c => c.Language == language.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(platform)) query = query.Where(c => c.PlatformKey == platform.Trim().ToLowerInvariant());
        if (confidence is { } least) query = query.Where(c => c.Confidence >= least);
        return query.OrderBy(c => c.ExtractedAt).ThenBy(c => c.FirstQuoteStart).ThenBy(c => c.Id);
    }

    public string Filters => QueryString.Create(new Dictionary<string, string?>
    {
        ["language"] = Language, ["platform"] = Platform, ["confidence"] = Confidence?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null)).ToString();
}
