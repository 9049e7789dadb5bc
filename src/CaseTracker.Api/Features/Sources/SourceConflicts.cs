using JasperFx.Events;
using Npgsql;

namespace CaseTracker.Api.Features.Sources;

public static class SourceConflicts
{
    /// <summary>The store refused a second copy of a source: its stream exists, or its text hash is taken.</summary>
    public static bool IsDuplicate(Exception e) => e is ExistingStreamIdCollisionException
        || e.InnerException is ExistingStreamIdCollisionException
        || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
