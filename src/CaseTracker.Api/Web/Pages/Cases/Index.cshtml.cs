using System.Text.Json;
using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Features.Search;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Cases;

/// <summary>The case list: filters as the API's list has them, and the search box over the API's full-text search.</summary>
public sealed class IndexModel(IQuerySession session) : WebPage
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CaseHistory> Items { get; private set; } = [];
    public long Total { get; private set; }
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
    public string? SearchError { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        PageNumber = Math.Max(1, PageNumber);
        if (Status is not ("open" or "closed" or "merged")) Status = null;
        if (!Codes.IsKnown<ActionType>(Action)) Action = null;
        Platform = string.IsNullOrWhiteSpace(Platform) ? null : Platform.Trim();
        Subject = string.IsNullOrWhiteSpace(Subject) ? null : Subject.Trim();

        IQueryable<CaseHistory> query = session.Query<CaseHistory>();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var ids = await SearchAsync(ct);
            if (ids is null) return;
            query = query.Where(c => ids.Contains(c.Id));
        }
        // The API list's filters and order; the page keeps numbered pages and its total for the pager it shows.
        query = CaseListFilter.Newest(new CaseListFilter(Platform, Subject, Status, Action).Apply(query));
        var page = await query.ToPagedListAsync(PageNumber, PageSize, ct);
        Items = page.ToList();
        Total = page.TotalItemCount;
    }

    private sealed record Hit(Guid Id);

    private sealed record Found(long Total, List<Hit> Items);

    /// <summary>The ids of the cases the API's search finds for the box's words (its first 100), or null with the reason it refused them.</summary>
    private async Task<List<Guid>?> SearchAsync(CancellationToken ct)
    {
        if (SearchQuery.TryParse(Q, "cases", null, 1, Paging.MaxPageSize, null, null, null, null, null, null, out var search) is not null)
        {
            SearchError = Rendering.Texts.T("No case matches.");
            return null;
        }
        await session.Database.EnsureStorageExistsAsync(typeof(CaseHistory), ct);
        var sql = new SearchStatement(session, search).Build();
        var json = (await session.AdvancedSql.QueryAsync<string>('^', sql.Text, ct, sql.Arguments)).Single();
        return JsonSerializer.Deserialize<Found>(json, Json.Options)!.Items.Select(h => h.Id).ToList();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["platform"] = Platform, ["subject"] = Subject, ["status"] = Status, ["action"] = Action, ["q"] = Q, ["page"] = page.ToString(),
    }.Where(kv => kv.Value is not null)).ToString();
}
