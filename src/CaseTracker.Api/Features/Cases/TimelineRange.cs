using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Cases;

/// <summary>
/// A filter on when actions happened. An action is kept when the days it could mean overlap the
/// range; undated actions and year-less dates cannot be placed, so they are left out.
/// </summary>
public sealed record TimelineRange(DateOnly? From, DateOnly? To)
{
    public static TimelineRange? TryRead(string? from, string? to, out IResult? problem)
    {
        problem = null;
        if (from is null && to is null) return null;
        var errors = new Dictionary<string, string[]>();
        var start = Read(from, "occurredFrom", errors)?.Earliest;
        var end = Read(to, "occurredTo", errors)?.Latest;
        if (errors.Count > 0)
        {
            problem = Problems.Validation(errors);
            return null;
        }
        return new TimelineRange(start, end);
    }

    private static PartialDate? Read(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null) return null;
        var date = PartialDate.TryParse(text, out var error);
        if (date?.Year is null) errors[field] = [$"'{text}' is not a date with a year: {error ?? "the year is missing"}. Use YYYY, YYYY-MM or YYYY-MM-DD."];
        return date;
    }

    public void Apply(CaseHistory history) =>
        history.Timeline = history.Timeline.Where(t => t.OccurredOn?.Earliest is { } earliest
            && (To is null || earliest <= To) && (From is null || t.OccurredOn.Latest >= From)).ToList();
}
