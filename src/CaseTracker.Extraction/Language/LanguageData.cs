namespace CaseTracker.Extraction.Language;

/// <summary>
/// The shape of Languages/xx.json (snake_case keys). Every list holds phrases in the
/// Phrase syntax: words, "prefix*", "=ExactCase". See Languages/README.md.
/// </summary>
internal sealed class LanguageData
{
    public string Code { get; set; } = "";
    public List<string> Stopwords { get; set; } = [];

    public Dictionary<string, int> Months { get; set; } = [];
    public Dictionary<string, int> Weekdays { get; set; } = [];
    public Dictionary<string, int> RelativeDays { get; set; } = [];
    public Dictionary<string, int> RelativeMonths { get; set; } = [];
    public Dictionary<string, int> RelativeYears { get; set; } = [];
    public Dictionary<string, int> RelativeWeeks { get; set; } = [];
    public Dictionary<string, int> FollowingDays { get; set; } = [];
    public List<string> DatePatterns { get; set; } = [];
    public string NumericDateOrder { get; set; } = "dmy";
    public List<string> OrdinalSuffixes { get; set; } = [];
    public List<string> DateBlockers { get; set; } = [];
    public List<string> ApproximateCues { get; set; } = [];

    public Dictionary<string, List<string>> Actions { get; set; } = [];
    public Dictionary<string, List<string>> SubjectNouns { get; set; } = [];
    public Dictionary<string, List<string>> Parties { get; set; } = [];
    public Dictionary<string, List<string>> Pronouns { get; set; } = [];
    public Dictionary<string, List<string>> Attribution { get; set; } = [];
    public Dictionary<string, List<string>> Reasons { get; set; } = [];
    public Dictionary<string, List<string>> PlatformAliases { get; set; } = [];

    public List<string> Possessors { get; set; } = [];
    public List<string> Determiners { get; set; } = [];
    public List<string> Passive { get; set; } = [];
    public List<string> AgentPrepositions { get; set; } = [];
    /// <summary>"from", "van": the platform after one, beside an action noun, gave it ("received a warning from YouTube").</summary>
    public List<string> SourcePrepositions { get; set; } = [];
    public List<string> Negation { get; set; } = [];
    public List<string> Threat { get; set; } = [];
    public List<string> Plan { get; set; } = [];
    public List<string> SelfCues { get; set; } = [];
    public List<string> CustomerCues { get; set; } = [];
    public List<string> ServiceObjects { get; set; } = [];
    public List<string> ClauseBreaks { get; set; } = [];
    public List<string> ScopePrepositions { get; set; } = [];
    public List<string> ScopeBlockers { get; set; } = [];
    public List<string> TemporaryCues { get; set; } = [];
    public List<string> TimeOffsets { get; set; } = [];
    public List<string> NoExplanation { get; set; } = [];
    public List<string> GenericCues { get; set; } = [];
    /// <summary>"did the same", "hizo lo mismo": a platform repeating the action told just before, on the names it lists.</summary>
    public List<string> SameAction { get; set; } = [];
    /// <summary>Action words read like a passive, the account as their subject: "desaparecieron de", "went offline".</summary>
    public List<string> PatientSubject { get; set; } = [];
    public List<string> ExecutiveTitles { get; set; } = [];
    public List<string> RoleNouns { get; set; } = [];

    /// <summary>Letters glued before a word ("و", "ب", "ال" in Arabic): a word also matches with them taken off.</summary>
    public List<string> CliticPrefixes { get; set; } = [];
    /// <summary>Possessive or object endings glued after a word ("ه", "ها" in Arabic): a word also matches without them.</summary>
    public List<string> CliticSuffixes { get; set; } = [];
    /// <summary>The verb usually comes first (Arabic): the party right after an action verb is its actor.</summary>
    public bool VerbInitial { get; set; }
    /// <summary>The passive auxiliary may follow the participle ("aufgehoben worden", "verwijderd werd"): it marks the passive there too.</summary>
    public bool AuxiliaryAfterParticiple { get; set; }

    /// <summary>Every noun is capitalised (German): a lone capitalised word after an article is a noun, not a name.</summary>
    public bool CapitalisedNouns { get; set; }
    /// <summary>
    /// Every noun is capitalised (German): a single capitalised word right after a lower-case word with one of these
    /// adjective endings ("nach erneuter Prüfung", "der russische Sender") is a common noun, not a name.
    /// </summary>
    public List<string> AdjectiveEndings { get; set; } = [];
    /// <summary>Country and region names, for scripts where capitals cannot tell a place from a word.</summary>
    public List<string> Places { get; set; } = [];
    /// <summary>Endings that make an action word a passive participle on its own: "заблокирован", "видалено".</summary>
    public List<string> PassiveEndings { get; set; } = [];
    /// <summary>Prefixes that make an action word passive on its own: Indonesian "di-" ("dibekukan", "dihapus").</summary>
    public List<string> PassivePrefixes { get; set; } = [];
    /// <summary>Locative endings glued to a place name, before the verb: Turkish "Türkiye'de".</summary>
    public List<string> ScopePostpositions { get; set; } = [];
    /// <summary>Readings of an action word that are no action: Arabic "علق على" (commented on) beside "علق" (suspended).</summary>
    public List<string> NonActions { get; set; } = [];
    /// <summary>The Snowball stemmer's name ("Spanish"): action and reason words also match by stem. None: listed forms only.</summary>
    public string? Stemmer { get; set; }
    /// <summary>Nouns for someone speaking for an organisation: "spokesperson", "portavoz". The organisation after it speaks.</summary>
    public List<string> SpokespersonNouns { get; set; } = [];
    /// <summary>Words that open the stated grounds of an action: "because", "weil", "omdat", "for violating".</summary>
    public List<string> ReasonCues { get; set; } = [];
    /// <summary>"permanently", "dauerhaft": a suspension or ban so described is a termination.</summary>
    public List<string> PermanentCues { get; set; } = [];
    /// <summary>Units of time; a number (digits or number_words) before one makes the action temporary: "for 48 hours".</summary>
    public List<string> DurationUnits { get; set; } = [];
    public List<string> NumberWords { get; set; } = [];
    /// <summary>Features as the object of an action: livestreams, posting, reach -> restricted.</summary>
    public List<string> FeatureObjects { get; set; } = [];
    /// <summary>Monetization as the object of an action: ads, partner program -> demonetized.</summary>
    public List<string> MonetizationObjects { get; set; } = [];
    /// <summary>Words that join the members of a list ("and", "et"): each listed platform or name is its own claim.</summary>
    public List<string> Conjunctions { get; set; } = [];
}

/// <summary>The shape of Languages/platforms.json: canonical name -> aliases valid in every language.</summary>
internal sealed class PlatformData
{
    public Dictionary<string, List<string>> Platforms { get; set; } = [];
    /// <summary>Company -> the platforms it runs: Meta speaks for Facebook and Instagram, Google for YouTube.</summary>
    public Dictionary<string, List<string>> Owners { get; set; } = [];
}
