using System.Diagnostics;
using System.Threading.Channels;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using CaseTracker.Api.Commands;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>What the generator stored.</summary>
public sealed record GeneratedData(long Events, int Cases, int Sources, int Claims, int Disputes, int Merges, int Closed, IReadOnlyList<Guid> WritableCases, TimeSpan Took, TimeSpan Appending)
{
    /// <summary>Events stored with their read models built, over the whole run.</summary>
    public double EventsPerSecond => Events / Took.TotalSeconds;

    /// <summary>Events appended (decided, extracted and written, read models not yet built).</summary>
    public double AppendedPerSecond => Events / Appending.TotalSeconds;
}

/// <summary>
/// Realistic data in bulk: for each case, articles about one journalist on one platform in one
/// of six languages are ingested (extracted as the API does) and their claims accepted into the
/// case through the domain's own decisions (ClaimIntoCase: new actions, corroborations, date
/// disputes, reasons; SourceDecisions: the ClaimAccepted on the source), with some cases merged
/// (CaseMerge), noted and closed. Nothing is hand-written: every event is one a decision
/// returned. Streams go to Marten in batches of thousands of events per session (one
/// transaction, Quick appends, no projections) on a few sessions at once while the next batches
/// are prepared; the read models are then built by the projection rebuild.
/// </summary>
public sealed class DataGenerator(IDocumentStore store, IServiceProvider services, string connectionString, TextWriter log)
{
    private readonly SourceIngestion ingestion = services.GetRequiredService<SourceIngestion>();

    // One open case per platform and subject, as the store enforces: the extractor may read two
    // generated names alike ("Lopes"), and the generator bypasses the review's find-the-open-case step.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _opened = new();

    private bool Claim(string platform, string subject) => _opened.TryAdd($"{platform.ToLowerInvariant()}|{SubjectKey.Of(subject)}", 0);

    /// <summary>Streams to start in one session, and the events they hold.</summary>
    private sealed record Batch(List<(Guid Id, Type Aggregate, List<object> Events)> Streams, long Events);

