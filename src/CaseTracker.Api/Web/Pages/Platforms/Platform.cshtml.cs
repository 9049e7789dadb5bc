using CaseTracker.Api.Projections;
using CaseTracker.Api.Web.Rendering;
using CaseTracker.Domain.History;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Platforms;

/// <summary>
/// A platform's cases and its actions month by month. Read from the case histories rather than
/// the PlatformActivity view, which counts undated actions in the month they were recorded.
/// </summary>
public sealed class PlatformModel(IQuerySession session) : WebPage
{
    public string Platform { get; private set; } = "";
    public IReadOnlyList<CaseHistory> Cases { get; private set; } = [];
    public MonthlyChart Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string platform)
    {
        var key = PlatformActivity.KeyOf(platform);
        Cases = await session.Query<CaseHistory>().Where(c => c.PlatformKey == key && c.Status != "merged")
            .OrderByDescending(c => c.UpdatedAt).ToListAsync(HttpContext.RequestAborted);
        if (Cases.Count == 0) return NotFound();
        Platform = Cases[0].Platform;
        Chart = MonthlyChart.Build(Cases);
        return Page();
    }
}
