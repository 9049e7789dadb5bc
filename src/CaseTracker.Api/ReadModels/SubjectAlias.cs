using CaseTracker.Domain.Subjects;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.ReadModels;

/// <summary>A subject name merged into another: the read model that subject lookups follow.</summary>
public sealed class SubjectAlias
{
    public Guid Id { get; set; }
    public string AbsorbedKey { get; set; } = "";
    public string AbsorbedName { get; set; } = "";
    public string SurvivorKey { get; set; } = "";
    public string SurvivorName { get; set; } = "";
    public string Rationale { get; set; } = "";
    public DateTimeOffset MergedAt { get; set; }
}

public sealed class SubjectAliasProjection : SingleStreamProjection<SubjectAlias, Guid>
{
    public SubjectAliasProjection()
    {
        IncludeType<SubjectsMerged>();
    }

    public override SubjectAlias? Evolve(SubjectAlias? snapshot, Guid id, IEvent e) => e.Data is SubjectsMerged m
        ? new SubjectAlias
        {
            Id = id, AbsorbedKey = m.AbsorbedKey, AbsorbedName = m.AbsorbedName, SurvivorKey = m.SurvivorKey,
            SurvivorName = m.SurvivorName, Rationale = m.Rationale, MergedAt = e.Timestamp,
        }
        : snapshot;
}

/// <summary>Follows subject merges: the name a subject resolves to, and every name that resolves to it.</summary>
public static class SubjectAliases
{
    private const int MaxDepth = 32;

    public static async Task<string> CanonicalAsync(IQuerySession session, string key, DateTimeOffset? asOf, CancellationToken ct)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var alias = await session.LoadAsync<SubjectAlias>(SubjectMerge.StreamId(key), ct);
            if (alias is null || (asOf is { } moment && alias.MergedAt > moment)) return key;
            key = alias.SurvivorKey;
        }
        return key;
    }

    public static async Task<IReadOnlyList<string>> AllKeysAsync(IQuerySession session, string canonical, DateTimeOffset? asOf, CancellationToken ct)
    {
        var keys = new List<string> { canonical };
        for (var i = 0; i < keys.Count && keys.Count < 1_000; i++)
        {
            var survivor = keys[i];
            var absorbed = await session.Query<SubjectAlias>().Where(a => a.SurvivorKey == survivor).ToListAsync(ct);
            keys.AddRange(absorbed.Where(a => asOf is null || a.MergedAt <= asOf).Select(a => a.AbsorbedKey).Except(keys));
        }
        return keys;
    }
}
