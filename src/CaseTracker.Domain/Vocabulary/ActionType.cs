namespace CaseTracker.Domain.Vocabulary;

/// <summary>What a platform did. API code: the snake_case name (content_removed, geo_blocked...).</summary>
public enum ActionType
{
    Suspended,
    Terminated,
    Restricted,
    ContentRemoved,
    GeoBlocked,
    Demonetized,
    Reinstated,
    Warned,
    Other,
}

public static class ActionTypes
{
    /// <summary>Actions that take something away from the subject until a later reinstatement.</summary>
    public static bool IsRestriction(this ActionType type) => type is ActionType.Suspended or ActionType.Restricted
        or ActionType.GeoBlocked or ActionType.Demonetized or ActionType.Terminated;
}
