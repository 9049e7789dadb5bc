namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>What a field holds, so a generator knows which hostile values it must refuse.</summary>
public enum FieldKind { Text, ControlFreeText, Code, PartialDate, Day, Url, Language, Country, Version, Offset, Flag, Id, Object }

/// <summary>A JSON body as a tree of fields with valid values, so one field at a time can be made hostile.</summary>
public sealed record Field(string Name, FieldKind Kind, string Json, int Limit = 0, IReadOnlyList<Field>? Children = null)
{
    public static Field Obj(string name, params Field[] children) => new(name, FieldKind.Object, "", 0, children);

    public string Render(string? replacedPath, string? replacement, string prefix = "")
    {
        var path = prefix.Length == 0 ? Name : $"{prefix}.{Name}";
        if (path == replacedPath) return replacement!;
        if (Children is null) return Json;
        return "{" + string.Join(",", Children.Select(c => $"\"{c.Name}\":{c.Render(replacedPath, replacement, path)}")) + "}";
    }

    public IEnumerable<(string Path, Field Field)> Paths(string prefix = "")
    {
        var path = prefix.Length == 0 ? Name : $"{prefix}.{Name}";
        yield return (path, this);
        foreach (var child in Children ?? []) foreach (var inner in child.Paths(path)) yield return inner;
    }
}

/// <summary>One write endpoint with a body it accepts; ROOT is the unnamed top-level object.</summary>
public sealed record WriteTemplate(string Name, string Path, Field Body, string? TextPath = null)
{
    public const string Root = "$";

    private static Field Source => Field.Obj("source",
        new Field("outlet", FieldKind.Text, "\"Timis Actu\"", 300),
        new Field("url", FieldKind.Url, "\"https://example.org/article\"", 2048),
        new Field("title", FieldKind.Text, "\"A title\"", 600),
        new Field("publishedOn", FieldKind.Day, "\"2020-06-08\""),
        new Field("language", FieldKind.Language, "\"fr\""),
        new Field("quote", FieldKind.Text, "\"the account was closed\"", 5000),
        new Field("quoteStart", FieldKind.Offset, "0"),
        new Field("quoteEnd", FieldKind.Offset, "5"));

    private static Field DateOf(string name) => Field.Obj(name,
        new Field("value", FieldKind.PartialDate, "\"2020-06-07\""), new Field("approximate", FieldKind.Flag, "false"), new Field("yearInferred", FieldKind.Flag, "false"));

    private static Field Root_(params Field[] fields) => Field.Obj(Root, fields);

    /// <summary>Every case write; CASE and ACTION in paths are replaced by a real case and action.</summary>
    public static readonly WriteTemplate[] All =
    [
        new("open case", "/api/cases", Root_(
            new Field("platform", FieldKind.ControlFreeText, "\"Zoom\"", 100),
            Field.Obj("subject", new Field("name", FieldKind.ControlFreeText, "\"Humanitarian China\"", 300), new Field("kind", FieldKind.Code, "\"account\""),
                new Field("handle", FieldKind.Text, "\"@hc\"", 300), new Field("url", FieldKind.Url, "\"https://example.org/hc\"", 2048), new Field("country", FieldKind.Country, "\"CN\"")),
            new Field("title", FieldKind.Text, "\"Zoom closes the account\"", 600))),
        new("record action", "/api/cases/CASE/actions", Root_(
            new Field("type", FieldKind.Code, "\"suspended\""), DateOf("occurredOn"), Source, new Field("scope", FieldKind.Text, "\"worldwide\"", 200)), "source.quote"),
        new("corroborate", "/api/cases/CASE/actions/ACTION/sources", Root_(Source)),
        new("dispute", "/api/cases/CASE/actions/ACTION/disputes", Root_(
            new Field("kind", FieldKind.Code, "\"other_date\""), Source, DateOf("claimedDate"), new Field("note", FieldKind.Text, "\"a week later\"", 5000))),
        new("withdraw", "/api/cases/CASE/actions/ACTION/withdraw", Root_(new Field("rationale", FieldKind.ControlFreeText, "\"recorded in error\"", 5000))),
        new("state reason", "/api/cases/CASE/reasons", Root_(
            new Field("statedBy", FieldKind.Code, "\"platform\""), new Field("category", FieldKind.Code, "\"legal_compliance_local_law\""),
            new Field("text", FieldKind.ControlFreeText, "\"participants must comply with local laws\"", 5000), Source,
            new Field("language", FieldKind.Language, "\"en\""), new Field("actionId", FieldKind.Id, "\"ACTION\"")), "text"),
        new("add note", "/api/cases/CASE/notes", Root_(new Field("text", FieldKind.ControlFreeText, "\"checked\"", 5000)), "text"),
        new("close", "/api/cases/CASE/close", Root_(new Field("rationale", FieldKind.Text, "\"done\"", 5000))),
        new("reopen", "/api/cases/CASE/reopen", Root_(new Field("rationale", FieldKind.Text, "\"more news\"", 5000))),
    ];
}
