using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Security;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using static CaseTracker.Api.Web.Rendering.Texts;

namespace CaseTracker.Api.Web.Forms;

/// <summary>A form read: the errors by field, or the decision to take on the case (never both).</summary>
public sealed record FormAttempt(IReadOnlyDictionary<string, string> Errors, Func<Case, Decision>? Decide, Guid? CreatedId = null, Guid? AbsorbedId = null, string? Rationale = null);

/// <summary>A write form on a case: its fields, who may use it, and how its values become the API's request and decision.</summary>
public sealed record CaseForm(string Kind, string Title, Role Role, Func<CaseHistory, IReadOnlyList<FormField>> Fields,
    Func<FormValues, IServiceProvider, Task<FormAttempt>> Read);

/// <summary>
/// The case write forms. Each builds the same request record the API endpoint takes, checks it
/// with the same registered validator, and decides with the same pure decision: no rule is
/// written twice.
/// </summary>
public static class CaseForms
{
    public static readonly IReadOnlyDictionary<string, CaseForm> All = new CaseForm[]
    {
        new("action", "Record an action", Role.Analyst, _ => [Select("type", "Action", Codes.All<ActionType>(), required: true), DateField("occurredOn", "Date"),
            new("scope", "Scope"), ..SourceFields()], RecordAction),
        new("corroborate", "Corroborate an action", Role.Analyst, h => [ActionChoice(h), ..SourceFields()], Corroborate),
        new("reason", "State a reason", Role.Analyst, h => [ActionChoice(h, optional: true), Select("statedBy", "Stated by", Codes.All<StatedBy>(), required: true),
            Select("category", "Category", Codes.All<ReasonCategory>(), required: true), new("text", "Text", FieldKind.TextArea, Required: true),
            new("language", "Language", Hint: "fr, en, ar …"), ..SourceFields()], Reason),
        new("dispute", "Dispute an action", Role.Analyst, h => [ActionChoice(h), Select("kind", "Kind", Codes.All<DisputeKind>(), required: true),
            DateField("claimedDate", "Claimed date"), new("note", "Note", FieldKind.TextArea), ..SourceFields()], Dispute),
        new("resolve", "Resolve a dispute", Role.Analyst, h => [ActionChoice(h), new("chosenReading", "Chosen reading", Required: true),
            new("rationale", "Rationale", FieldKind.TextArea, Required: true)], Resolve),
        new("withdraw", "Withdraw an action", Role.Analyst, h => [ActionChoice(h), new("rationale", "Rationale", FieldKind.TextArea, Required: true)], Withdraw),
        new("note", "Add a note", Role.Analyst, _ => [new("text", "Text", FieldKind.TextArea, Required: true)], Note),
        new("close", "Close the case", Role.Analyst, _ => [new("rationale", "Rationale", FieldKind.TextArea)], Close),
        new("reopen", "Reopen the case", Role.Analyst, _ => [new("rationale", "Rationale", FieldKind.TextArea)], Reopen),
        new("merge", "Merge another case into this one", Role.Admin, _ => [new("absorbedId", "Case to merge into this one (id)", Required: true),
            new("rationale", "Rationale", FieldKind.TextArea, Required: true)], Merge),
    }.ToDictionary(f => f.Kind);

    public const string DateHint = "YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is unknown";

    private static FormField Select(string name, string label, IEnumerable<string> codes, bool required = false) =>
        new(name, label, FieldKind.Select, (required ? [] : new[] { ("", "") }).Concat(codes.Select(c => (c, Rendering.Words.Code(c)))).ToList(), Required: required);

    private static FormField DateField(string name, string label) => new($"{name}.value", label, Hint: DateHint);

    private static FormField ActionChoice(CaseHistory history, bool optional = false) => new("actionId", "Action", FieldKind.Select,
        (optional ? new[] { ("", T("any")) } : []).Concat(history.Timeline.Select(t =>
            (t.ActionId.ToString(), $"{Rendering.Words.Action(t.Type)}: {Rendering.Words.Date(t.OccurredOn)}"))).ToList(), Required: !optional);

    private static IEnumerable<FormField> SourceFields() =>
    [
        new("source.outlet", "Outlet", Required: true), new("source.url", "URL", FieldKind.Url), new("source.title", "Title"),
        new("source.publishedOn", "Published on", FieldKind.Date), new("source.language", "Language", Hint: "fr, en, ar …"),
        new("source.quote", "Quote", FieldKind.TextArea, Hint: "The words of the source that report it, verbatim."),
    ];

    private static SourceInput? Source(FormValues f) =>
        new(f["source.outlet"], f["source.url"], f["source.title"], f["source.publishedOn"], f["source.language"], f["source.quote"]);

    private static DateInput? Date(FormValues f, string name) =>
        f[$"{name}.value"] is { } value ? new DateInput(value.Trim(), f.Checked($"{name}.approximate")) : null;

    private static long? Version(FormValues f) => long.TryParse(f["version"], out var v) ? v : null;