    public async Task<GeneratedData> RunAsync(int targetEvents, int cases, long subjectOffset = 0, int batchEvents = 5000, int writers = 2)
    {
        var clock = Stopwatch.StartNew();
        var channel = Channel.CreateBounded<Batch>(writers * 2);
        var counts = new Counts();
        var producer = Task.Run(async () =>
        {
            try
            {
                await Produce(targetEvents, cases, subjectOffset, batchEvents, channel.Writer, counts);
            }
            finally
            {
                channel.Writer.Complete();
            }
        });

        // The events go in through a store of their own that has the API's event settings and no
        // projections: Quick appends, each session one transaction of thousands of events, a few
        // sessions at once. The read models are then built by the projection rebuild (the path an
        // operator's `rebuild` takes), not per batch inline.
        long stored = 0;
        var lastReport = Stopwatch.StartNew();
        using (var events = AppendOnly(store, connectionString))
        {
            await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
            {
                await foreach (var batch in channel.Reader.ReadAllAsync())
                {
                    await using var session = events.LightweightSession();
                    foreach (var (id, aggregate, streamEvents) in batch.Streams) session.Events.StartStream(aggregate, id, [.. streamEvents]);
                    await session.SaveChangesAsync();
                    var now = Interlocked.Add(ref stored, batch.Events);
                    if (lastReport.Elapsed <= TimeSpan.FromSeconds(5)) continue;
                    lastReport.Restart();
                    await log.WriteLineAsync($"  appended {now:N0} / ~{targetEvents:N0} events ({now / clock.Elapsed.TotalSeconds:N0}/s)");
                }
            })));
        }
        await producer;
        var appended = clock.Elapsed;

        await log.WriteLineAsync($"  appended {stored:N0} events in {appended.TotalSeconds:0.0} s; building the read models");
        var rebuilt = await new ProjectionRebuild(store, services).RunAsync(TimeSpan.FromHours(1),
            p => log.WriteLine($"  built {p.Name} in {p.Took.TotalSeconds:0.0} s"));
        return new GeneratedData(stored, counts.Cases, counts.Sources, counts.Claims, counts.Disputes, counts.Merges, counts.Closed, counts.Writable, clock.Elapsed, appended);
    }

    /// <summary>A second store over the same database and schema, with the API store's serializer and event metadata but no projections.</summary>
    private static DocumentStore AppendOnly(IDocumentStore api, string connectionString)
    {
        var source = api.Options;
        return DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = source.DatabaseSchemaName;
            options.AutoCreateSchemaObjects = AutoCreate.None;
            options.Serializer(source.Serializer());
            options.Events.StreamIdentity = source.Events.StreamIdentity;
            options.Events.AppendMode = EventAppendMode.Quick;
            options.Events.MetadataConfig.UserNameEnabled = source.Events.MetadataConfig.UserNameEnabled;
            options.Events.MetadataConfig.CorrelationIdEnabled = source.Events.MetadataConfig.CorrelationIdEnabled;
            options.Events.MetadataConfig.CausationIdEnabled = source.Events.MetadataConfig.CausationIdEnabled;
            options.Events.MetadataConfig.HeadersEnabled = source.Events.MetadataConfig.HeadersEnabled;
        });
    }

    private sealed class Counts
    {
        public int Cases, Sources, Claims, Disputes, Merges, Closed;
        public readonly List<Guid> Writable = [];

        public void Add(Counts other)
        {
            Cases += other.Cases; Sources += other.Sources; Claims += other.Claims;
            Disputes += other.Disputes; Merges += other.Merges; Closed += other.Closed;
        }
    }

    /// <summary>One case's streams (its own, a merged twin's, its sources') and what they hold.</summary>
    private sealed class CaseRun
    {
        public readonly List<(Guid, Type, List<object>)> Streams = [];
        public readonly Counts Counts = new();
        public Guid? Writable;
        public long Events => Streams.Sum(s => (long)s.Item3.Count);
    }

    private async Task Produce(int targetEvents, int cases, long subjectOffset, int batchEvents, ChannelWriter<Batch> writer, Counts counts)
    {
        // Cases are independent: extract and decide a chunk of them on every core, then hand them to the writer in order.
        const int chunk = 256;
        for (var start = 0; start < cases; start += chunk)
        {
            var runs = new CaseRun[Math.Min(chunk, cases - start)];
            Parallel.For(0, runs.Length, n => runs[n] = Build(start + n, (long)targetEvents * (start + n + 1) / cases - (long)targetEvents * (start + n) / cases, subjectOffset));
            var streams = new List<(Guid, Type, List<object>)>();
            foreach (var run in runs)
            {
                counts.Add(run.Counts);
                if (run.Writable is { } id && counts.Writable.Count < 50_000) counts.Writable.Add(id);
                streams.AddRange(run.Streams);
                var pending = streams.Sum(s => (long)s.Item3.Count);
                if (pending < batchEvents) continue;
                await writer.WriteAsync(new Batch(streams, pending));
                streams = [];
            }
            if (streams.Count > 0) await writer.WriteAsync(new Batch(streams, streams.Sum(s => (long)s.Item3.Count)));
        }
    }

    /// <summary>Case i: articles about its subject until it holds about its share of the events, then perhaps a merge, a note, a closing.</summary>
    private CaseRun Build(int i, long budget, long subjectOffset)
    {
        var run = new CaseRun();
        var counts = run.Counts;
        var subject = Articles.Subject(subjectOffset + i);
        var caseId = Guid.CreateVersion7();
        var month = 1 + i % 12;
        var day = 3 + i % 20;
        var caseEvents = new List<object>();
        Case? state = null;
        for (var k = 0; k == 0 || run.Events + caseEvents.Count + 4 <= budget; k++) // stop within half an article of the share
        {
            // Most later articles repeat the first one's date (corroboration); one in four is two days off (a dispute).
            var articleDay = k > 0 && (i + k) % 4 == 0 ? day + 2 : day;
            var article = Articles.Article(subject, (subjectOffset + i) * 100 + k, articleDay, month, reinstated: (i + k) % 2 == 0, Articles.Outlets[(i + k) % Articles.Outlets.Length]);
            var sourceEvents = new List<object>();
            state = Accept(ingestion.Prepare(article), caseId, state, caseEvents, sourceEvents, counts);
            run.Streams.Add((sourceEvents.OfType<SourceIngested>().First().SourceId, typeof(Source), sourceEvents));
            counts.Sources++;
            if (k >= 90) break; // the extractor found nothing to grow this case with
        }
        if (state is null || !Claim(state.Platform, state.Subject.Name)) return new CaseRun();

        // A second case opened for the same journalist under a longer form of the name (one open case per
        // name is the rule), then merged into the first; only when the extractor opens it under that very
        // name, since a shorter reading ("Lopes") could be another subject's open case.
        var twinName = subject.Name + " Lind";
        var twin = i % 50 == 7 ? ingestion.Prepare(Articles.Article(subject with { Name = twinName }, (subjectOffset + i) * 100 + 99, day, month, reinstated: true, "Civic Monitor")) : null;
        if (twin is not null && twin.Extracted.Claims.FirstOrDefault() is { } opening && SubjectKey.Of(opening.Subject) == SubjectKey.Of(twinName) && Claim(opening.Platform, opening.Subject))
        {
            var absorbedId = Guid.CreateVersion7();
            var absorbedEvents = new List<object>();
            var sourceEvents = new List<object>();
            var absorbed = Accept(twin, absorbedId, null, absorbedEvents, sourceEvents, counts);
            run.Streams.Add((sourceEvents.OfType<SourceIngested>().First().SourceId, typeof(Source), sourceEvents));
            counts.Sources++;
            if (absorbed is not null)
            {
                var merge = CaseMerge.Decide(state, absorbed, absorbedEvents, "The same journalist, opened twice from two outlets.");
                if (!merge.Survivor.Refused)
                {
                    state = Fold(state, caseEvents, merge.Survivor);
                    absorbedEvents.AddRange(merge.Absorbed.Events);
                    counts.Merges++;
                }
                run.Streams.Add((absorbedId, typeof(Case), absorbedEvents));
                counts.Cases++;
            }
        }
        if (i % 10 == 3) state = Fold(state, caseEvents, CaseDecisions.AddNote(state, Guid.CreateVersion7(), "Asked the platform for its notice; no answer yet."));
        var closed = i % 25 == 11;
        if (closed)
        {
            state = Fold(state, caseEvents, CaseDecisions.Close(state, "Account restored; nothing further expected."));
            counts.Closed++;
        }
        run.Streams.Add((caseId, typeof(Case), caseEvents));
        counts.Cases++;
        if (!closed) run.Writable = caseId;
        return run;
    }

    /// <summary>
    /// A prepared source (SourceIngested, ClaimsExtracted), then each of its claims accepted into
    /// the case as the review would: the case's events from ClaimIntoCase, the source's ClaimAccepted.
    /// </summary>
    private static Case? Accept(PreparedSource prepared, Guid caseId, Case? state, List<object> caseEvents, List<object> sourceEvents, Counts counts)
    {
        var source = Source.Create(prepared.Ingested).When(prepared.Extracted);
        sourceEvents.Add(prepared.Ingested);
        sourceEvents.Add(prepared.Extracted);
        foreach (var claim in prepared.Extracted.Claims)
        {
            var landing = ClaimIntoCase.Decide(state, caseId, claim, source, Guid.CreateVersion7);
            if (landing.Decision.Refused) continue;
            var accepted = SourceDecisions.Accept(source, claim.ClaimId, caseId, landing.ActionId, landing.Corroborated, automatic: false, landing.Disputed);
            if (accepted.Refused) continue;
            foreach (var e in landing.Decision.Events) state = e is CaseOpened opened ? Case.Start(opened) : state!.When(e);
            caseEvents.AddRange(landing.Decision.Events);
            foreach (var e in accepted.Events) source = source.When(e);
            sourceEvents.AddRange(accepted.Events);
            counts.Claims++;
            if (landing.Disputed) counts.Disputes++;
        }
        return state;
    }

    private static Case Fold(Case state, List<object> caseEvents, Decision decision)
    {
        if (decision.Refused) return state;
        foreach (var e in decision.Events) state = state.When(e);
        caseEvents.AddRange(decision.Events);
        return state;
    }
}
