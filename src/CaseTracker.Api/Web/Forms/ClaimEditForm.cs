using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Features.Claims;
using CaseTracker.Domain.Vocabulary;
using static CaseTracker.Api.Web.Rendering.Texts;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Web.Forms;

/// <summary>
/// The claim page's accept form: the proposal's values, editable, named by their path in the
/// API's AcceptClaimRequest (overrides.action, overrides.reasons[0].category) so the API
/// validator's errors land next to them. Only fields the reviewer changed become overrides.
/// </summary>
public static class ClaimEditForm
{
    public static IReadOnlyList<FormField> Fields(ReviewClaim claim) =>
    [
        new("overrides.action", "Action", FieldKind.Select, Options<ActionType>()),
        new("overrides.platform", "Platform"),
        new("overrides.newPlatform", "The platform is new to the tracker", FieldKind.Checkbox),
        new("overrides.subject", "Subject"),
        new("overrides.subjectKind", "Kind of subject", FieldKind.Select, Options<SubjectKind>()),
        new("overrides.date.value", "Date", Hint: CaseForms.DateHint),
        new("overrides.scope", "Scope"),
        .. claim.Reasons.SelectMany((_, i) => new FormField[]
        {
            new($"overrides.reasons[{i}].statedBy", T("Reason {0}: stated by", i + 1), FieldKind.Select, [("", ""), .. Options<StatedBy>()]),
            new($"overrides.reasons[{i}].category", T("Reason {0}: category", i + 1), FieldKind.Select, Options<ReasonCategory>()),
            new($"overrides.reasons[{i}].text", T("Reason {0}: text", i + 1), FieldKind.TextArea),
        }),
    ];

    /// <summary>What the claim proposes, as the form shows it before any edit.</summary>
    public static IReadOnlyDictionary<string, string> Proposed(ReviewClaim claim)
    {
        var values = new Dictionary<string, string>
        {
            ["overrides.action"] = claim.Action.ToCode(), ["overrides.platform"] = claim.Platform, ["overrides.subject"] = claim.Subject,
            ["overrides.subjectKind"] = claim.SubjectKind.ToCode(), ["overrides.date.value"] = claim.Date?.Value ?? "", ["overrides.scope"] = claim.Scope ?? "",
        };
        for (var i = 0; i < claim.Reasons.Count; i++)
        {
            values[$"overrides.reasons[{i}].statedBy"] = claim.Reasons[i].StatedBy?.ToCode() ?? "";
            values[$"overrides.reasons[{i}].category"] = claim.Reasons[i].Category.ToCode();
            values[$"overrides.reasons[{i}].text"] = claim.Reasons[i].Text;
        }
        return values;
    }

    /// <summary>
    /// The overrides the posted form asks for: a field left as proposed is left out, so an
    /// untouched date keeps its flags (year inferred, approximate). Null when nothing changed.
    /// </summary>
    public static ClaimOverrides? Read(ReviewClaim claim, FormValues posted)
    {
        var proposed = Proposed(claim);
        string? Changed(string name) => posted.Raw(name).Trim() is var value && value != proposed[name].Trim() ? value : null;

        var reasons = claim.Reasons.Select((_, i) => new ReasonOverride(i, Changed($"overrides.reasons[{i}].text"),
                Changed($"overrides.reasons[{i}].category"), Changed($"overrides.reasons[{i}].statedBy")))
            .Where(r => r.Text is not null || r.Category is not null || r.StatedBy is not null).ToList();
        var overrides = new ClaimOverrides(Changed("overrides.platform"), posted.Checked("overrides.newPlatform"), Changed("overrides.subject"),
            Changed("overrides.subjectKind"), Changed("overrides.action"), Changed("overrides.date.value") is { } date ? new DateInput(date) : null,
            Changed("overrides.scope"), reasons.Count > 0 ? reasons : null);
        return overrides is { Platform: null, Subject: null, SubjectKind: null, Action: null, Date: null, Scope: null, Reasons: null } ? null : overrides;
    }

    private static List<(string Value, string Label)> Options<TEnum>() where TEnum : struct, Enum =>
        [.. Codes.All<TEnum>().Select(c => (c, Rendering.Words.Code(c)))];
}
