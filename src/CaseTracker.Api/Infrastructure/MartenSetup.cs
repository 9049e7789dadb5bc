using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Search;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.Features.Subjects;
using CaseTracker.Domain.Subjects;
using CaseTracker.Api.ReadModels;
using CaseTracker.Domain.Sources;
using Marten.Schema;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Wolverine.Marten;
using Weasel.Core;

namespace CaseTracker.Api.Infrastructure;

public static class MartenSetup
{
    /// <summary>
    /// The event store. Connection string from ConnectionStrings:Marten; schema objects are created
    /// on start unless Marten:AutoCreate says otherwise (production: None, then `db-apply`).
    /// </summary>
    public static IServiceCollection AddCaseTrackerStore(this IServiceCollection services, IConfiguration configuration)
    {
        // The connection string is read when the store is first needed, so commands that never
        // touch the database (extract, eval, help) run without one.
        var store = services.AddMarten(provider =>
        {
            var connectionString = configuration.GetConnectionString("Marten");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Set ConnectionStrings:Marten (environment: ConnectionStrings__Marten) to a PostgreSQL connection string; deploy/db.sh prints one.");
            var options = new StoreOptions();
            options.Connection(ConnectionSettings.Tune(connectionString, configuration));
            options.DatabaseSchemaName = configuration["Marten:Schema"] ?? "casetracker";
            options.AutoCreateSchemaObjects = Enum.Parse<AutoCreate>(configuration["Marten:AutoCreate"] ?? nameof(AutoCreate.CreateOrUpdate), ignoreCase: true);
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, Json.Configure);

            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            // Rich appends give inline projections each event's version and timestamp before commit.
            options.Events.AppendMode = EventAppendMode.Rich;
            // The clock from dependency injection: tests step it instead of sleeping between writes.
            options.Events.TimeProvider = new MicrosecondClock(provider.GetRequiredService<TimeProvider>());
            // Audit: who wrote each event (the key's principal) and in which request.
            options.Events.MetadataConfig.UserNameEnabled = options.Events.MetadataConfig.CorrelationIdEnabled = true;
            var paging = ProjectionPaging.From(configuration);
            options.Events.AddEventTypes([
                typeof(CaseOpened), typeof(ActionRecorded), typeof(ActionCorroborated), typeof(ActionDisputed),
                typeof(ReasonStated), typeof(ActionWithdrawn), typeof(CaseNoteAdded), typeof(CaseClosed), typeof(CaseReopened),
                typeof(SourceIngested), typeof(ClaimsExtracted), typeof(ClaimAccepted), typeof(ClaimRejected),
                typeof(ActionDisputeResolved), typeof(CasesMerged), typeof(CaseMergedInto), typeof(SubjectsMerged),
            ]);

            // The Case aggregate the writes decide on: an inline snapshot read with its version in one query
            // (Marten:CaseAggregation=Live folds the stream on every write instead).
            options.Projections.Add<CaseAggregateProjection>(
                string.Equals(configuration["Marten:CaseAggregation"], "Live", StringComparison.OrdinalIgnoreCase) ? ProjectionLifecycle.Live : ProjectionLifecycle.Inline, paging);
            options.Projections.Add<CaseHistoryProjection>(ProjectionLifecycle.Inline, paging);
            options.Schema.For<CaseHistory>().Index(c => c.PlatformKey).IgnoreIndex(SearchIndexes.CaseIndex)
                // The case list's order (newest change, then id) as one index: a keyset page is a range scan of its rows.
                .Index([c => c.UpdatedAt, c => c.Id], i => i.Name = "ct_casehistory_updated_id");
            CaseListIndexes.Configure(options);

            options.Projections.Add<SourceDocumentProjection>(ProjectionLifecycle.Inline, paging);
            // The text hash is unique: the same article under two URLs is stored once.
            options.Schema.For<SourceDocument>().UniqueIndex(UniqueIndexType.Computed, s => s.TextSha256).IgnoreIndex(SearchIndexes.SourceIndex);
            options.Projections.Add<ReviewClaimProjection>(ProjectionLifecycle.Inline, paging);
            options.Projections.Add<SubjectAliasProjection>(ProjectionLifecycle.Inline, paging);
            options.Schema.For<SubjectAlias>().Index(a => a.SurvivorKey);
            options.Schema.For<CaseHistory>().Index(c => c.SubjectKey);
            OpenCases.Configure(options);
            options.Schema.For<ReviewClaim>().Index(c => c.Status).Index(c => c.SourceId);
            // Platform activity: async, run by the daemon (below), reading the inline lookup of each case's platform.
            options.Projections.Add<PlatformActivityCaseProjection>(ProjectionLifecycle.Inline, paging);
            options.Projections.Add<PlatformActivityProjection>(ProjectionLifecycle.Async, paging);
            options.Schema.For<PlatformActivity>().Index(d => d.PlatformKey).Index(d => d.MonthNumber);
            options.Projections.Add<SourceIndexProjection>(ProjectionLifecycle.Inline, paging);
            // A gap left by a rolled-back append holds the daemon this long. Marten's own default (3 s), the safe side: with
            // 250 ms, full test runs on a loaded machine missed an event in the async platform activity (four-source story).
            options.Projections.StaleSequenceThreshold = configuration.GetValue("Marten:StaleSequenceThreshold", TimeSpan.FromSeconds(3));
            // The daemon and rebuilds read a few event types each: index mt_events on (type, seq_id).
            // (UseOptimizedProjectionRebuilds stays off: users report data loss with it.)
            options.Events.EnableEventTypeIndex = true;
            return options;
        }).UseLightweightSessions().InitializeWith<SearchIndexes>();
        // Several nodes (Marten:DaemonMode=Distributed): Wolverine runs each async projection on one live node. See NodeDistribution.
        if (NodeDistribution.IsOn(configuration)) NodeDistribution.Apply(store, services, configuration);
        else store.AddAsyncDaemon(Enum.Parse<DaemonMode>(configuration["Marten:DaemonMode"] ?? nameof(DaemonMode.Solo), ignoreCase: true)).IntegrateWithWolverine();
        return services;
    }
}
