using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Subjects;

/// <summary>
/// Rules for merging subject names: two different names; a name already merged away is not
/// merged again; and no cycles (merging X into Y when Y already resolves to X).
/// </summary>
public static class SubjectMerge
{
    /// <summary>The stream that records where a subject name was merged.</summary>
    public static Guid StreamId(string subjectKey) => Sources.TextFingerprint.StreamId($"subject:{subjectKey}");

    public static Decision Decide(string survivorName, string absorbedName, string survivorResolvesTo, bool absorbedAlreadyMerged, string rationale)
    {
        var survivorKey = SubjectKey.Of(survivorName);
        var absorbedKey = SubjectKey.Of(absorbedName);
        if (survivorKey == absorbedKey)
            return Decision.Refuse(RefusalKind.Conflict, "same_subject", $"'{survivorName}' and '{absorbedName}' are already the same subject.");
        if (absorbedAlreadyMerged)
            return Decision.Refuse(RefusalKind.Conflict, "subject_merged", $"'{absorbedName}' was already merged into another subject.");
        if (survivorResolvesTo == absorbedKey)
            return Decision.Refuse(RefusalKind.Conflict, "subject_merge_cycle", $"'{survivorName}' is itself merged into '{absorbedName}'.");
        return Decision.Accept(new SubjectsMerged(absorbedKey, absorbedName.Trim(), survivorKey, survivorName.Trim(), rationale.Trim()));
    }
}
