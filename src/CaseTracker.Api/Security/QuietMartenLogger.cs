using Marten;
using Marten.Services;
using Npgsql;

namespace CaseTracker.Api.Security;

/// <summary>
/// Marten's default logger writes a failed command's SQL with its parameters: event JSON with the
/// users' quotes, at error level, on every database failure. Failures are logged once, without
/// text, by FailureHandler; schema changes still go to the log.
/// </summary>
public sealed class QuietMartenLogger(ILogger<QuietMartenLogger> logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Marten changed the schema ({Length} characters of DDL).", sql.Length);

    public void LogSuccess(NpgsqlCommand command) { }
    public void LogFailure(NpgsqlCommand command, Exception ex) { }
    public void LogSuccess(NpgsqlBatch batch) { }
    public void LogFailure(NpgsqlBatch batch, Exception ex) { }
    public void LogFailure(Exception ex, string message) { }
    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }
    public void OnBeforeExecute(NpgsqlCommand command) { }
    public void OnBeforeExecute(NpgsqlBatch batch) { }
}
