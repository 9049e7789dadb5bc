using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Infrastructure;
using FluentValidation;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Sources;

public sealed record SourceBatchRequest(IReadOnlyList<SourceRequest?>? Sources);

public sealed record BatchItemResult(int Index, Guid SourceId, bool Created, int Claims);

public sealed record SourceBatchResult(IReadOnlyList<BatchItemResult> Items);

public static class IngestSourceBatchEndpoint
{
    public const int MaxItems = 100;

    /// <summary>
    /// Up to 100 sources, all or nothing: one bad item refuses the whole batch (422, each bad
    /// item named by its index) and nothing is written. Articles already stored, or repeated
    /// within the batch, come back as not created.
    /// </summary>
    [WolverinePost("/api/sources/batch", Name = "IngestSourceBatch")]
    public static async Task<IResult> Post(SourceBatchRequest request, IValidator<SourceRequest> validator, SourceIngestion ingestion,
        IDocumentSession session, ClaimReview review, IMessageBus bus, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (request.Sources is not { Count: > 0 and <= MaxItems } items)
            return Problems.Validation(new Dictionary<string, string[]> { ["sources"] = [$"A batch holds 1 to {MaxItems} sources."] });

        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors[$"sources[{i}]"] = ["The item is empty."];
                continue;
            }
            if (item.FetchesPage())
                errors[$"sources[{i}].text"] = ["A batch takes each article's text or html; to have the server fetch a page, send its url alone to POST /api/sources."];
            foreach (var failure in (await validator.ValidateAsync(item, ct)).Errors.GroupBy(f => Validation.FieldPath(f.PropertyName)))
                errors[$"sources[{i}].{failure.Key}"] = failure.Select(f => f.ErrorMessage).Distinct().ToArray();
        }
        // Reduced and read before anything is stored, so a page with no text refuses the batch too.
        var preparedItems = errors.Count > 0 ? [] : items.Select(item => ingestion.Prepare(item!, ct)).ToList();
        for (var i = 0; i < preparedItems.Count; i++)
            if (preparedItems[i].HasNoText) errors[$"sources[{i}].html"] = [PreparedSource.NoText];
        if (errors.Count > 0)
            return Problems.Problem(StatusCodes.Status422UnprocessableEntity, "batch_invalid", "Some items of the batch are invalid; nothing was stored.",
                string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                new Dictionary<string, object?> { ["errors"] = errors, ["invalidIndexes"] = errors.Keys.Select(k => int.Parse(k[8..k.IndexOf(']')])).Distinct().Order().ToList() });

        var results = new List<BatchItemResult>();
        var seen = new Dictionary<string, Guid>();
        var stored = new List<PreparedSource>();
        for (var i = 0; i < items.Count; i++)
        {
            var prepared = preparedItems[i];
            var existing = seen.TryGetValue(prepared.SourceId.ToString(), out var byId) ? byId
                : seen.TryGetValue(prepared.Ingested.TextSha256, out var byText) ? byText
                : await SourceIngestion.ExistingAsync(session, prepared, ct);
            if (existing is { } id)
            {
                results.Add(new BatchItemResult(i, id, false, 0));
                continue;
            }
            SourceIngestion.Append(session, prepared);
            stored.Add(prepared);
            seen[prepared.SourceId.ToString()] = prepared.SourceId;
            seen[prepared.Ingested.TextSha256] = prepared.SourceId;
            results.Add(new BatchItemResult(i, prepared.SourceId, true, prepared.Extracted.Claims.Count));
        }

        foreach (var prepared in stored) await AutoAcceptClaims.PublishAsync(bus, review, prepared.SourceId, prepared.Extracted);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SourceConflicts.IsDuplicate(e))
        {
            session.EjectAllPendingChanges(); // Wolverine commits the session after the endpoint
            return Problems.Problem(StatusCodes.Status409Conflict, "batch_conflict", "Another request stored some of these sources first.",
                "Nothing from this batch was stored; send it again and the stored ones will come back as not created.");
        }
        return Results.Json(new SourceBatchResult(results), Json.Options, statusCode: results.Any(r => r.Created) ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
