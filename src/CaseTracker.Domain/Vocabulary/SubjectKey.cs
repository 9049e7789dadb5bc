using System.Globalization;
using System.Text;

namespace CaseTracker.Domain.Vocabulary;

/// <summary>
/// One spelling per subject name for matching: case, accents, spacing, a leading @ and
/// surrounding quotes do not make two subjects different.
/// </summary>
public static class SubjectKey
{
    public static string Of(string name)
    {
        var decomposed = name.Trim().Trim('"', '\'', '«', '»', '“', '”').TrimStart('@').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
