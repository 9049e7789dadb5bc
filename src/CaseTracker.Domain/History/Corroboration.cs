using CaseTracker.Domain.Sources;

namespace CaseTracker.Domain.History;

/// <summary>
/// Counts independent sources, not URLs: the same outlet again, the same canonical URL, or a
/// text that is a near copy of another (a wire story republished) repeats an earlier source.
/// </summary>
public static class Corroboration
{
    public static void Weigh(TimelineEntry entry)
    {
        var sources = entry.Sources;
        var group = Enumerable.Range(0, sources.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (var i = 0; i < sources.Count; i++)
            for (var j = 0; j < i; j++)
                if (Repeats(sources[i].Source, sources[j].Source)) group[Find(i)] = Find(j);

        for (var i = 0; i < sources.Count; i++)
        {
            var leader = Enumerable.Range(0, i + 1).First(j => Find(j) == Find(i));
            sources[i] = sources[i] with { RepeatOf = leader == i ? null : leader };
        }
        entry.IndependentSourceCount = sources.Count(s => s.RepeatOf is null);
        entry.FirstPublishedOn = sources.Select(s => s.Source.PublishedOn).Where(d => d is not null).Min();
    }

    public static bool Repeats(SourceRef a, SourceRef b) =>
        OutletKey(a) == OutletKey(b)
        || (a.Url is not null && b.Url is not null && a.Key == b.Key)
        || (a.Fingerprint is { } fa && b.Fingerprint is { } fb && TextFingerprint.NearlySame(fa, fb));

    private static string OutletKey(SourceRef source) => Vocabulary.SubjectKey.Of(source.Outlet);
}
