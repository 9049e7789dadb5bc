using JasperFx;
using Marten.Exceptions;
using Npgsql;

namespace CaseTracker.Api.Features.Sources;

public static class SourceConflicts
{
    /// <summary>
    /// The store refused a second copy of a source: its stream exists (a collision, or a version
    /// check on the new stream), or its text hash is taken (unique index).
    /// </summary>
    public static bool IsDuplicate(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is ExistingStreamIdCollisionException or ConcurrencyException
                || current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
                return true;
        }
        return false;
    }
}
