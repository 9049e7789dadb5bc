using CaseTracker.Api.Web.Forms;
using CaseTracker.Domain.History;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Cases;

/// <summary>
/// One write form on a case. The form carries the case version it was filled against; errors
/// come back next to their fields and nothing is written; a newer version says someone else
/// changed the case and shows it as it is now.
/// </summary>
public sealed class WriteModel(IDocumentStore store, CasePageWrites writes) : WebPage
{
    public CaseForm Form { get; private set; } = null!;
    public CaseHistory History { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public FormValues Values { get; private set; } = new(new Dictionary<string, string?>());
    public long Version { get; private set; }
    public bool Conflict { get; private set; }
    public string? Refusal { get; private set; }
    public bool Allowed => Role >= Form.Role;

    public async Task<IActionResult> OnGetAsync(Guid id, string form)
    {
        if (!CaseForms.All.TryGetValue(form, out var found) || await LoadAsync(id) is null) return NotFound();
        Form = found;
        Values = new FormValues(Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
        Version = History.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string form)
    {
        if (!CaseForms.All.TryGetValue(form, out var found)) return NotFound();
        Form = found;
        if (!Allowed) return Forbid();
        Values = FormValues.From(Request.Form, id);
        var attempt = await Form.Read(Values, HttpContext.RequestServices);
        var formVersion = long.TryParse(Values["version"], out var v) ? v : 0;
        if (attempt.Decide is null)
        {
            if (await LoadAsync(id) is null) return NotFound();
            Errors = attempt.Errors;
            Version = formVersion;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        var outcome = attempt.AbsorbedId is { } absorbed
            ? await writes.MergeAsync(id, formVersion, absorbed, attempt.Rationale!, ct)
            : await writes.DecideAsync(id, formVersion, attempt.Decide, attempt.CreatedId, ct);
        if (outcome.NotFound || await LoadAsync(id) is null) return NotFound();
        if (!outcome.Failed)
            return Redirect($"/cases/{id}?written={(outcome.Written ? "yes" : "nothing")}{(outcome.CreatedId is { } created ? "#action-" + created : "")}");

        Conflict = outcome.Conflict;
        Refusal = outcome.Refusal;
        // After a conflict the form is offered again against the case as it is now.
        Version = Conflict ? History.Version : formVersion;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<CaseHistory?> LoadAsync(Guid id)
    {
        await using var session = store.QuerySession();
        History = (await session.LoadAsync<CaseHistory>(id, HttpContext.RequestAborted))!;
        return History;
    }

    public string ValueOf(FormField field) => Values.Raw(field.Name);

    public string? ErrorOf(FormField field) => Errors.TryGetValue(field.Name, out var e) ? e : null;
}
