using CaseTracker.Api.ReadModels;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Platforms;

/// <summary>One platform's month as the API shows it: totals and counts by action type and reason category (codes in order).</summary>
public sealed record PlatformActivityMonth(
    string Platform, string Month, int Actions, IReadOnlyDictionary<string, int> ActionsByType,
    int Reasons, IReadOnlyDictionary<string, int> ReasonsByCategory, int Cases)
{
    public static PlatformActivityMonth From(PlatformActivity d) => new(
        d.Platform, d.Month,
        d.Actions.Count, Count(d.Actions.Values.Select(a => a.Type.ToCode())),
        d.Reasons.Count, Count(d.Reasons.Values.Select(r => r.Category.ToCode())),
        d.Actions.Values.Select(a => a.CaseId).Concat(d.Reasons.Values.Select(r => r.CaseId)).Distinct().Count());

    private static SortedDictionary<string, int> Count(IEnumerable<string> codes) =>
        new(codes.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}

public sealed record PlatformActivityPage(string Platform, IReadOnlyList<PlatformActivityMonth> Items, int Page, int PageSize, long Total);

public sealed record MonthActivityPage(string Month, IReadOnlyList<PlatformActivityMonth> Items, int Page, int PageSize, long Total);
