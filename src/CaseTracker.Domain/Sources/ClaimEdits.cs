using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Sources;

/// <summary>
/// What a reviewer changed in a claim's proposal before accepting it; only the changed values are
/// set. The claim itself stays as the extractor read it (ClaimsExtracted); the case gets the edited
/// reading, and ClaimAccepted keeps these edits so the difference stays visible.
/// </summary>
public sealed record ClaimEdits(
    string? Platform = null, string? Subject = null, SubjectKind? SubjectKind = null, ActionType? Action = null,
    PartialDate? Date = null, string? Scope = null, IReadOnlyList<ReasonEdit>? Reasons = null)
{
    public bool IsEmpty => Platform is null && Subject is null && SubjectKind is null && Action is null && Date is null && Scope is null && Reasons is not { Count: > 0 };

    /// <summary>These edits with every value the claim already has dropped; null when nothing is left.</summary>
    public ClaimEdits? Against(ClaimRecord claim)
    {
        var reasons = Reasons?.Select(r => r.Against(claim.Reasons[r.Index])).OfType<ReasonEdit>().ToList();
        var edits = new ClaimEdits(
            Platform == claim.Platform ? null : Platform,
            Subject == claim.Subject ? null : Subject,
            SubjectKind == claim.SubjectKind ? null : SubjectKind,
            Action == claim.Action ? null : Action,
            Date == claim.Date ? null : Date,
            Scope == claim.Scope ? null : Scope,
            reasons is { Count: > 0 } ? reasons : null);
        return edits.IsEmpty ? null : edits;
    }

    /// <summary>The claim as the reviewer edited it, which is what the case records.</summary>
    public ClaimRecord ApplyTo(ClaimRecord claim) => claim with
    {
        Platform = Platform ?? claim.Platform,
        Subject = Subject ?? claim.Subject,
        SubjectKind = SubjectKind ?? claim.SubjectKind,
        Action = Action ?? claim.Action,
        Date = Date ?? claim.Date,
        Scope = Scope ?? claim.Scope,
        Reasons = [.. claim.Reasons.Select((reason, i) => Reasons?.LastOrDefault(r => r.Index == i) is { } edit ? edit.ApplyTo(reason) : reason)],
    };
}

/// <summary>A change to the claim's reason at Index: its wording, category or speaker.</summary>
public sealed record ReasonEdit(int Index, string? Text = null, ReasonCategory? Category = null, StatedBy? StatedBy = null)
{
    public ReasonEdit? Against(ClaimReason reason)
    {
        var edit = new ReasonEdit(Index, Text == reason.Text ? null : Text, Category == reason.Category ? null : Category, StatedBy == reason.StatedBy ? null : StatedBy);
        return edit is { Text: null, Category: null, StatedBy: null } ? null : edit;
    }

    public ClaimReason ApplyTo(ClaimReason reason) =>
        reason with { Text = Text ?? reason.Text, Category = Category ?? reason.Category, StatedBy = StatedBy ?? reason.StatedBy };
}
