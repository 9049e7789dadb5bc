using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Cases;

/// <summary>
/// The filters the case list, its export and the web list share: platform (the catalogue's key),
/// subject (part of the name), status (merged cases only when asked for) and action type.
/// </summary>
public sealed record CaseListFilter(string? Platform, string? Subject, string? Status, string? Action)
{
    /// <summary>Adds an error per filter value the list cannot use.</summary>
    public void Check(IDictionary<string, string[]> errors)
    {
        if (Status is not null && Status is not ("open" or "closed" or "merged")) errors["status"] = ["status must be open, closed or merged."];
        if (Action is not null && !Codes.IsKnown<ActionType>(Action)) errors["action"] = [$"'{Action}' is not a known action type; use one of: {string.Join(", ", Codes.All<ActionType>())}."];
    }

    public IQueryable<CaseHistory> Apply(IQueryable<CaseHistory> query)
    {
        if (!string.IsNullOrWhiteSpace(Platform) && PlatformRules.KeyOf(Platform) is var platformKey) query = query.Where(c => c.PlatformKey == platformKey);
        if (!string.IsNullOrWhiteSpace(Subject) && SubjectKey.Of(Subject) is var subjectKey) query = query.Where(c => c.SubjectKey.Contains(subjectKey));
        // Merged cases live on in their survivors: listed only when asked for.
        var status = Status;
        query = status is null ? query.Where(c => c.Status != "merged") : query.Where(c => c.Status == status);
        var action = Action;
        if (action is not null) query = query.Where(c => c.ActionTypes.Contains(action));
        return query;
    }

    /// <summary>The list's order, newest change first, the id breaking ties (the order the keyset index holds).</summary>
    public static IQueryable<CaseHistory> Newest(IQueryable<CaseHistory> query) =>
        query.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id);
}
