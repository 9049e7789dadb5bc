using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// The ceilings the event store works under, measured on the same server in the same run:
/// one-row INSERT + COMMIT through Npgsql, and COPY of rows shaped like Marten's events.
/// Its own tables (bench_*), so the tracker's schema is untouched.
/// </summary>
public sealed class RawPostgres(NpgsqlDataSource dataSource)
{
    /// <summary>An event body the size of a recorded action with its citation and quote.</summary>
    public static readonly string EventBody =
        """{"caseId":"0193c0de-7a1b-7cc2-9f00-3c1d2e4f5a6b","actionId":"0193c0de-7a1b-7cc2-9f00-3c1d2e4f5a6c","type":"suspended","occurredOn":{"value":"2024-03-05","approximate":false,"yearInferred":false},"scope":null,"citation":{"source":{"outlet":"Daily Example","url":"https://daily-example.example/en/12345","title":"Twitter suspends account of journalist Carlos Ruiz","publishedOn":"2024-03-08","language":"en","sourceId":"0193c0de-7a1b-7cc2-9f00-3c1d2e4f5a6d","fingerprint":1234567890123},"quote":"Twitter suspended the account of the journalist Carlos Ruiz on 5 March","quoteStart":52,"quoteEnd":121}}""";

    public async Task PrepareAsync()
    {
        await using var command = dataSource.CreateCommand("""
            drop table if exists bench_commit, bench_events;
            create table bench_commit (id bigserial primary key, stream_id uuid not null, data jsonb not null);
            create table bench_events (seq_id bigserial primary key, id uuid not null, stream_id uuid not null, version bigint not null,
              data jsonb not null, type varchar(500) not null, timestamp timestamptz not null default now(), unique (stream_id, version));
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One INSERT and its COMMIT (autocommit) per operation, each client on its own connection.</summary>
    public async Task<LoadResult> CommitsAsync(int clients, TimeSpan warmup, TimeSpan duration)
    {
        var connections = new NpgsqlConnection[clients];
        for (var i = 0; i < clients; i++) connections[i] = await dataSource.OpenConnectionAsync();
        try
        {
            return await Load.RunAsync(clients, warmup, duration, async (client, _) =>
            {
                await using var insert = new NpgsqlCommand("insert into bench_commit (stream_id, data) values ($1, $2::jsonb)", connections[client]);
                insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
                insert.Parameters.Add(new NpgsqlParameter { Value = EventBody });
                await insert.ExecuteNonQueryAsync();
                return null;
            });
        }
        finally
        {
            foreach (var c in connections) await c.DisposeAsync();
        }
    }

    /// <summary>Rows per second of a binary COPY of <paramref name="rows"/> event-sized rows (ten per stream).</summary>
    public async Task<double> CopyAsync(int rows)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var clock = Stopwatch.StartNew();
        await using (var writer = await connection.BeginBinaryImportAsync("copy bench_events (id, stream_id, version, data, type) from stdin (format binary)"))
        {
            var stream = Guid.CreateVersion7();
            for (var i = 0; i < rows; i++)
            {
                if (i % 10 == 0) stream = Guid.CreateVersion7();
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(stream, NpgsqlDbType.Uuid);
                await writer.WriteAsync((long)(i % 10 + 1), NpgsqlDbType.Bigint);
                await writer.WriteAsync(EventBody, NpgsqlDbType.Jsonb);
                await writer.WriteAsync("action_recorded", NpgsqlDbType.Varchar);
            }
            await writer.CompleteAsync();
        }
        return rows / clock.Elapsed.TotalSeconds;
    }

    public async Task<string> ServerVersionAsync()
    {
        await using var command = dataSource.CreateCommand("show server_version");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public async Task<string> SettingAsync(string name)
    {
        await using var command = dataSource.CreateCommand($"show {name}");
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
