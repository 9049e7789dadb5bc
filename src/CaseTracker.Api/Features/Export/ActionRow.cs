using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Export;

/// <summary>
/// One platform action as a flat row, the same in CSV and JSON: who, what, when (with its precision),
/// where, how well sourced, why, and whether it is disputed or withdrawn.
/// </summary>
public sealed record ActionRow(
    Guid CaseId,
    string Platform,
    string Subject,
    string SubjectKind,
    string? SubjectHandle,
    Guid ActionId,
    string Action,
    string? OccurredOn,
    string? OccurredOnPrecision,
    bool YearInferred,
    bool Approximate,
    string? Scope,
    DateTimeOffset FirstReportedAt,
    int SourceCount,
    int IndependentSourceCount,
    string Sources,
    string SourceUrls,
    string? FirstQuote,
    string Reasons,
    bool Disputed,
    bool Contradicted,
    bool Withdrawn,
    string Flags)
{
    /// <summary>Separates several values in one cell; chosen because it rarely occurs in outlet names or reason texts.</summary>
    public const string Separator = " | ";

    public static IEnumerable<ActionRow> From(CaseHistory history) => history.Timeline.Select(t => From(history, t));

    public static ActionRow From(CaseHistory history, TimelineEntry t) => new(
        history.Id,
        history.Platform,
        history.Subject.Name,
        history.Subject.Kind.ToCode(),
        history.Subject.Handle,
        t.ActionId,
        t.Type.ToCode(),
        t.OccurredOn?.Value,
        t.OccurredOn?.Precision.ToCode(),
        t.OccurredOn?.YearInferred ?? false,
        t.OccurredOn?.Approximate ?? false,
        t.Scope,
        t.FirstReportedAt,
        t.SourceCount,
        t.IndependentSourceCount,
        string.Join(Separator, t.Sources.Select(s => s.Source.Outlet)),
        // URLs cannot contain spaces, so a space is enough between them.
        string.Join(' ', t.Sources.Select(s => s.Source.Url).Where(u => !string.IsNullOrEmpty(u))),
        t.Sources.Select(s => s.Quote).FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)),
        string.Join(Separator, t.Reasons.Select(r => $"{r.StatedBy.ToCode()}:{r.Category.ToCode()}:{r.Text}")),
        t.Disputed,
        t.Contradicted,
        t.Withdrawn is not null,
        string.Join(' ', t.Flags));
}
