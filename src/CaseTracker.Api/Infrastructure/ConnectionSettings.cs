using Npgsql;

namespace CaseTracker.Api.Infrastructure;

/// <summary>The store's connection string with the settings every request benefits from (each can be set in the string itself).</summary>
public static class ConnectionSettings
{
    public static string Tune(string connectionString, IConfiguration configuration)
    {
        var given = new NpgsqlConnectionStringBuilder(connectionString);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Lightweight sessions check a pooled connection out per query; without this every checkout
            // first runs DISCARD ALL (one more statement and transaction each). Nothing here changes session state.
            NoResetOnClose = true,
        };
        // Marten sends the same few statements on every write (append, stream version, projection upserts). Unprepared,
        // PostgreSQL parses and plans each one every time: most of its CPU per write. Prepared on first reuse, per connection.
        // (Npgsql's ContainsKey answers whether a keyword exists, not whether the string set it: compare with the defaults.)
        if (given.MaxAutoPrepare == 0) tuned.MaxAutoPrepare = configuration.GetValue("Marten:MaxAutoPrepare", 200);
        if (given.AutoPrepareMinUsages == new NpgsqlConnectionStringBuilder().AutoPrepareMinUsages) tuned.AutoPrepareMinUsages = 2;
        return tuned.ConnectionString;
    }
}
