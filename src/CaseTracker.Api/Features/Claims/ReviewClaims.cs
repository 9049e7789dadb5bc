using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Infrastructure;
using FluentValidation;
using Marten;
using Marten.Pagination;
using Wolverine.Http;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Claims;

public sealed record ClaimPage(IReadOnlyList<ReviewClaim> Items, int Page, int PageSize, long Total);

/// <summary>Overrides: the reviewer's corrections to the proposal; the case records the corrected reading.</summary>
public sealed record AcceptClaimRequest(Guid? CaseId = null, long? Version = null, ClaimOverrides? Overrides = null);

public sealed record RejectClaimRequest(string? Reason);

/// <summary>Where an accepted claim landed: the case, the action it recorded or corroborated, and the case's new version.</summary>
public sealed record AcceptedClaim(Guid ClaimId, Guid CaseId, Guid ActionId, bool Corroborated, bool NewCase, long CaseVersion, bool Disputed);

public sealed record ClaimRejectedAnswer(Guid ClaimId, string Status);

public sealed class RejectClaimValidator : AbstractValidator<RejectClaimRequest>
{
    public RejectClaimValidator() => RuleFor(r => r.Reason).IsText(Limits.Text);
}

public sealed class AcceptClaimValidator : AbstractValidator<AcceptClaimRequest>
{
    public AcceptClaimValidator(TimeProvider clock)
    {
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
        RuleFor(r => r.Overrides!).SetValidator(new ClaimOverridesValidator(clock)).When(r => r.Overrides is not null);
    }
}

public static class ReviewClaimsEndpoints
{
    private static readonly string[] Statuses = ["pending", "accepted", "rejected"];

    /// <summary>The review queue: claims by status (default pending), platform and language, oldest first.</summary>
    [WolverineGet("/api/claims", Name = "ListClaims")]
    public static async Task<IResult> List(string? status, string? platform, string? language, Guid? sourceId, int? page, int? pageSize, IQuerySession session, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !Statuses.Contains(status)) errors["status"] = ["status must be pending, accepted or rejected."];
        Paging.Check(page, pageSize, errors);
        if (errors.Count > 0) return Problems.Validation(errors);

        var wanted = status ?? "pending";
        IQueryable<ReviewClaim> query = session.Query<ReviewClaim>().Where(c => c.Status == wanted);
        if (!string.IsNullOrWhiteSpace(platform) && PlatformRules.KeyOf(platform) is var platformKey) query = query.Where(c => c.PlatformKey == platformKey);
        if (!string.IsNullOrWhiteSpace(language)) query = query.Where(c => c.Language == language.Trim().ToLowerInvariant());
        if (sourceId is { } source) query = query.Where(c => c.SourceId == source);
        var results = await query.OrderBy(c => c.ExtractedAt).ThenBy(c => c.FirstQuoteStart).ToPagedListAsync(page ?? 1, pageSize ?? 20, http.RequestAborted);
        return Results.Json(new ClaimPage(results.ToList(), (int)results.PageNumber, (int)results.PageSize, results.TotalItemCount), Json.Options);
    }

    [WolverineGet("/api/claims/{id}", Name = "GetClaim")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http) =>
        await session.LoadAsync<ReviewClaim>(id, http.RequestAborted) is { } claim ? Results.Json(claim, Json.Options) : ClaimReview.ClaimNotFound(id);

    /// <summary>Accepts a claim into the given case, or into the open case for its platform and subject (opened if none).</summary>
    [WolverinePost("/api/claims/{id}/accept", Name = "AcceptClaim")]
    public static async Task<IResult> Accept(Guid id, AcceptClaimRequest request, ClaimReview review, IDocumentSession session, HttpContext http)
    {
        if (!ExpectedVersion.TryRead(http, request.Version, out var expected, out var badHeader)) return badHeader!;
        var outcome = await review.AcceptAsync(session, id, request.CaseId, expected, automatic: false, http.RequestAborted, request.Overrides?.ToEdits());
        if (outcome.Problem is { } problem) return problem;
        http.Response.Headers.ETag = ExpectedVersion.ETag(outcome.CaseVersion);
        return Results.Json(new AcceptedClaim(outcome.ClaimId, outcome.CaseId, outcome.ActionId, outcome.Corroborated, outcome.NewCase, outcome.CaseVersion, outcome.Disputed), Json.Options);
    }

    [WolverinePost("/api/claims/{id}/reject", Name = "RejectClaim")]
    public static async Task<IResult> Reject(Guid id, RejectClaimRequest request, ClaimReview review, IDocumentSession session, HttpContext http)
    {
        return await review.RejectAsync(session, id, request.Reason!, http.RequestAborted)
            ?? Results.Json(new ClaimRejectedAnswer(id, "rejected"), Json.Options);
    }
}
