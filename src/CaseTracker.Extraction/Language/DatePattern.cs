namespace CaseTracker.Extraction.Language;

/// <summary>
/// One element of a date pattern from the data: D (day number), M (month name), Y (four-digit
/// year), W (a weekday name: "lunes 23" names the 23rd of the month of publication, or of the
/// month before when the 23rd is still to come), or a literal word ("de" in "7 de junio de 2020").
/// </summary>
internal readonly record struct DatePatternPart(char Slot, string? Word);

internal sealed record DatePattern(DatePatternPart[] Parts)
{
    public static DatePattern Parse(string pattern) => new(pattern
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p is "D" or "M" or "Y" or "W" ? new DatePatternPart(p[0], null) : new DatePatternPart('w', Text.Folding.Fold(p)))
        .ToArray());

    public bool HasDay => Parts.Any(p => p.Slot == 'D');
    public bool HasMonth => Parts.Any(p => p.Slot == 'M');
    public bool HasYear => Parts.Any(p => p.Slot == 'Y');
}
