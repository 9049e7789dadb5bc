using Npgsql;

namespace CaseTracker.Api.Tests.Security;

/// <summary>Counts rows of the event table directly, so "nothing was written" does not depend on the API telling the truth.</summary>
public static class EventCounts
{
    public static async Task<long> TotalAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from casetracker.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> OfStreamAsync(string connectionString, Guid streamId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from casetracker.mt_events where stream_id = @id", connection);
        command.Parameters.AddWithValue("id", streamId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The newest events, for a failure message that says what was written and by whom.</summary>
    public static async Task<string> LatestAsync(string connectionString, int count = 5)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select seq_id, type, user_name, correlation_id, timestamp from casetracker.mt_events order by seq_id desc limit @n", connection);
        command.Parameters.AddWithValue("n", count);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add($"#{reader.GetInt64(0)} {reader.GetString(1)} by {(reader.IsDBNull(2) ? "?" : reader.GetString(2))} in {(reader.IsDBNull(3) ? "?" : reader.GetString(3))} at {reader.GetDateTime(4):HH:mm:ss.fff}");
        return string.Join("\n", lines);
    }
}
