namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// Event timestamps at PostgreSQL's own precision (microseconds). Inline projections see the
/// time Marten stamps before commit; rebuilds and as-of reads see the stored one. Stamping at
/// the stored precision makes both the same, so a rebuilt read model equals the live one.
/// </summary>
public sealed class MicrosecondClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = inner.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
