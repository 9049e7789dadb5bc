using Marten;

namespace CaseTracker.Api.Security;

/// <summary>
/// The safety net behind <see cref="Audit.Stamp"/>: a write path that forgot to stamp its session
/// still records who wrote its events and in which request, because every session is stamped from
/// the current request just before it saves. Outside a request (commands, imports) nothing is set.
/// </summary>
public sealed class AuditListener(IHttpContextAccessor accessor) : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (accessor.HttpContext is not { } http || !string.IsNullOrEmpty(session.LastModifiedBy)) return Task.CompletedTask;
        Audit.Stamp(session, http);
        // Events appended before this point already carry the session's earlier metadata (Wolverine's trace id).
        foreach (var stream in session.PendingChanges.Streams())
        foreach (var e in stream.Events)
        {
            e.UserName = session.LastModifiedBy;
            e.CorrelationId = session.CorrelationId;
        }
        return Task.CompletedTask;
    }
}
