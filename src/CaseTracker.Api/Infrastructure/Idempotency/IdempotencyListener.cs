using Marten;

namespace CaseTracker.Api.Infrastructure.Idempotency;

/// <summary>
/// Marks the request's claim as committed inside the transaction that writes the request's
/// changes: either both happen or neither, so after a crash the claim says whether the write did.
/// </summary>
public sealed class IdempotencyListener(IHttpContextAccessor accessor) : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (accessor.HttpContext?.Items[IdempotentWrites.ClaimItem] is not string id) return Task.CompletedTask;
        accessor.HttpContext.Items[IdempotentWrites.CommittedItem] = true;
        session.QueueSqlCommand(
            $"update {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_idempotentrequest set data = jsonb_set(data, '{{committed}}', 'true') where id = ?", id);
        return Task.CompletedTask;
    }
}