    private static Task<FormAttempt> RecordAction(FormValues f, IServiceProvider services)
    {
        var request = new RecordActionRequest(f["type"], Date(f, "occurredOn"), Source(f), f["scope"], Version(f));
        var actionId = Guid.CreateVersion7();
        return Check(services, request, state =>
        {
            Codes.TryParse<ActionType>(request.Type, out var type);
            return CaseDecisions.RecordAction(state, actionId, type, request.OccurredOn?.ToPartialDate(), request.Scope, request.Source!.ToCitation());
        }, actionId);
    }

    private static Task<FormAttempt> Corroborate(FormValues f, IServiceProvider services)
    {
        var request = new CorroborateActionRequest(Source(f), Version(f));
        return WithAction(f, actionId => Check(services, request, state => CaseDecisions.Corroborate(state, actionId, request.Source!.ToCitation())));
    }

    private static Task<FormAttempt> Reason(FormValues f, IServiceProvider services)
    {
        var request = new StateReasonRequest(f["statedBy"], f["category"], f["text"], Source(f), f.Id("actionId"), f["language"], Version(f));
        var reasonId = Guid.CreateVersion7();
        return Check(services, request, state =>
        {
            Codes.TryParse<StatedBy>(request.StatedBy, out var statedBy);
            Codes.TryParse<ReasonCategory>(request.Category, out var category);
            return CaseDecisions.StateReason(state, reasonId, request.ActionId, statedBy, category, request.Text!, request.Language?.ToLowerInvariant(), request.Source!.ToCitation());
        }, reasonId);
    }

    private static Task<FormAttempt> Dispute(FormValues f, IServiceProvider services)
    {
        var request = new DisputeActionRequest(f["kind"], Source(f), Date(f, "claimedDate"), f["note"], Version(f));
        return WithAction(f, actionId => Check(services, request, state =>
        {
            Codes.TryParse<DisputeKind>(request.Kind, out var kind);
            return CaseDecisions.Dispute(state, actionId, kind, request.ClaimedDate?.ToPartialDate(), request.Note, request.Source!.ToCitation());
        }));
    }

    private static Task<FormAttempt> Resolve(FormValues f, IServiceProvider services)
    {
        var request = new ResolveDisputeRequest(f["chosenReading"], f["rationale"], Version(f));
        return WithAction(f, actionId => Check(services, request, state => CaseDecisions.ResolveDispute(state, actionId, request.ChosenReading!, request.Rationale!)));
    }

    private static Task<FormAttempt> Withdraw(FormValues f, IServiceProvider services)
    {
        var request = new WithdrawActionRequest(f["rationale"], Version(f));
        return WithAction(f, actionId => Check(services, request, state => CaseDecisions.Withdraw(state, actionId, request.Rationale!)));
    }

    private static Task<FormAttempt> Note(FormValues f, IServiceProvider services)
    {
        var request = new AddNoteRequest(f["text"], Version(f));
        var noteId = Guid.CreateVersion7();
        return Check(services, request, state => CaseDecisions.AddNote(state, noteId, request.Text!), noteId);
    }

    private static Task<FormAttempt> Close(FormValues f, IServiceProvider services)
    {
        var request = new CaseStatusRequest(f["rationale"], Version(f));
        return Check(services, request, state => CaseDecisions.Close(state, request.Rationale));
    }

    private static Task<FormAttempt> Reopen(FormValues f, IServiceProvider services)
    {
        var request = new CaseStatusRequest(f["rationale"], Version(f));
        return Check(services, request, state => CaseDecisions.Reopen(state, request.Rationale));
    }

    /// <summary>The merge itself spans two streams; CasePageWrites.MergeAsync takes it from the checked request.</summary>
    private static async Task<FormAttempt> Merge(FormValues f, IServiceProvider services)
    {
        var request = new MergeCasesRequest(f.Id("caseId"), f.Id("absorbedId"), f["rationale"]);
        var attempt = await Check(services, request, _ => Decision.NothingNew);
        if (f["absorbedId"] is not null && request.AbsorbedId is null)
            attempt = attempt with { Errors = new Dictionary<string, string>(attempt.Errors) { ["absorbedId"] = "A case id looks like 0193f0c2-7d4e-7c1a-9a53-2f1e4a6b8c9d." }, Decide = null };
        return attempt.Decide is null ? attempt : attempt with { AbsorbedId = request.AbsorbedId, Rationale = request.Rationale };
    }

    /// <summary>Forms about one action need it chosen; the decision refuses an id the case does not hold.</summary>
    private static async Task<FormAttempt> WithAction(FormValues f, Func<Guid, Task<FormAttempt>> then)
    {
        if (f.Id("actionId") is { } actionId) return await then(actionId);
        var attempt = await then(Guid.Empty);
        return new FormAttempt(new Dictionary<string, string>(attempt.Errors) { ["actionId"] = T("Choose an action.") }, null);
    }

    private static async Task<FormAttempt> Check<T>(IServiceProvider services, T request, Func<Case, Decision> decide, Guid? createdId = null)
    {
        var result = await services.GetRequiredService<IValidator<T>>().ValidateAsync(request);
        if (result.IsValid) return new FormAttempt(new Dictionary<string, string>(), decide, createdId);
        var errors = result.Errors.GroupBy(e => Validation.FieldPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
        return new FormAttempt(errors, null);
    }
}
