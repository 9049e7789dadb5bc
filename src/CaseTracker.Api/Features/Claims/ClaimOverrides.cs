using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Platforms;
using FluentValidation;

namespace CaseTracker.Api.Features.Claims;

/// <summary>
/// A reviewer's corrections to a claim's proposal, sent with the acceptance; every field is
/// optional and an absent one keeps what the extractor read. NewPlatform as when opening a case.
/// </summary>
public sealed record ClaimOverrides(
    string? Platform = null, bool NewPlatform = false, string? Subject = null, string? SubjectKind = null, string? Action = null,
    DateInput? Date = null, string? Scope = null, IReadOnlyList<ReasonOverride>? Reasons = null)
{
    public ClaimEdits ToEdits() => new(
        Platform is null ? null : PlatformNames.CanonicalOrGiven(Platform.Trim()),
        Subject?.Trim(),
        Codes.TryParse<SubjectKind>(SubjectKind, out var kind) ? kind : null,
        Codes.TryParse<ActionType>(Action, out var action) ? action : null,
        Date?.ToPartialDate(),
        Scope?.Trim(),
        Reasons?.Select(r => r.ToEdit()).ToList());
}

/// <summary>A correction to the claim's reason number Index (from 0, in the claim's order).</summary>
public sealed record ReasonOverride(int? Index, string? Text = null, string? Category = null, string? StatedBy = null)
{
    public ReasonEdit ToEdit() => new(Index!.Value, Text?.Trim(),
        Codes.TryParse<ReasonCategory>(Category, out var category) ? category : null,
        Codes.TryParse<StatedBy>(StatedBy, out var by) ? by : null);
}

public sealed class ClaimOverridesValidator : AbstractValidator<ClaimOverrides>
{
    public ClaimOverridesValidator(TimeProvider clock)
    {
        RuleFor(o => o.Platform).IsText(100).IsKnownPlatform(o => o.NewPlatform).When(o => o.Platform is not null);
        RuleFor(o => o.Subject).IsText(Limits.Name).When(o => o.Subject is not null);
        RuleFor(o => o.SubjectKind).BeCode<ClaimOverrides, SubjectKind>();
        RuleFor(o => o.Action).BeCode<ClaimOverrides, ActionType>();
        RuleFor(o => o.Date!).SetValidator(new DateInputValidator(clock)).When(o => o.Date is not null);
        RuleFor(o => o.Scope).MaximumLength(Limits.Scope);
        RuleForEach(o => o.Reasons).SetValidator(new ReasonOverrideValidator());
    }
}

public sealed class ReasonOverrideValidator : AbstractValidator<ReasonOverride>
{
    public ReasonOverrideValidator()
    {
        RuleFor(r => r.Index).NotNull().WithMessage("Say which of the claim's reasons to change (index, from 0).").GreaterThanOrEqualTo(0);
        RuleFor(r => r.Text).IsText(Limits.Text).When(r => r.Text is not null);
        RuleFor(r => r.Category).BeCode<ReasonOverride, ReasonCategory>();
        RuleFor(r => r.StatedBy).BeCode<ReasonOverride, StatedBy>();
    }
}
