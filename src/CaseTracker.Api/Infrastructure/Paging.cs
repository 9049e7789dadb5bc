namespace CaseTracker.Api.Infrastructure;

/// <summary>The paging parameters every list takes: page from 1, pageSize up to a cap.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Adds an error per bad parameter to the ones a list endpoint is collecting. The last page is
    /// the one whose first row still has a 32-bit offset: beyond it (page x pageSize overflows) a
    /// list would fail, not just be empty.
    /// </summary>
    public static void Check(int? page, int? pageSize, IDictionary<string, string[]> errors, int maxPageSize = MaxPageSize)
    {
        var lastPage = int.MaxValue / Math.Clamp(pageSize ?? maxPageSize, 1, maxPageSize);
        if (page is < 1 || page > lastPage) errors["page"] = [$"page must be between 1 and {lastPage}."];
        if (pageSize is < 1 || pageSize > maxPageSize) errors["pageSize"] = [$"pageSize must be between 1 and {maxPageSize}."];
    }
}
