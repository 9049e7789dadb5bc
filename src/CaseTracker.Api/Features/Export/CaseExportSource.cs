using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using Marten;

namespace CaseTracker.Api.Features.Export;

/// <summary>The case history an export reads: the stored document, or with asOf the history as known then (as GET /api/cases/{id} does).</summary>
public static class CaseExportSource
{
    public static async Task<(CaseHistory? History, IResult? Problem)> LoadAsync(IQuerySession session, Guid id, string? asOf, CancellationToken ct)
    {
        if (asOf is null) return (await session.LoadAsync<CaseHistory>(id, ct), null);
        if (!DateTimeOffset.TryParse(asOf, out var moment))
            return (null, Problems.BadRequest("bad_as_of", "asOf must be a timestamp such as 2026-06-07T12:00:00Z.", "asOf"));
        var events = await session.Events.FetchStreamAsync(id, timestamp: moment, token: ct);
        return (events.Count == 0 ? null : CaseHistoryFold.Build(events.Select(e => (e.Data, e.Timestamp, e.Version))), null);
    }

    /// <summary>The rows of one or more histories in the shape asked for.</summary>
    public static IResult Export(IReadOnlyList<CaseHistory> histories, object document, ExportOptions options, string stem) => options.Shape switch
    {
        ExportShape.Dsa => ExportFile.Rows(histories.SelectMany(DsaMapping.From), options, stem),
        ExportShape.Rows => ExportFile.Rows(histories.SelectMany(ActionRow.From), options, stem),
        _ => ExportFile.Document(document, options, stem),
    };
}
