using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.History;

/// <summary>
/// Finds where the sources of an action disagree and keeps every reading: another date, a
/// denial, another kind of dispute, or one party giving reasons of different categories.
/// </summary>
public static class Contradictions
{
    public static IEnumerable<Contradiction> Of(TimelineEntry entry)
    {
        var reporting = Outlets(entry.Sources);
        var byKind = entry.Disputes.GroupBy(d => d.Kind);
        foreach (var disputes in byKind)
        {
            var readings = disputes.Key switch
            {
                DisputeKind.OtherDate => new[] { new Reading(entry.ReportedDate?.Value ?? "undated", reporting) }
                    .Concat(disputes.GroupBy(d => d.ClaimedDate?.Value ?? "undated").Select(g => new Reading(g.Key, Outlets(g.Select(d => d.Source)))))
                    .ToList(),
                DisputeKind.Denial => [new Reading("happened", reporting), new Reading("denied", Outlets(disputes.Select(d => d.Source)))],
                _ => [new Reading("reported", reporting), new Reading(string.Join("; ", disputes.Select(d => d.Note ?? "contradicted")), Outlets(disputes.Select(d => d.Source)))],
            };
            var kind = disputes.Key switch { DisputeKind.OtherDate => "date", DisputeKind.Denial => "denial", _ => "other" };
            yield return new Contradiction(entry.ActionId, kind, readings, entry.Resolution);
        }

        foreach (var party in entry.Reasons.GroupBy(r => r.StatedBy).Where(g => g.Select(r => r.Category).Distinct().Count() > 1))
        {
            var readings = party.GroupBy(r => r.Category).Select(g => new Reading(g.Key.ToCode(), Outlets(g.Select(r => r.Source)))).ToList();
            yield return new Contradiction(entry.ActionId, $"reasons_{party.Key.ToCode()}", readings, entry.Resolution);
        }
    }

    private static List<string> Outlets(IEnumerable<CitedSource> sources) => sources.Select(s => s.Source.Outlet).Distinct().ToList();
}
