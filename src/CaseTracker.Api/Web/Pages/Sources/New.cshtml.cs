using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Web.Forms;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Marten;

namespace CaseTracker.Api.Web.Pages.Sources;

/// <summary>
/// Pasting an article: the API's SourceRequest and validator, and the same ingestion steps as
/// POST /api/sources (reduce, hash, extract; the same article again is not stored twice).
/// </summary>
public sealed class NewModel(IValidator<SourceRequest> validator, SourceIngestion ingestion, PageFetcher fetcher, IDocumentSession session, IDocumentStore store, ClaimReview review, IMartenOutbox outbox) : WebPage
{
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("outlet", "Outlet", Hint: "Leave empty when fetching: the site's name is used."),
        new("url", "URL", FieldKind.Url, Hint: "Give only the URL, without text or HTML, and the server fetches the page."), new("title", "Title"),
        new("language", "Language", Hint: "fr, en, ar …"), new("publishedOn", "Published on", FieldKind.Date),
        new("text", "Text", FieldKind.TextArea), new("html", "HTML of the page", FieldKind.TextArea),
    ];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public FormValues Values { get; private set; } = new(new Dictionary<string, string?>());

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanWrite) return Forbid();
        var ct = HttpContext.RequestAborted;
        Values = FormValues.From(Request.Form, Guid.Empty);
        var f = Values;
        var request = new SourceRequest(f["outlet"], f["url"], f["title"], f["language"], f["publishedOn"], f["text"], f["html"]);
        var result = await validator.ValidateAsync(request, ct);
        if (!result.IsValid) return Invalid(result.Errors.GroupBy(e => Validation.FieldPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.First().ErrorMessage));
        if (request.FetchesPage())
        {
            var (fetched, refusal) = await FetchedSource.CompleteAsync(request, fetcher, validator, ct);
            if (refusal is not null) return Invalid(new Dictionary<string, string> { ["url"] = refusal.Detail }, refusal.Status);
            request = fetched!;
        }

        var prepared = ingestion.Prepare(request);
        if (prepared.HasNoText) return Invalid(new Dictionary<string, string> { ["html"] = PreparedSource.NoText });
        if (await SourceIngestion.ExistingAsync(session, prepared, ct) is { } existing) return Redirect($"/sources/{existing}");
        SourceIngestion.Append(session, prepared);
        // As the API does: the confident claims are accepted by a message committed with the source.
        outbox.Enroll(session);
        await AutoAcceptClaims.PublishAsync(outbox, review, prepared.SourceId, prepared.Extracted);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SourceConflicts.IsDuplicate(e))
        {
            await using var query = store.QuerySession();
            return Redirect($"/sources/{await SourceIngestion.ExistingAsync(query, prepared, ct) ?? prepared.SourceId}");
        }
        return Redirect($"/sources/{prepared.SourceId}");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Invalid(Dictionary<string, string> errors, int status = StatusCodes.Status400BadRequest)
    {
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }
}
