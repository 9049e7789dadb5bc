using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.ReadModels;
using CaseTracker.Api.Web.Rendering;
using CaseTracker.Domain.History;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Sources;

/// <summary>A stored article with every claim's quotes marked, the quote the reader came for marked apart, and the cases citing it.</summary>
public sealed class SourceModel(IQuerySession session) : WebPage
{
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Quote { get; set; }

    public SourceDocument Source { get; private set; } = null!;
    public IReadOnlyList<ReviewClaim> Claims { get; private set; } = [];
    public IReadOnlyList<TextRun> Runs { get; private set; } = [];
    public IReadOnlyList<CaseHistory> CitedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await session.LoadAsync<SourceDocument>(id, ct) is not { } source) return NotFound();
        Source = source;
        Claims = (await session.Query<ReviewClaim>().Where(c => c.SourceId == id).ToListAsync(ct)).OrderBy(c => c.FirstQuoteStart).ToList();
        var spans = Claims.SelectMany(c => c.Quotes.Select(q => (q.Start, q.End)).Concat(c.Reasons.Select(r => (r.Quote.Start, r.Quote.End))));
        Runs = Highlights.Split(source.Text, spans, Highlights.Target(source.Text, From, To, Quote));
        var index = await session.LoadAsync<SourceIndex>(id, ct);
        var caseIds = index?.Citations.Select(c => c.CaseId).Distinct().ToList() ?? [];
        CitedBy = caseIds.Count == 0 ? [] : await session.LoadManyAsync<CaseHistory>(ct, caseIds);
        return Page();
    }
}
