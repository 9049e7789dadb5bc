namespace CaseTracker.Domain.Cases;

public enum RefusalKind
{
    /// <summary>Something the command names does not exist.</summary>
    NotFound,
    /// <summary>The case's state does not allow the command.</summary>
    Conflict,
}

/// <summary>Why a command was refused: a stable code for clients and a sentence for people.</summary>
public sealed record Refusal(RefusalKind Kind, string Code, string Detail);

/// <summary>
/// The outcome of a decision: the events to append (none when the command repeats something
/// already known), or a refusal.
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, Refusal? Refusal = null, Guid? ExistingId = null)
{
    public static Decision Accept(params object[] events) => new(events);
    public static readonly Decision NothingNew = new([]);
    /// <summary>Nothing new: the command repeats what the case already holds under this id.</summary>
    public static Decision AlreadyKnown(Guid id) => new([], ExistingId: id);
    public static Decision Refuse(RefusalKind kind, string code, string detail) => new([], new Refusal(kind, code, detail));
    public bool Refused => Refusal is not null;
}
