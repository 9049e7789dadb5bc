namespace CaseTracker.Api.Web.Forms;

public enum FieldKind { Text, TextArea, Select, Checkbox, Date, Url, Hidden }

/// <summary>
/// One input of a write form. Its name is the field's path in the API's request (source.outlet,
/// occurredOn.value), so the API validator's errors land next to the field they are about.
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind = FieldKind.Text, IReadOnlyList<(string Value, string Label)>? Options = null,
    string? Hint = null, bool Required = false)
{
    public string Id => Name.Replace('.', '-');
}

/// <summary>The posted values, blank ones read as absent (as a JSON client would leave them out).</summary>
public sealed class FormValues(IReadOnlyDictionary<string, string?> values)
{
    /// <summary>The posted form, with the case the page is about set from the route (never from the form).</summary>
    public static FormValues From(IFormCollection form, Guid caseId)
    {
        var values = form.Keys.ToDictionary(k => k, k => (string?)form[k].ToString());
        values["caseId"] = caseId.ToString();
        return new FormValues(values);
    }

    public string? this[string name] => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public bool Checked(string name) => this[name] is "true" or "on";

    public Guid? Id(string name) => Guid.TryParse(this[name], out var id) ? id : null;

    public string Raw(string name) => values.TryGetValue(name, out var v) ? v ?? "" : "";
}
