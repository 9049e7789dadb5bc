using Marten;

namespace CaseTracker.Api.Security;

/// <summary>Who wrote an event and in which request: call before appending, on every write path.</summary>
public static class Audit
{
    public static void Stamp(IDocumentSession session, HttpContext http)
    {
        // Marten copies these onto each event appended in this session (user_name, correlation_id columns).
        session.LastModifiedBy = http.User.Identity?.Name ?? "anonymous";
        session.CorrelationId = CorrelationId.Of(http);
    }
}
