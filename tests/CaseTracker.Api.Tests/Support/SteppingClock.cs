namespace CaseTracker.Api.Tests.Support;

/// <summary>
/// The host's clock in tests: real time plus the steps tests take. A test that needs two writes
/// recorded at different moments steps the clock between them instead of sleeping; time only
/// moves forward, so every other test on the host sees nothing but time passing.
/// </summary>
public sealed class SteppingClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward (a second by default: far above the store's microsecond resolution).</summary>
    public void Step(TimeSpan? by = null) => Interlocked.Add(ref _offsetTicks, (by ?? TimeSpan.FromSeconds(1)).Ticks);
}
