using CaseTracker.Api.ReadModels;
using CaseTracker.Api.Web.Rendering;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Platforms;

/// <summary>One of the platform's cases as the page lists it.</summary>
public sealed record PlatformCase(Guid Id, string Subject, string SubjectStatus);

/// <summary>
/// A platform's actions month by month, from the PlatformActivity read model the API's activity
/// endpoint answers from (filled by the async daemon, so a write shows up shortly after), and its
/// most recently changed cases.
/// </summary>
public sealed class PlatformModel(IQuerySession session) : WebPage
{
    /// <summary>How many cases the page lists; the case list filtered by platform has them all.</summary>
    public const int CaseLimit = 50;

    public string Platform { get; private set; } = "";
    public string Key { get; private set; } = "";
    public IReadOnlyList<PlatformCase> Cases { get; private set; } = [];
    public int CaseCount { get; private set; }
    public MonthlyChart Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string platform)
    {
        var ct = HttpContext.RequestAborted;
        Key = PlatformActivity.KeyOf(platform);
        var cases = session.Query<Domain.History.CaseHistory>().Where(c => c.PlatformKey == Key && c.Status != "merged");
        CaseCount = await cases.CountAsync(ct);
        if (CaseCount == 0) return NotFound();
        Cases = await cases.OrderByDescending(c => c.UpdatedAt).Take(CaseLimit)
            .Select(c => new PlatformCase(c.Id, c.Subject.Name, c.SubjectStatus)).ToListAsync(ct);
        Platform = await cases.Select(c => c.Platform).FirstAsync(ct);
        Chart = MonthlyChart.Build(await session.Query<PlatformActivity>().Where(m => m.PlatformKey == Key).ToListAsync(ct));
        return Page();
    }
}
