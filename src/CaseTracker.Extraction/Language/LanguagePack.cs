using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Language;

/// <summary>One language's data compiled for reading: a phrase matcher and the date rules.</summary>
internal sealed class LanguagePack
{
    public string Code { get; }
    public HashSet<string> Stopwords { get; }
    public PhraseMatcher Matcher { get; }
    public IReadOnlyList<DatePattern> DatePatterns { get; }
    public IReadOnlyList<string> OrdinalSuffixes { get; }
    public bool MonthFirstNumeric { get; }
    public bool VerbInitial { get; }
    public bool AuxiliaryAfterParticiple { get; }
    public bool CapitalisedNouns { get; }
    public IReadOnlyList<string> AdjectiveEndings { get; }
    public IReadOnlyList<string> PassiveEndings { get; }
    public IReadOnlyList<string> PassivePrefixes { get; }

    public LanguagePack(LanguageData data, PlatformCatalog platforms)
    {
        Code = data.Code;
        Stopwords = data.Stopwords.Select(w => Folding.Fold(w)).ToHashSet(StringComparer.Ordinal);
        DatePatterns = data.DatePatterns.Select(DatePattern.Parse).OrderByDescending(p => p.Parts.Length).ToArray();
        OrdinalSuffixes = data.OrdinalSuffixes.Select(w => Folding.Fold(w)).ToArray();
        MonthFirstNumeric = data.NumericDateOrder == "mdy";
        VerbInitial = data.VerbInitial;
        AuxiliaryAfterParticiple = data.AuxiliaryAfterParticiple;
        CapitalisedNouns = data.CapitalisedNouns;
        AdjectiveEndings = data.AdjectiveEndings.Select(w => Folding.Fold(w)).ToArray();
        PassiveEndings = data.PassiveEndings.Select(w => Folding.Fold(w)).ToArray();
        PassivePrefixes = data.PassivePrefixes.Select(w => Folding.Fold(w)).ToArray();
        Matcher = new PhraseMatcher(Phrases(data, platforms), new Clitics(data.CliticPrefixes, data.CliticSuffixes), Stemmer.For(data.Stemmer));
    }

