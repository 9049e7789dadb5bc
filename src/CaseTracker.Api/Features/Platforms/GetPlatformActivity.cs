using System.Globalization;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.ReadModels;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Platforms;

public static class GetPlatformActivityEndpoints
{

    /// <summary>
    /// What one platform (any spelling's case) did per month, newest month first, optionally between
    /// from and to (YYYY-MM, inclusive). Months with no action and no reason are not listed.
    /// Filled by the async daemon: a write shows up here shortly after it is accepted.
    /// </summary>
    [WolverineGet("/api/platforms/{platform}/activity", Name = "GetPlatformActivity")]
    public static async Task<IResult> ForPlatform(string platform, string? from, string? to, int? page, int? pageSize, IQuerySession session, HttpContext http)
    {
        var errors = PagingErrors(page, pageSize);
        var first = Month(from, "from", errors);
        var last = Month(to, "to", errors);
        if (first > last) errors["to"] = ["to must not be before from."];
        if (errors.Count > 0) return Problems.Validation(errors);

        var key = PlatformActivity.KeyOf(platform);
        var results = await session.Query<PlatformActivity>()
            .Where(d => d.PlatformKey == key && d.MonthNumber >= first && d.MonthNumber <= last)
            .OrderByDescending(d => d.MonthNumber)
            .ToPagedListAsync(page ?? 1, pageSize ?? 12, http.RequestAborted);
        var items = results.Select(PlatformActivityMonth.From).ToList();
        return Results.Json(new PlatformActivityPage(items.FirstOrDefault()?.Platform ?? platform.Trim(), items,
            (int)results.PageNumber, (int)results.PageSize, results.TotalItemCount), Json.Options);
    }

    /// <summary>Every platform's activity in one month (YYYY-MM), the most active first.</summary>
    [WolverineGet("/api/platforms/activity", Name = "GetActivityByMonth")]
    public static async Task<IResult> ForMonth(string? month, int? page, int? pageSize, IQuerySession session, HttpContext http)
    {
        var errors = PagingErrors(page, pageSize);
        if (string.IsNullOrWhiteSpace(month)) errors["month"] = ["month is required, as YYYY-MM."];
        var number = Month(month, "month", errors);
        if (errors.Count > 0) return Problems.Validation(errors);

        var results = await session.Query<PlatformActivity>()
            .Where(d => d.MonthNumber == number)
            .OrderByDescending(d => d.ActionCount).ThenBy(d => d.PlatformKey)
            .ToPagedListAsync(page ?? 1, pageSize ?? 20, http.RequestAborted);
        return Results.Json(new MonthActivityPage(month!.Trim(), results.Select(PlatformActivityMonth.From).ToList(),
            (int)results.PageNumber, (int)results.PageSize, results.TotalItemCount), Json.Options);
    }

    private static Dictionary<string, string[]> PagingErrors(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(page, pageSize, errors);
        return errors;
    }

    /// <summary>yyyyMM of a YYYY-MM text; no text means no bound (the widest one).</summary>
    private static int Month(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return field == "to" ? int.MaxValue : 0;
        if (DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.Year * 100 + day.Month;
        errors[field] = [$"'{text}' is not a month; write it as YYYY-MM."];
        return 0;
    }
}
