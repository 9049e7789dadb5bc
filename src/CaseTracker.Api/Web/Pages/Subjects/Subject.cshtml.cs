using CaseTracker.Api.ReadModels;
using CaseTracker.Domain.History;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Subjects;

/// <summary>A subject across platforms: its cases (names merged into it included) and one timeline of all their actions.</summary>
public sealed class SubjectModel(IQuerySession session) : WebPage
{
    public SubjectHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return NotFound();
        var (canonical, cases) = await CaseHistories.OfSubjectAsync(session, name, null, HttpContext.RequestAborted);
        if (cases.Count == 0) return NotFound();
        History = SubjectHistory.Build(canonical, cases, 1, 500);
        return Page();
    }
}
