using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Search;

/// <summary>A search as the caller asked for it, checked: what to look for, where, which filters, which page and order.</summary>
public sealed record SearchQuery(
    string Q, string In, string Sort, int Page, int PageSize,
    string? Platform, string? Status, string? Action, string? Language, DateOnly? From, DateOnly? To)
{
    public const int MaxQueryLength = 500;

    public bool Cases => In is "cases" or "all" && From is null && To is null;
    public bool Sources => In is "sources" or "all" && Status is null;

    public static IResult? TryParse(string? q, string? @in, string? sort, int? page, int? pageSize, string? platform, string? status,
        string? action, string? language, string? from, string? to, out SearchQuery query)
    {
        query = null!;
        var errors = new Dictionary<string, string[]>();
        var text = q?.Trim() ?? "";
        if (text.Length == 0) errors["q"] = ["q is required: the words to look for."];
        else if (text.Length > MaxQueryLength) errors["q"] = [$"q must be at most {MaxQueryLength} characters."];
        else if (text.Any(c => char.IsControl(c))) errors["q"] = ["q must not contain control characters."];
        var where = @in?.Trim().ToLowerInvariant() ?? "all";
        if (where is not ("cases" or "sources" or "all")) errors["in"] = ["in must be cases, sources or all."];
        var order = sort?.Trim().ToLowerInvariant() ?? "relevance";
        if (order is not ("relevance" or "newest")) errors["sort"] = ["sort must be relevance or newest."];
        Paging.Check(page, pageSize, errors);
        if (status is not null && status is not ("open" or "closed")) errors["status"] = ["status must be open or closed."];
        if (action is not null && !Codes.IsKnown<ActionType>(action))
            errors["action"] = [$"'{action}' is not a known action type; use one of: {string.Join(", ", Codes.All<ActionType>())}."];
        var lang = language?.Trim().ToLowerInvariant();
        if (lang is not null && (lang.Length is < 2 or > 3 || !lang.All(char.IsAsciiLetterLower)))
            errors["language"] = ["language must be an ISO 639 code such as fr or en."];
        var fromDay = Day(from, "from", errors);
        var toDay = Day(to, "to", errors);
        if (fromDay > toDay) errors["to"] = ["to must not be before from."];
        // status describes cases only and from/to (publication) sources only: asking both of one kind can never match.
        if (status is not null && where == "sources") errors["status"] = ["status applies to cases; it cannot filter in=sources."];
        if ((from ?? to) is not null && where == "cases") errors["from"] = ["from and to (publication dates) apply to sources; they cannot filter in=cases."];
        if (status is not null && (from ?? to) is not null && where == "all") errors["status"] = ["status (cases) and from/to (sources) cannot be combined."];
        if (errors.Count > 0) return Problems.Validation(errors);

        query = new SearchQuery(text, where, order, page ?? 1, pageSize ?? 20,
            string.IsNullOrWhiteSpace(platform) ? null : PlatformRules.KeyOf(platform), status, action, lang, fromDay, toDay);
        return null;
    }

    private static DateOnly? Day(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var day)) return day;
        errors[field] = [$"{field} must be a day such as 2021-03-12."];
        return null;
    }
}
