using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Web.Forms;
using CaseTracker.Api.Web.Rendering;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Web.Pages.Claims;

/// <summary>
/// One claim under review: the article with its quotes marked in place, what it proposes, the
/// case it would land in, and accept or reject through the API's own ClaimReview.
/// </summary>
public sealed class ClaimModel(IDocumentSession session, ClaimReview review, IValidator<RejectClaimRequest> rejectValidator, IValidator<AcceptClaimRequest> acceptValidator) : WebPage
{
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public double? Confidence { get; set; }

    public ReviewClaim Claim { get; private set; } = null!;
    public SourceDocument? Source { get; private set; }
    public IReadOnlyList<TextRun> Runs { get; private set; } = [];
    public CaseHistory? Suggested { get; private set; }
    public Guid? NextId { get; private set; }
    public string? Problem { get; private set; }
    public string? RejectError { get; private set; }
    /// <summary>Errors of the accept form by field path; the posted values, when the form comes back with them.</summary>
    public IReadOnlyDictionary<string, string> EditErrors { get; private set; } = new Dictionary<string, string>();
    public FormValues? Posted { get; private set; }

    public string ValueOf(FormField field) => Posted is { } posted ? posted.Raw(field.Name)
        : ClaimEditForm.Proposed(Claim).TryGetValue(field.Name, out var proposed) ? proposed : "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, Guid? caseId, long? version)
    {
        if (!CanWrite) return Forbid();
        if (await session.LoadAsync<ReviewClaim>(id, HttpContext.RequestAborted) is not { } claim) return NotFound();
        var overrides = ClaimEditForm.Read(claim, FormValues.From(Request.Form, Guid.Empty));
        var checkedRequest = await acceptValidator.ValidateAsync(new AcceptClaimRequest(caseId, version, overrides), HttpContext.RequestAborted);
        if (!checkedRequest.IsValid)
        {
            if (!await LoadAsync(id)) return NotFound();
            Posted = FormValues.From(Request.Form, Guid.Empty);
            EditErrors = checkedRequest.Errors.GroupBy(e => Validation.FieldPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await review.AcceptAsync(session, id, caseId, version, automatic: false, HttpContext.RequestAborted, overrides?.ToEdits());
        if (outcome.Problem is null) return Redirect($"/cases/{outcome.CaseId}?written=yes#action-{outcome.ActionId}");
        return await Refused(id, outcome.Problem);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? rejectReason)
    {
        if (!CanWrite) return Forbid();
        var request = new RejectClaimRequest(rejectReason);
        var checkedRequest = await rejectValidator.ValidateAsync(request, HttpContext.RequestAborted);
        if (!checkedRequest.IsValid)
        {
            RejectError = checkedRequest.Errors[0].ErrorMessage;
            if (!await LoadAsync(id)) return NotFound();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await review.RejectAsync(session, id, request.Reason!, HttpContext.RequestAborted) is { } problem) return await Refused(id, problem);
        await LoadAsync(id);
        return Redirect(NextId is { } next ? $"/claims/{next}{Filters}" : $"/claims{Filters}");
    }

    private async Task<IActionResult> Refused(Guid id, IResult problem)
    {
        if (!await LoadAsync(id)) return NotFound();
        Problem = problem is ProblemHttpResult p ? p.ProblemDetails.Detail ?? p.ProblemDetails.Title : "The claim could not be reviewed.";
        Response.StatusCode = (problem as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await session.LoadAsync<ReviewClaim>(id, ct) is not { } claim) return false;
        Claim = claim;
        Source = await session.LoadAsync<SourceDocument>(claim.SourceId, ct);
        if (Source is not null)
        {
            var others = (await session.Query<ReviewClaim>().Where(c => c.SourceId == claim.SourceId && c.Id != id).ToListAsync(ct))
                .SelectMany(c => c.Quotes.Select(q => (q.Start, q.End)));
            var own = claim.Quotes.Select(q => (q.Start, q.End)).Concat(claim.Reasons.Select(r => (r.Quote.Start, r.Quote.End))).ToList();
            var first = own.Count == 0 ? ((int, int)?)null : (own.Min(q => q.Start), own.Where(q => q.Start == own.Min(o => o.Start)).Max(q => q.End));
            Runs = Highlights.Split(Source.Text, others.Concat(own), first);
        }
        // The case accepting would land in: the open case for this platform and subject, found as ClaimReview finds it.
        Suggested = await Infrastructure.OpenCases.FindAsync(session, claim.Platform, claim.Subject, ct) is { } open
            ? await session.LoadAsync<CaseHistory>(open, ct)
            : null;
        var queue = (await IndexModel.Pending(session, Language, Platform, Confidence).Select(c => c.Id).Take(200).ToListAsync(ct)).ToList();
        var at = queue.IndexOf(id);
        NextId = at >= 0 && at + 1 < queue.Count ? queue[at + 1] : queue.Where(q => q != id).Select(q => (Guid?)q).FirstOrDefault();
        return true;
    }

    public string Filters => QueryString.Create(new Dictionary<string, string?>
    {
        ["language"] = Language, ["platform"] = Platform, ["confidence"] = Confidence?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null)).ToString();
}
