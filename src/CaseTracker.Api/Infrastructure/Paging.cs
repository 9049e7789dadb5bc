namespace CaseTracker.Api.Infrastructure;

/// <summary>The paging parameters every list takes: page from 1, pageSize up to a cap.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>Adds an error per bad parameter to the ones a list endpoint is collecting.</summary>
    public static void Check(int? page, int? pageSize, IDictionary<string, string[]> errors, int maxPageSize = MaxPageSize)
    {
        if (page is < 1) errors["page"] = ["page starts at 1."];
        if (pageSize is < 1 || pageSize > maxPageSize) errors["pageSize"] = [$"pageSize must be between 1 and {maxPageSize}."];
    }
}
