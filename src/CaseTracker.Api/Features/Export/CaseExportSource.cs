using CaseTracker.Api.ReadModels;
using CaseTracker.Domain.History;
using Marten;

namespace CaseTracker.Api.Features.Export;

/// <summary>The case history an export reads: the stored document, or with asOf the history as known then (as GET /api/cases/{id} does).</summary>
public static class CaseExportSource
{
    public static async Task<(CaseHistory? History, IResult? Problem)> LoadAsync(IQuerySession session, Guid id, string? asOf, CancellationToken ct) =>
        CaseHistories.TryReadAsOf(asOf, out var moment, out var problem)
            ? (await CaseHistories.LoadAsync(session, id, moment, ct), null)
            : (null, problem);

    /// <summary>The rows of one or more histories in the shape asked for.</summary>
    public static IResult Export(IReadOnlyList<CaseHistory> histories, object document, ExportOptions options, string stem) => options.Shape switch
    {
        ExportShape.Dsa => ExportFile.Rows(histories.SelectMany(DsaMapping.From), options, stem),
        ExportShape.Rows => ExportFile.Rows(histories.SelectMany(ActionRow.From), options, stem),
        _ => ExportFile.Document(document, options, stem),
    };
}
