namespace CaseTracker.Extraction.Lexicon;

/// <summary>What a word list entry found in the text means to the reader.</summary>
internal enum HitKind
{
    Action,
    Platform,
    SubjectNoun,
    PlatformParty,
    SubjectParty,
    GovernmentParty,
    PronounOrganisation,
    PronounPerson,
    PronounAny,
    SpeakerBefore,
    SpeakerAfter,
    Negation,
    Threat,
    Plan,
    SelfCue,
    CustomerCue,
    ServiceObject,
    Passive,
    AgentPreposition,
    /// <summary>"from", "van", "de la part de": the giver of a warning or a sanction received ("a warning from YouTube").</summary>
    SourcePreposition,
    Possessor,
    Determiner,
    Month,
    Weekday,
    RelativeDay,
    RelativeMonth,
    RelativeYear,
    DateBlocker,
    Approximate,
    ScopePreposition,
    ScopeBlocker,
    Reason,
    NoExplanation,
    ClauseBreak,
    Temporary,
    Entity,
    /// <summary>A general statement of policy: "we remove", "content that", "les contenus qui".</summary>
    Generic,
    /// <summary>A title that makes a person act for a platform: "CEO", "owner", "PDG", "patron de".</summary>
    ExecutiveTitle,
    /// <summary>A role or profession noun before a name: "activist", "Aktivistin", "blogueur".</summary>
    RoleNoun,
    RelativeWeek,
    /// <summary>"the next day", "le lendemain", "no dia seguinte": days after the previous date in the text.</summary>
    FollowingDay,
    /// <summary>A country or region from the language's list: a place where capitals cannot mark one.</summary>
    Place,
    /// <summary>A locative ending glued to a place name: Turkish "Türkiye'de".</summary>
    ScopePostposition,
    /// <summary>An action word in a reading that is no action ("علق على" = commented on): the action hit at the same token is dropped.</summary>
    NonAction,
    /// <summary>"spokesperson", "portavoz", "Sprecherin": a speaker who talks for the organisation named after it.</summary>
    Spokesperson,
    /// <summary>"because", "weil", "parce que", "for violating": what follows states why the action was taken.</summary>
    ReasonCue,
    /// <summary>"permanently", "dauerhaft", "définitivement": the action is an end, not a pause.</summary>
    Permanent,
    /// <summary>A unit of time ("hours", "Tage", "jours"): after a number it makes the action temporary.</summary>
    DurationUnit,
    /// <summary>A number written as a word ("seven", "zwölf"), for durations.</summary>
    NumberWord,
    /// <summary>A feature as the object ("livestreams", "posting", "reach"): the account was restricted, not suspended.</summary>
    FeatureObject,
    /// <summary>Monetization as the object ("monetization", "ads", "partner program"): the account was demonetized.</summary>
    MonetizationObject,
    /// <summary>"and", "et", "und", "y": joins the members of a list.</summary>
    Conjunction,
    /// <summary>"a week after", "two days later", "vor zwei Wochen": a span that places an event in time, not a duration.</summary>
    TimeOffset,
    /// <summary>"did the same", "hizo lo mismo", "a fait de même": the platform repeats the action just told.</summary>
    SameAction,
    /// <summary>An action word whose grammatical subject is the account acted on: "disappeared from", "went offline".</summary>
    PatientSubject,
}

/// <summary>A word list entry found at tokens First..Last (inclusive). Value is the entry's payload (an enum, a number).</summary>
internal readonly record struct Hit(int First, int Last, HitKind Kind, int Value);

/// <summary>Action words that need context before they become an ActionType.</summary>
internal static class ActionWords
{
    /// <summary>"blocked": geo_blocked when a territory is named, otherwise suspended.</summary>
    public const int Blocked = 100;
}
