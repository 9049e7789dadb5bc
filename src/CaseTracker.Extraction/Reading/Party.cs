using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Lexicon;

namespace CaseTracker.Extraction.Reading;

internal enum PartyRole
{
    Platform,
    Government,
    SubjectSide,
    Named,
    PersonPronoun,
    OrganisationPronoun,
    AnyPronoun,
}

/// <summary>Someone who can act or speak: a platform, a government body, a named entity, a pronoun.</summary>
internal sealed record Party(PartyRole Role, int First, int Last, string? Platform, string? Name)
{
    public bool IsPronoun => Role is PartyRole.PersonPronoun or PartyRole.OrganisationPronoun or PartyRole.AnyPronoun;

    /// <summary>Who stated a reason, seen from a claim about this subject.</summary>
    public StatedBy StatedByFor(string subject) => Role switch
    {
        PartyRole.Platform => StatedBy.Platform,
        PartyRole.Government => StatedBy.Government,
        PartyRole.SubjectSide => StatedBy.Subject,
        _ when Name is not null && SubjectNames.Compatible(Name, subject) => StatedBy.Subject,
        _ => StatedBy.ThirdParty,
    };

    /// <summary>The party mentioned at a token, if any. Places ("en Chine") are not parties.</summary>
    public static Party? At(ArticleText a, int t)
    {
        if (a.At(t, HitKind.Platform) is { } p) return new(PartyRole.Platform, p.First, p.Last, a.Platforms[p.Value], null);
        if (a.At(t, HitKind.GovernmentParty) is { } g) return new(PartyRole.Government, g.First, g.Last, null, a.Slice(g.First, g.Last));
        if (a.At(t, HitKind.PlatformParty) is { } pp) return new(PartyRole.OrganisationPronoun, pp.First, pp.Last, null, null) { RefersToPlatform = true };
        if (a.At(t, HitKind.Entity) is { } e)
        {
            if (e.Value != EntityFinder.Name) return null;
            if (a.ExecutiveOf(e) is { } runs) return new(PartyRole.Platform, e.First, e.Last, a.Platforms[runs], null);
            return new(PartyRole.Named, e.First, e.Last, null, a.Name(e));
        }
        if (a.At(t, HitKind.SubjectParty) is { } s) return new(PartyRole.SubjectSide, s.First, s.Last, null, null);
        if (a.At(t, HitKind.PronounPerson) is { } pe) return new(PartyRole.PersonPronoun, pe.First, pe.Last, null, null);
        if (a.At(t, HitKind.PronounOrganisation) is { } po) return new(PartyRole.OrganisationPronoun, po.First, po.Last, null, null);
        if (a.At(t, HitKind.PronounAny) is { } pa) return new(PartyRole.AnyPronoun, pa.First, pa.Last, null, null);
        return null;
    }

    /// <summary>"the company", "la plateforme": a reference that only a platform can satisfy.</summary>
    public bool RefersToPlatform { get; init; }
}

/// <summary>Loose comparison of subject names: "Humanitarian China" matches "Humanitarian China Zhou Fengsuo".</summary>
internal static class SubjectNames
{
    public static bool Compatible(string a, string b)
    {
        var (x, y) = (Text.Folding.Fold(a.Trim()), Text.Folding.Fold(b.Trim()));
        if (x.Length == 0 || y.Length == 0) return false;
        if (x == y || x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)) return true;
        return HandleOf(x, y) || HandleOf(y, x);
    }

    /// <summary>Shortest family name that makes a handle someone's: "@annalindqvistklima" is Anna Lindqvist's.</summary>
    private const int MinNamePart = 4;

    /// <summary>"@AnnaLindqvistKlima" and "Anna Lindqvist": the handle spells the name, or its last word, without spaces.</summary>
    private static bool HandleOf(string handle, string name)
    {
        if (!handle.StartsWith('@') || name.StartsWith('@')) return false;
        var spelled = handle[1..].Replace("_", "").Replace(".", "");
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        return spelled.Contains(string.Concat(words), StringComparison.Ordinal)
               || (words[^1].Length >= MinNamePart && spelled.Contains(words[^1], StringComparison.Ordinal));
    }
}
