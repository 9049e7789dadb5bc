using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Sources;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// Keeps <see cref="SourceIndex"/> inline, fed by the source's own stream and by every case event
/// whose citation carries the source id (a citation without one names no ingested source).
/// </summary>
public sealed class SourceIndexProjection : MultiStreamProjection<SourceIndex, Guid>
{
    public SourceIndexProjection()
    {
        Identity<SourceIngested>(e => e.SourceId);
        Identity<ClaimsExtracted>(e => e.SourceId);
        Identity<ClaimAccepted>(e => e.SourceId);
        Identity<ClaimRejected>(e => e.SourceId);
        Identities<ActionRecorded>(e => Cited(e.Citation));
        Identities<ActionCorroborated>(e => Cited(e.Citation));
        Identities<ActionDisputed>(e => Cited(e.Citation));
        Identities<ReasonStated>(e => Cited(e.Citation));
        // Named again as the types read, so a rebuild fetches only these rows (see StreamEvents).
        foreach (var type in (Type[])[.. StreamEvents.Source, typeof(ActionRecorded), typeof(ActionCorroborated), typeof(ActionDisputed), typeof(ReasonStated)])
            IncludeType(type);
    }

    private static Guid[] Cited(Citation citation) => citation.Source.SourceId is { } id ? [id] : [];

    public override SourceIndex? Evolve(SourceIndex? snapshot, Guid id, IEvent e)
    {
        var index = snapshot ?? new SourceIndex { Id = id };
        switch (e.Data)
        {
            case SourceIngested x:
                index.Ingested = true;
                index.Outlet = x.Outlet;
                index.Title = x.Title;
                index.Url = x.Url;
                index.Language = x.Language;
                index.PublishedOn = x.PublishedOn;
                index.IngestedAt = e.Timestamp;
                break;
            case ClaimsExtracted x:
                foreach (var claim in x.Claims.Where(c => index.Claims.All(known => known.ClaimId != c.ClaimId)))
                    index.Claims.Add(new IndexedClaim
                    {
                        ClaimId = claim.ClaimId, Platform = claim.Platform, Subject = claim.Subject, Action = claim.Action, Date = claim.Date,
                    });
                break;
            case ClaimAccepted x when Claim(index, x.ClaimId) is { } claim:
                claim.Status = "accepted";
                claim.CaseId = x.CaseId;
                claim.ActionId = x.ActionId;
                break;
            case ClaimRejected x when Claim(index, x.ClaimId) is { } claim:
                claim.Status = "rejected";
                claim.RejectionReason = x.Reason;
                break;
            case ActionRecorded x:
                Cite(index, new SourceCitation("recorded", x.CaseId, x.ActionId, null, x.Citation.Quote, x.Citation.QuoteStart, x.Citation.QuoteEnd, e.Timestamp, ActionType: x.Type));
                break;
            case ActionCorroborated x:
                Cite(index, new SourceCitation("corroborated", x.CaseId, x.ActionId, null, x.Citation.Quote, x.Citation.QuoteStart, x.Citation.QuoteEnd, e.Timestamp));
                break;
            case ActionDisputed x:
                Cite(index, new SourceCitation("disputed", x.CaseId, x.ActionId, null, x.Citation.Quote, x.Citation.QuoteStart, x.Citation.QuoteEnd, e.Timestamp, DisputeKind: x.Kind));
                break;
            case ReasonStated x:
                Cite(index, new SourceCitation("reason", x.CaseId, x.ActionId, x.ReasonId, x.Citation.Quote, x.Citation.QuoteStart, x.Citation.QuoteEnd, e.Timestamp, ReasonCategory: x.Category));
                break;
            default:
                return snapshot;
        }
        return index;
    }

    private static IndexedClaim? Claim(SourceIndex index, Guid claimId) => index.Claims.FirstOrDefault(c => c.ClaimId == claimId);

    /// <summary>One entry per statement: a replayed event replaces its entry instead of adding a second.</summary>
    private static void Cite(SourceIndex index, SourceCitation citation)
    {
        var same = index.Citations.FindIndex(c => c.Kind == citation.Kind && c.CaseId == citation.CaseId && c.ActionId == citation.ActionId
            && c.ReasonId == citation.ReasonId && c.DisputeKind == citation.DisputeKind);
        if (same >= 0) index.Citations[same] = citation;
        else index.Citations.Add(citation);
    }
}
