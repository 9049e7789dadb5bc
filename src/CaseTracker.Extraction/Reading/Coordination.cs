using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Lists joined by commas and "and" (the language's conjunctions): "Facebook and Instagram suspended...",
/// "os perfis no Instagram e no TikTok", "banned r/FindThemNow and r/WhoIsThis". Each member of the list
/// had the action done on its own, so it becomes its own claim.
/// </summary>
internal static class Coordination
{
    /// <summary>Little words allowed after the conjunction before the next member: "e no TikTok", "and on Instagram".</summary>
    private const int Filler = 2;

    /// <summary>The other platforms listed with the one that did the action, in this sentence.</summary>
    public static List<string> Platforms(ArticleText a, Sentence s, Hit action, string platform)
    {
        Hit? anchor = null;
        var best = int.MaxValue;
        foreach (var p in a.In(HitKind.Platform, s.First, s.End))
        {
            if (a.Platforms[p.Value] != platform) continue;
            var distance = p.First > action.Last ? p.First - action.Last : action.First - p.Last;
            if (distance < best) (anchor, best) = (p, distance);
        }
        var found = new List<string>();
        if (anchor is not { } start) return found;
        foreach (var member in Members(a, s, start, (t) => a.At(t, HitKind.Platform)))
        {
            var name = a.Platforms[member.Value];
            if (name != platform && !found.Contains(name)) found.Add(name);
        }
        return found;
    }

    /// <summary>The other names listed with the subject, in this sentence.</summary>
    public static List<string> Subjects(ArticleText a, Sentence s, string subject)
    {
        var found = new List<string>();
        Hit? anchor = null;
        foreach (var e in a.In(HitKind.Entity, s.First, s.End))
            if (e.Value == EntityFinder.Name && !a.Has(e.First, HitKind.Platform) && a.Name(e) == subject) { anchor = e; break; }
        if (anchor is not { } start) return found;
        Hit? Named(int t) => a.At(t, HitKind.Entity) is { } e && e.Value == EntityFinder.Name && !a.Has(t, HitKind.Platform) && !a.Has(t, HitKind.Month) ? e : null;
        foreach (var member in Members(a, s, start, Named))
        {
            var name = a.Name(member);
            if (name != subject && !found.Contains(name)) found.Add(name);
        }
        return found;
    }

    /// <summary>Most tokens a quoted name may span: „Neam și Cruce”, "Esparza Natural".</summary>
    private const int QuotedName = 6;

    /// <summary>
    /// "TikTok a eliminat patru conturi: „Legiunea Nouă”, „Neam și Cruce” și „Tineretul Verde”", "suspended three
    /// accounts, @a, @b and @c": the accounts acted on, enumerated after the action word. A list of two or more names
    /// (quoted names, handles, capitalised names) right after a colon or an account noun, or of three or more anywhere
    /// after the action, names each account the action fell on.
    /// </summary>
    public static List<string> Enumerated(ArticleText a, Sentence s, Hit action)
    {
        var tokens = a.Tokens;
        for (var t = action.Last + 1; t < s.End; t++)
        {
            var members = new List<string>();
            var u = t;
            while (Member(a, s, u) is { } m)
            {
                if (!members.Contains(m.Name)) members.Add(m.Name);
                u = m.Next;
                var joined = false;
                if (u < s.End && tokens[u].Kind == TokenKind.Punct && tokens[u].PunctChar == ',') { joined = true; u++; }
                if (u < s.End && a.At(u, HitKind.Conjunction) is { } and) { joined = true; u = and.Last + 1; }
                if (!joined) break;
            }
            if (members.Count < 2) continue;
            var introduced = t > s.First && (tokens[t - 1].Kind == TokenKind.Punct && tokens[t - 1].PunctChar == ':' || a.Has(t - 1, HitKind.SubjectNoun));
            if (members.Count >= 3 || introduced) return members;
        }
        return [];
    }

    /// <summary>One listed name at token t: a quoted span, or a name that is no platform, place or month.</summary>
    private static (string Name, int Next)? Member(ArticleText a, Sentence s, int t)
    {
        var tokens = a.Tokens;
        if (t >= s.End) return null;
        if (tokens[t].Kind == TokenKind.Punct && Tokenizer.OpeningQuotes.Contains(tokens[t].PunctChar))
        {
            for (var c = t + 1; c < s.End && c <= t + QuotedName + 1; c++)
            {
                if (tokens[c].Kind != TokenKind.Punct || !Tokenizer.ClosingMarks.Contains(tokens[c].PunctChar)) continue;
                if (c == t + 1 || !tokens[t + 1].Capitalized) return null;
                return (a.Text[tokens[t + 1].Start..tokens[c - 1].End], c + 1);
            }
            return null;
        }
        if (a.At(t, HitKind.Entity) is { } e && e.First == t && e.Value == EntityFinder.Name && !a.Has(t, HitKind.Platform) && !a.Has(t, HitKind.Month))
            return (a.Name(e), e.Last + 1);
        return null;
    }

    /// <summary>Walks the list both ways from one member: member (, member)* (conjunction) member.</summary>
    private static IEnumerable<Hit> Members(ArticleText a, Sentence s, Hit start, Func<int, Hit?> member)
    {
        var current = start;
        while (Next(a, s, current.Last + 1, member, forward: true) is { } next) { yield return next; current = next; }
        current = start;
        while (Next(a, s, current.First - 1, member, forward: false) is { } previous) { yield return previous; current = previous; }
    }

    private static Hit? Next(ArticleText a, Sentence s, int t, Func<int, Hit?> member, bool forward)
    {
        var step = forward ? 1 : -1;
        bool Inside(int u) => u >= s.First && u < s.End;
        bool QuoteMark(int u) => a.Tokens[u].Kind == TokenKind.Punct
                                 && (Tokenizer.OpeningQuotes.Contains(a.Tokens[u].PunctChar) || Tokenizer.ClosingMarks.Contains(a.Tokens[u].PunctChar));
        // "Álex Navarro, "CryptoLuna", Iván Prieto": quote marks around a member are no break in the list.
        if (Inside(t) && QuoteMark(t)) t += step;
        if (!Inside(t)) return null;
        // "no Instagram e no TikTok", "auf Instagram und auf TikTok": looking back, the short words that open the member
        // stand between it and the conjunction.
        for (var skip = 0; !forward && skip < Filler && Inside(t) && IsFiller(t) && a.At(t, HitKind.Conjunction) is null; skip++) t--;
        if (!Inside(t)) return null;
        var joined = false;
        if (a.Tokens[t].Kind == TokenKind.Punct && a.Tokens[t].PunctChar == ',') { joined = true; t += step; }
        if (Inside(t) && a.At(t, HitKind.Conjunction) is { } and) { joined = true; t = forward ? and.Last + 1 : and.First - 1; }
        if (!joined) return null;
        if (Inside(t) && QuoteMark(t)) t += step;
        for (var skip = 0; skip <= Filler && Inside(t); skip++, t += step)
        {
            if (member(t) is { } found) return found;
            if (!IsFiller(t)) return null;
        }
        return null;

        bool IsFiller(int u) => a.Tokens[u].Kind == TokenKind.Word && !a.Tokens[u].Capitalized && (a.Tokens[u].Norm.Length <= 3 || a.Has(u, HitKind.Determiner));
    }
}
