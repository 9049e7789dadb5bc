using FsCheck;
using FsCheck.Fluent;

namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>One generated request: what it is, and whether the API must refuse it whatever else happens.</summary>
public sealed record HostileRequest(string Method, string Url, string Body, byte[] Invalid, string ContentType, string What, bool MustRefuse)
{
    public byte[] Bytes => Fragment.Encode(Body, Invalid);
    public override string ToString() => $"{Method} {Url} [{What}]{(MustRefuse ? " must be refused" : "")}";
}

public static class HostileRequests
{
    /// <summary>One field of a case write made hostile.</summary>
    public static Gen<HostileRequest> FieldMutations(WriteTemplate template) =>
        from target in Gen.Elements(template.Body.Paths().Where(p => p.Path != WriteTemplate.Root).ToArray())
        from fragment in FragmentFor(target.Field)
        from invalid in Gen.Elements(HostileValues.InvalidUtf8Sequences)
        select new HostileRequest("POST", template.Path, template.Body.Render(target.Path, fragment.Json), invalid, "application/json",
            $"{template.Name}: {target.Path} = {Show(fragment.What)}", MustRefuse(target.Field, fragment));

    /// <summary>A body that is broken as a whole: cut short, not an object, trailing junk, bytes that are not UTF-8, a content type we do not read.</summary>
    public static Gen<HostileRequest> Structural(string path, string validBody, bool knownShape) =>
        from kind in Gen.Choose(0, 9)
        from cut in Gen.Choose(0, Math.Max(0, validBody.Length - 1))
        from invalid in Gen.Elements(HostileValues.InvalidUtf8Sequences)
        from root in Gen.Elements("[]", "null", "\"text\"", "123", "true", "[{}]")
        from contentType in Gen.Elements("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1")
        from junk in Gen.Elements("}", "x", ",{}", "\u0000", "]")
        select kind switch
        {
            0 => new HostileRequest("POST", path, validBody[..cut], [], "application/json", $"cut at {cut}", true),
            1 => new HostileRequest("POST", path, root, [], "application/json", $"root {root}", knownShape),
            2 => new HostileRequest("POST", path, validBody + junk, [], "application/json", $"trailing {Show(junk)}", true),
            3 => new HostileRequest("POST", path, validBody.Insert(cut, HostileValues.InvalidUtf8), invalid, "application/json",
                $"bytes {Convert.ToHexString(invalid)} at {cut}", true),
            4 => new HostileRequest("POST", path, validBody, [], contentType, $"content type {contentType}", !contentType.Contains("charset")),
            5 => new HostileRequest("POST", path, "/* comment */" + validBody, [], "application/json", "comment", true),
            6 => new HostileRequest("POST", path, validBody[..^1] + ",}", [], "application/json", "trailing comma", validBody.Length > 2),
            7 => new HostileRequest("POST", path, "", [], "application/json", "empty body", true),
            8 => new HostileRequest("POST", path, "\uFEFF" + validBody, [], "application/json", "byte order mark", false),
            _ => new HostileRequest("POST", path, "{\"version\":" + root + "," + validBody[1..], [], "application/json", $"version {root}", knownShape && root != "null" && path != "/api/cases"),
        };

    private static Gen<Fragment> FragmentFor(Field field) => field.Kind switch
    {
        FieldKind.Object or FieldKind.Flag or FieldKind.Id => Gen.OneOf(HostileValues.WrongTypes, HostileValues.StringFragments(0)),
        FieldKind.Offset => Gen.Elements(HostileValues.BadNumbers).Select(n => new Fragment(n, $"number {n}")),
        _ => Gen.Frequency((3, HostileValues.StringFragments(field.Limit)), (1, HostileValues.WrongTypes)),
    };

    private static bool MustRefuse(Field field, Fragment fragment)
    {
        if (fragment.Malformed || fragment.WrongType || fragment.TooLong) return true;
        // PostgreSQL's jsonb cannot hold U+0000: text with it is refused up front, in every field.
        if (fragment.TextValue?.Contains('\0') == true) return true;
        var isRealText = fragment.What == "valid Unicode" || fragment.What.StartsWith("injection", StringComparison.Ordinal);
        return field.Kind switch
        {
            FieldKind.Object or FieldKind.Flag or FieldKind.Id => true,
            FieldKind.Offset => fragment.Json != "0",
            FieldKind.ControlFreeText => fragment.TextValue?.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) == true,
            FieldKind.Text => false,
            _ => !isRealText || fragment.What.StartsWith("injection", StringComparison.Ordinal),
        };
    }

    private static string Show(string text) => text.Length > 60 ? $"{text[..40].Replace("\0", "\\0")}… ({text.Length} chars)" : text.Replace("\0", "\\0");
}