    private static IEnumerable<Phrase> Phrases(LanguageData d, PlatformCatalog platforms)
    {
        var phrases = new List<Phrase?>();
        void Add(IEnumerable<string> entries, HitKind kind, int value = 0) =>
            phrases.AddRange(entries.Select(e => Phrase.Parse(e, kind, value)));

        foreach (var (code, words) in d.Actions)
            Add(words, HitKind.Action, code == "blocked" ? ActionWords.Blocked : (int)Parse<ActionType>(code, d.Code));
        foreach (var (code, words) in d.SubjectNouns) Add(words, HitKind.SubjectNoun, (int)Parse<SubjectKind>(code, d.Code));
        foreach (var (code, words) in d.Reasons) Add(words, HitKind.Reason, (int)Parse<ReasonCategory>(code, d.Code));
        foreach (var (party, words) in d.Parties)
            Add(words, party switch
            {
                "platform" => HitKind.PlatformParty,
                "subject" => HitKind.SubjectParty,
                "government" => HitKind.GovernmentParty,
                _ => throw new InvalidDataException($"{d.Code}: unknown party '{party}'"),
            });
        foreach (var (kind, words) in d.Pronouns)
            Add(words, kind switch
            {
                "organisation" => HitKind.PronounOrganisation,
                "person" => HitKind.PronounPerson,
                "any" => HitKind.PronounAny,
                _ => throw new InvalidDataException($"{d.Code}: unknown pronoun kind '{kind}'"),
            });
        foreach (var (side, words) in d.Attribution)
            Add(words, side switch
            {
                "speaker_before" => HitKind.SpeakerBefore,
                "speaker_after" => HitKind.SpeakerAfter,
                _ => throw new InvalidDataException($"{d.Code}: unknown attribution side '{side}'"),
            });
        foreach (var (canonical, aliases) in d.PlatformAliases) platforms.Add(canonical, aliases);
        for (var i = 0; i < platforms.Names.Count; i++) Add(platforms.Aliases[i], HitKind.Platform, i);

        foreach (var (word, n) in d.Months) Add([word], HitKind.Month, n);
        foreach (var (word, n) in d.Weekdays) Add([word], HitKind.Weekday, n);
        foreach (var (word, n) in d.RelativeDays) Add([word], HitKind.RelativeDay, n);
        foreach (var (word, n) in d.RelativeMonths) Add([word], HitKind.RelativeMonth, n);
        foreach (var (word, n) in d.RelativeYears) Add([word], HitKind.RelativeYear, n);
        foreach (var (word, n) in d.RelativeWeeks) Add([word], HitKind.RelativeWeek, n);
        foreach (var (word, n) in d.FollowingDays) Add([word], HitKind.FollowingDay, n);

        Add(d.DateBlockers, HitKind.DateBlocker);
        Add(d.ApproximateCues, HitKind.Approximate);
        Add(d.Possessors, HitKind.Possessor);
        Add(d.Determiners, HitKind.Determiner);
        Add(d.Passive, HitKind.Passive);
        Add(d.AgentPrepositions, HitKind.AgentPreposition);
        Add(d.SourcePrepositions, HitKind.SourcePreposition);
        Add(d.Negation, HitKind.Negation);
        Add(d.Threat, HitKind.Threat);
        Add(d.Plan, HitKind.Plan);
        Add(d.SelfCues, HitKind.SelfCue);
        Add(d.CustomerCues, HitKind.CustomerCue);
        Add(d.ServiceObjects, HitKind.ServiceObject);
        Add(d.ClauseBreaks, HitKind.ClauseBreak);
        Add(d.ScopePrepositions, HitKind.ScopePreposition);
        Add(d.ScopeBlockers, HitKind.ScopeBlocker);
        Add(d.TemporaryCues, HitKind.Temporary);
        Add(d.TimeOffsets, HitKind.TimeOffset);
        Add(d.NoExplanation, HitKind.NoExplanation);
        Add(d.GenericCues, HitKind.Generic);
        Add(d.SameAction, HitKind.SameAction);
        Add(d.PatientSubject, HitKind.PatientSubject);
        Add(d.ExecutiveTitles, HitKind.ExecutiveTitle);
        Add(d.RoleNouns, HitKind.RoleNoun);
        Add(d.Places, HitKind.Place);
        Add(d.ScopePostpositions, HitKind.ScopePostposition);
        Add(d.NonActions, HitKind.NonAction);
        Add(d.SpokespersonNouns, HitKind.Spokesperson);
        Add(d.ReasonCues, HitKind.ReasonCue);
        Add(d.PermanentCues, HitKind.Permanent);
        Add(d.DurationUnits, HitKind.DurationUnit);
        Add(d.NumberWords, HitKind.NumberWord);
        Add(d.FeatureObjects, HitKind.FeatureObject);
        Add(d.MonetizationObjects, HitKind.MonetizationObject);
        Add(d.Conjunctions, HitKind.Conjunction);
        return phrases.OfType<Phrase>();
    }

    /// <summary>
    /// A stop word as written or behind a one-letter clitic ("وفي" = and + in); not behind the article,
    /// which would make the name "العلي" the preposition "علي".
    /// </summary>
    public bool IsStopword(string norm)
    {
        if (Stopwords.Contains(norm)) return true;
        var forms = Matcher.FormsOf(norm);
        for (var i = 1; i < forms.Count; i++)
            if (forms[i].Length == norm.Length - 1 && norm.EndsWith(forms[i], StringComparison.Ordinal) && Stopwords.Contains(forms[i])) return true;
        return false;
    }

    private static T Parse<T>(string code, string language) where T : struct, Enum =>
        Codes.TryParse<T>(code, out var value) ? value : throw new InvalidDataException($"{language}: unknown {typeof(T).Name} code '{code}'");
}
