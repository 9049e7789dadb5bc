using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// The event types of each kind of stream. A projection that names the types it reads lets the
/// daemon and a rebuild fetch only those rows (mt_events is indexed on type), not every event.
/// </summary>
public static class StreamEvents
{
    public static readonly Type[] Case =
    [
        typeof(CaseOpened), typeof(ActionRecorded), typeof(ActionCorroborated), typeof(ActionDisputed), typeof(ReasonStated),
        typeof(ActionWithdrawn), typeof(CaseNoteAdded), typeof(CaseClosed), typeof(CaseReopened), typeof(ActionDisputeResolved),
        typeof(CasesMerged), typeof(CaseMergedInto),
    ];

    public static readonly Type[] Source = [typeof(SourceIngested), typeof(ClaimsExtracted), typeof(ClaimAccepted), typeof(ClaimRejected)];
}
