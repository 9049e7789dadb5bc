using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Lexicon;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Turns one action word into an ActionMention, or rejects it: negated or denied, a plan, a
/// customer leaving, an account acting on itself, a government or someone else as the actor,
/// a service change with no account as object, or no platform and no subject in sight.
/// </summary>
internal sealed class ActionReader(ArticleText a, Discourse discourse, SubjectFinder subjects, string? dominantPlatform)
{
    public ActionMention? Read(Hit h, Sentence s, PartialDate? date, IReadOnlyList<ActionMention> earlier)
    {
        var clause = a.Tokens[h.First].Clause;
        bool InClause(HitKind kind, int from, int to)
        {
            for (var t = Math.Max(from, s.First); t <= Math.Min(to, s.End - 1); t++)
                if (a.Tokens[t].Clause == clause && a.Has(t, kind)) return true;
            return false;
        }

        if (InClause(HitKind.Negation, h.First - 4, h.First - 1) || InClause(HitKind.Negation, h.Last + 1, h.Last + 2)) return null;
        // Negation inside the verb itself: Turkish "kapatmadı" (did not close) is listed as a negation word.
        if (a.At(h.First, HitKind.Negation) is { } inVerb && inVerb.First == h.First) return null;
        if (InClause(HitKind.Plan, h.First - 6, h.First - 1) || RequestTo(h, s)) return null;
        if (InClause(HitKind.CustomerCue, s.First, s.End) || SelfActing(h, s, clause)) return null;
        var threatened = InClause(HitKind.Threat, h.First - 4, h.First - 1) || ThreatBefore(h, s);
        // "threatened to restrict its page but never did": a threat taken back is no action at all.
        if (threatened && a.AnyIn(HitKind.Negation, h.Last + 1, s.End)) return null;

        var noun = subjects.NounNear(h, s);
        if (ServiceObjectFirst(h, s, noun)) return null;

        // Verb-final clauses put the auxiliary far before the participle: "wurde am 4. Mai von YouTube gesperrt".
        // "ditangguhkan oleh Twitter", "suspended by X": an agent phrase right after the verb makes it passive
        // even where the language marks the passive in the verb itself and has no auxiliary.
        var byAgent = AgentAfter(h, s);
        var passive = byAgent is not null || InClause(HitKind.Passive, h.First - 8, h.First - 1) || PassiveByEnding(h)
                      || (a.Language.AuxiliaryAfterParticiple && InClause(HitKind.Passive, h.Last + 1, h.Last + 1))
                      || a.Has(h.First, HitKind.PatientSubject);
        // Verb-initial languages name the actor right after the verb: "حجبت السلطات ...", "حظر تويتر حساب ...".
        // "YouTube banned him", "YouTube hat ihn gesperrt": an object pronoun is neither the actor nor a noun; the actor stands before it.
        var pronounObject = passive ? null : ObjectPronoun(h, s);
        var actorFrom = pronounObject is { } po && po < h.First ? po : h.First;
        var agent = byAgent ?? (passive ? PassiveAgent(h, s)
            : (a.Language.VerbInitial ? ActorAfterVerb(h, s) : null) ?? discourse.NearestBefore(actorFrom, Math.Max(s.First, h.First - 14)));
        if (agent is not null) agent = discourse.Resolve(agent);
        // "X hat von Instagram eine Verwarnung erhalten", "X received a warning from YouTube": the person before is the
        // one acted on, the platform after the preposition beside the action noun acts.
        SubjectRef? recipient = null;
        var auxiliary = InClause(HitKind.Passive, h.First - 8, h.First - 1) || (a.Language.AuxiliaryAfterParticiple && InClause(HitKind.Passive, h.Last + 1, h.Last + 1));
        if (!auxiliary && ReceivedFrom(h, s) is { } giver && Receiver(Math.Min(giver.First, actorFrom), s) is { } receiver)
            (recipient, agent) = (new SubjectRef(receiver, SubjectKind.Account, true), giver);
        if (agent is { Role: PartyRole.Government or PartyRole.Named or PartyRole.SubjectSide or PartyRole.PersonPronoun }) return null;

        // "We remove content that targets...", "TikTok rimuove i contenuti che...": policy in general, no one in particular.
        if (InClause(HitKind.Generic, h.First - 4, h.Last + 4) && subjects.GrammaticalName(h, s, noun, passive) is null) return null;

        var previous = earlier.Count > 0 ? earlier[^1] : null;
        var recent = previous is not null && s.Index - previous.Sentence <= 2;
        // "it was reinstated", "qu'il avait été réactivé": no noun, but the report just before names the subject.
        var anaphora = recent && (passive || a.Has(h.First - 1, HitKind.PronounAny) || a.Has(h.First - 1, HitKind.PronounOrganisation))
                       && !a.Has(h.First - 1, HitKind.Determiner) && !a.Has(h.First - 1, HitKind.Possessor);
        // "The ban was confirmed", "la suspension": a definite action noun right after the same action.
        anaphora |= recent && a.Has(h.First - 1, HitKind.Determiner) && h.Value != ActionWords.Blocked && previous!.Action == (ActionType)h.Value;

        // "... and Instagram restricted his livestreams": a feature or the income of the account just reported.
        anaphora |= recent && noun is null && ObjectKind(h, s, clause) is not null;
        // "YouTube banned him", "X hat ihn gesperrt": a pronoun as the object of an active verb stands for someone named before.
        anaphora |= noun is null && pronounObject is not null;

        var (platform, stated) = Platform(h, s, noun, agent, anaphora ? previous : null);
        if (platform is null) return null;

        var subject = recipient is not null && (noun is null || subjects.GrammaticalName(h, s, noun, passive) is null)
            ? recipient : subjects.Find(h, s, noun, passive, platform, earlier, anaphora);
        if (subject is null) return null;
        if (subject.Named == false && noun is null && anaphora && previous is not null) subject = previous.Subject;

        var scope = Scope(h, s);
        var action = Classify(h, s, subject.Kind, scope, clause, threatened);
        var confidence = 0.4 + (stated ? 0.2 : 0.05) + (subject.Named ? 0.2 : 0.05) + (date is not null ? 0.1 : 0) - (threatened ? 0.2 : 0);
        var platformActs = agent is { Role: PartyRole.Platform } || (stated && agent is null);
        return new ActionMention(h.First, s.Index, platform, stated, subject, action, date, scope, Quote(s), Math.Clamp(confidence, 0.05, 0.95))
        {
            PlatformIsAgent = platformActs,
        };
    }

    /// <summary>
    /// "banned him" (the pronoun right after the verb); "YouTube hat ihn gesperrt" (verb-final: the pronoun
    /// before the participle counts only when the platform stands before it as the grammatical subject).
    /// </summary>
    private int? ObjectPronoun(Hit h, Sentence s)
    {
        if (h.Last + 1 < s.End && IsPronounObject(h.Last + 1)) return h.Last + 1;
        var clause = a.Tokens[h.First].Clause;
        for (var t = h.First - 1; t >= Math.Max(s.First, h.First - 8); t--)
        {
            if (a.Tokens[t].Clause != clause || a.Has(t, HitKind.Passive) || a.Has(t, HitKind.Action) || a.Has(t, HitKind.Entity)) return null;
            if (!IsPronounObject(t)) continue;
            for (var u = t - 1; u >= Math.Max(s.First, t - 4) && a.Tokens[u].Clause == clause; u--)
                if (a.Has(u, HitKind.Platform) || a.Has(u, HitKind.PlatformParty)) return t;
            return null;
        }
        return null;
    }

    private bool IsPronounObject(int t) => a.Has(t, HitKind.PronounPerson) || a.Has(t, HitKind.PronounAny);

    /// <summary>
    /// "deleted his own videos", "apagou os próprios vídeos": the account acted on itself. "desativada pela própria Meta":
    /// a self word right before the platform stresses the platform as the actor instead.
    /// </summary>
    private bool SelfActing(Hit h, Sentence s, int clause)
    {
        for (var t = Math.Max(s.First, h.First - 3); t <= Math.Min(s.End - 1, h.Last + 6); t++)
        {
            if (a.Tokens[t].Clause != clause || a.At(t, HitKind.SelfCue) is not { } self || self.First != t) continue;
            if (self.Last + 1 < s.End && (a.Has(self.Last + 1, HitKind.Platform) || a.Has(self.Last + 1, HitKind.PlatformParty))) continue;
            return true;
        }
        return false;
    }

    /// <summary>Tokens from a request verb to the action it asks for.</summary>
    private const int RequestReach = 10;

    /// <summary>
    /// "pidió a Google y Apple que suspendan", "a demandé publiquement à Meta de « rétablir »", "asked Meta and Instagram
    /// to restore": a request or plan word, then the platform it is addressed to, then the action: asked for, not done.
    /// </summary>
    private bool RequestTo(Hit h, Sentence s)
    {
        var addressed = false;
        for (var t = h.First - 1; t >= Math.Max(s.First, h.First - RequestReach); t--)
        {
            if (a.Has(t, HitKind.Platform) || a.Has(t, HitKind.PlatformParty)) addressed = true;
            else if (a.Has(t, HitKind.Action) || a.Has(t, HitKind.SpeakerBefore) || a.Has(t, HitKind.SpeakerAfter)) return false;
            // Short words that the plan lists also hold ("para", "per", "se", "if": purposes, conditions) ask for nothing;
            // a request verb is longer or comes with its preposition ("pide a").
            else if (addressed && a.At(t, HitKind.Plan) is { } plan && (plan.Last > plan.First || a.Tokens[plan.First].Norm.Length >= 5))
                return true;
        }
        return false;
    }

    /// <summary>"Die Plattform hatte gedroht, das Konto zu sperren": a threat verb a comma away, with no other verb or conjunction between.</summary>
    private bool ThreatBefore(Hit h, Sentence s)
    {
        for (var t = h.First - 1; t >= Math.Max(s.First, h.First - 8); t--)
        {
            if (a.Has(t, HitKind.Threat)) return true;
            if (a.Has(t, HitKind.ClauseBreak) || a.Has(t, HitKind.Action) || a.Has(t, HitKind.SpeakerBefore)) return false;
            if (a.Tokens[t].Kind == Text.TokenKind.Punct && a.Tokens[t].PunctChar != ',') return false;
        }
        return false;
    }

    /// <summary>"suspendait les enregistrements d'utilisateurs": the object is a service, not an account.</summary>
    private bool ServiceObjectFirst(Hit h, Sentence s, Hit? noun)
    {
        for (var t = h.Last + 1; t < Math.Min(s.End, h.Last + 5); t++)
        {
            if (noun is { } n && t >= n.First) return false;
            if (!a.Has(t, HitKind.ServiceObject)) continue;
            // "restablecido todas las funciones de la cuenta": the features of one account, not a service for everyone.
            for (var u = t + 1; u < Math.Min(s.End, t + 4); u++)
                if (a.Has(u, HitKind.SubjectNoun)) return false;
            return true;
        }
        return false;
    }

    /// <summary>"аккаунт заблокирован", "kanal kapatıldı", "akun dibekukan": a participle ending or a passive prefix marks the passive with no auxiliary.</summary>
    private bool PassiveByEnding(Hit h)
    {
        var norm = a.Tokens[h.Last].Norm;
        foreach (var ending in a.Language.PassiveEndings)
            if (norm.Length > ending.Length + 1 && norm.EndsWith(ending, StringComparison.Ordinal)) return true;
        var first = a.Tokens[h.First].Norm;
        foreach (var prefix in a.Language.PassivePrefixes)
            if (first.Length > prefix.Length + 3 && first.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The platform or government just after the verb, in its clause: the actor in verb-subject-object order.</summary>
    private Party? ActorAfterVerb(Hit h, Sentence s)
    {
        var clause = a.Tokens[h.First].Clause;
        // From inside the hit too: a gapped phrase holds its actor ("أعادت تويتر تفعيل").
        for (var t = h.First + 1; t < Math.Min(s.End, h.Last + 4) && a.Tokens[t].Clause == clause; t++)
        {
            if (t <= h.Last && !a.Has(t, HitKind.Platform) && !a.Has(t, HitKind.PlatformParty)) continue;
            if (a.Has(t, HitKind.SubjectNoun) || a.Has(t, HitKind.Action)) return null;
            if (Party.At(a, t) is { } party)
                return party.Role is PartyRole.Platform or PartyRole.Government || party.RefersToPlatform ? party : null;
        }
        return null;
    }

    /// <summary>Words between the action noun and "von Instagram" / "from YouTube" on either side.</summary>
    private const int GiverReach = 3;

    /// <summary>Words back from the action noun to the one who received it.</summary>
    private const int ReceiverReach = 14;

    /// <summary>
    /// "Het techkanaal TechTijd heeft ... een waarschuwing van YouTube gekregen": the last name before the action noun, an
    /// apposition to an account noun included; none when a platform or an authority stands nearer.
    /// </summary>
    private string? Receiver(int from, Sentence s)
    {
        for (var t = from - 1; t >= Math.Max(s.First, from - ReceiverReach); t--)
        {
            if (a.Has(t, HitKind.SpeakerBefore) || a.Has(t, HitKind.SpeakerAfter) || a.Has(t, HitKind.ClauseBreak)) return null;
            if (Party.At(a, t) is not { } party) continue;
            if (party.Role is PartyRole.Named && party.Name is { } name) return name;
            if (party.Role is PartyRole.PersonPronoun or PartyRole.AnyPronoun or PartyRole.SubjectSide && discourse.Resolve(party) is { Role: PartyRole.Named, Name: { } named }) return named;
            return null;
        }
        return null;
    }

    /// <summary>A platform after an agent preposition right beside an action noun, in its clause: "von Instagram eine Verwarnung".</summary>
    private Party? ReceivedFrom(Hit h, Sentence s)
    {
        var clause = a.Tokens[h.First].Clause;
        for (var t = Math.Max(s.First, h.First - GiverReach); t <= Math.Min(s.End - 2, h.Last + 1); t++)
        {
            if (a.Tokens[t].Clause != clause || (t >= h.First && t <= h.Last)) continue;
            if ((a.At(t, HitKind.AgentPreposition) ?? a.At(t, HitKind.SourcePreposition)) is not { } by || by.First != t) continue;
            if (Party.At(a, by.Last + 1) is { Role: PartyRole.Platform } giver && giver.First == by.Last + 1) return giver;
        }
        return null;
    }

    private Party? AgentAfter(Hit h, Sentence s)
    {
        var t = h.Last + 1;
        if (t >= s.End || a.At(t, HitKind.AgentPreposition) is not { } by || by.First != t) return null;
        return Party.At(a, by.Last + 1) is { Role: PartyRole.Platform or PartyRole.Government } party ? party : null;
    }

    private Party? PassiveAgent(Hit h, Sentence s)
    {
        for (var t = h.Last + 1; t < Math.Min(s.End, h.Last + 4); t++)
        {
            if (!a.Has(t, HitKind.AgentPreposition)) continue;
            for (var u = t + 1; u < Math.Min(s.End, t + 4); u++)
                if (Party.At(a, u) is { } party) return party;
        }
        // Verb-final: "von YouTube gesperrt", "door X geschorst"; postpositions: "YouTube tarafından kapatıldı".
        // Only between the auxiliary and the participle: in "Das Konto von X wurde gesperrt" X is the owner.
        var clause = a.Tokens[h.First].Clause;
        for (var t = h.First - 1; t >= Math.Max(s.First, h.First - 8) && a.Tokens[t].Clause == clause && !a.Has(t, HitKind.Passive); t--)
        {
            if (!a.Has(t, HitKind.AgentPreposition)) continue;
            if (Party.At(a, t + 1) is { } after && after.First == t + 1 && after.Last < h.First) return after;
            if (t > s.First && Party.At(a, t - 1) is { } before) return before;
        }
        return null;
    }

    /// <summary>"Un portavoz de Meta explicó que la página había sido restringida": in an article about Facebook, the company means its product.</summary>
    private (string? Platform, bool Stated) Platform(Hit h, Sentence s, Hit? noun, Party? agent, ActionMention? antecedent)
    {
        var (platform, stated) = NamedPlatform(h, s, noun, agent, antecedent);
        return (platform is not null && ProductNamed(platform) is { } product ? product : platform, stated);
    }

    private Dictionary<string, string>? _products;

    /// <summary>
    /// "Meta closed the accounts ... the profiles disappeared from Instagram": where the article names a product of the
    /// company, the company's action is on that product (the one named most often).
    /// </summary>
    private string? ProductNamed(string company)
    {
        if (_products is null)
        {
            var catalog = Language.LanguageCatalog.Instance.Platforms;
            var counts = new Dictionary<string, int>();
            foreach (var p in a.All(HitKind.Platform)) counts[a.Platforms[p.Value]] = counts.GetValueOrDefault(a.Platforms[p.Value]) + 1;
            _products = new Dictionary<string, string>();
            foreach (var (product, count) in counts.OrderByDescending(kv => kv.Value))
                if (catalog.OwnerOf(product) is { } owner) _products.TryAdd(owner, product);
        }
        return _products.GetValueOrDefault(company);
    }

    private (string? Platform, bool Stated) NamedPlatform(Hit h, Sentence s, Hit? noun, Party? agent, ActionMention? antecedent)
    {
        if (noun is { } n && subjects.Qualifier(n) is { } qualified) return (qualified, true);
        if (agent is { Role: PartyRole.Platform, Platform: { } actor }) return (actor, true);
        Hit? nearest = null;
        var best = int.MaxValue;
        foreach (var p in a.In(HitKind.Platform, s.First, s.End))
        {
            var distance = p.First > h.Last ? p.First - h.Last + 1 : h.First - p.Last;
            if (distance < best) (nearest, best) = (p, distance);
        }
        if (nearest is { } found) return (a.Platforms[found.Value], true);
        if (antecedent is not null) return (antecedent.Platform, false);
        return (dominantPlatform, false);
    }

    private string? Scope(Hit h, Sentence s)
    {
        // Postpositions before the verb: "Türkiye'de erişime engellendi".
        var clause = a.Tokens[h.First].Clause;
        foreach (var post in a.In(HitKind.ScopePostposition, Math.Max(s.First, h.First - 6), h.First))
        {
            var before = post.First - 1;
            if (before < s.First || a.Tokens[before].Clause != clause || a.Tokens[post.First].Start - a.Tokens[before].End > 1) continue;
            if (a.At(before, HitKind.Entity) is { Value: EntityFinder.Place } place) return a.Slice(place.First, place.Last);
        }
        // Verb-final clauses put the place before the participle: "hat den Kanal am 12. Februar in der Türkei eingeschränkt".
        foreach (var prep in a.In(HitKind.ScopePreposition, Math.Max(s.First, h.First - 6), h.First))
        {
            if (a.Tokens[prep.First].Clause != clause || a.AnyIn(HitKind.ScopeBlocker, prep.First - 2, h.First)) continue;
            var t = prep.Last + 1;
            if (a.Has(t, HitKind.Determiner)) t++;
            if (a.At(t, HitKind.Entity) is { Value: EntityFinder.Place } place && place.First == t && place.Last < h.First) return a.Slice(place.First, place.Last);
        }
        foreach (var prep in a.In(HitKind.ScopePreposition, h.Last + 1, Math.Min(s.End, h.Last + 10)))
        {
            if (a.AnyIn(HitKind.ScopeBlocker, prep.First - 2, prep.First)) continue;
            var t = prep.Last + 1;
            if (a.Has(t, HitKind.Determiner)) t++;
            if (a.At(t, HitKind.Entity) is { Value: EntityFinder.Place } place && place.First == t) return a.Slice(place.First, place.Last);
        }
        return null;
    }

    /// <summary>
    /// The code from the whole event, not the verb alone: a blocked account "in Turkey" is geo-blocked; monetization
    /// as the object is demonetization and a feature (livestreams, posting) a restriction; "permanently" makes a
    /// suspension a termination and a duration ("for 48 hours", "temporarily") makes a ban a suspension.
    /// </summary>
    private ActionType Classify(Hit h, Sentence s, SubjectKind kind, string? scope, int clause, bool threatened)
    {
        if (threatened) return ActionType.Warned;
        var action = h.Value == ActionWords.Blocked
            ? scope is not null ? ActionType.GeoBlocked : ActionType.Suspended
            : (ActionType)h.Value;
        var accountLike = kind is SubjectKind.Account or SubjectKind.Channel or SubjectKind.Page or SubjectKind.Group;
        // Removing an account is ending it; removing a post is removing content.
        if (action == ActionType.ContentRemoved && accountLike) action = ActionType.Terminated;
        // "As faixas saíram do ar", "the video was taken down": posts and tracks taken offline are removed content.
        if (action is ActionType.Suspended or ActionType.Terminated && kind == SubjectKind.Content && a.Has(h.First, HitKind.PatientSubject)) action = ActionType.ContentRemoved;
        if (action is ActionType.Suspended or ActionType.Terminated or ActionType.Restricted or ActionType.ContentRemoved)
        {
            var target = ObjectKind(h, s, clause);
            // "removed three ads", "usunęła jedną reklamę": counted ads are items the account published, not its earnings.
            if (target == HitKind.MonetizationObject && (ActionType)h.Value == ActionType.ContentRemoved && CountedObject(h, s, clause)) return ActionType.ContentRemoved;
            if (target == HitKind.MonetizationObject) return ActionType.Demonetized;
            if (target == HitKind.FeatureObject && action != ActionType.ContentRemoved) action = ActionType.Restricted;
        }
        if (action == ActionType.Suspended && InClause(s, clause, HitKind.Permanent)) action = ActionType.Terminated;
        if (action == ActionType.Terminated && !InClause(s, clause, HitKind.Permanent) && (InClause(s, clause, HitKind.Temporary) || DurationInClause(h, s, clause)))
            action = ActionType.Suspended;
        if (action == ActionType.Restricted && scope is not null) action = ActionType.GeoBlocked;
        return action;
    }

    /// <summary>Words between the verb and its object, or before it in a passive or verb-final clause.</summary>
    private const int ObjectReach = 6;

    /// <summary>Monetization or a feature as the object of the action word, within its clause and before the grounds.</summary>
    private HitKind? ObjectKind(Hit h, Sentence s, int clause)
    {
        for (var t = h.Last + 1; t < Math.Min(s.End, h.Last + 1 + ObjectReach) && a.Tokens[t].Clause == clause; t++)
        {
            if (a.Has(t, HitKind.ReasonCue) || a.Has(t, HitKind.Reason)) break;
            if (InName(t)) continue;
            if (a.Has(t, HitKind.MonetizationObject)) return HitKind.MonetizationObject;
            if (a.Has(t, HitKind.FeatureObject)) return HitKind.FeatureObject;
        }
        for (var t = h.First - 1; t >= Math.Max(s.First, h.First - ObjectReach) && a.Tokens[t].Clause == clause; t--)
        {
            if (a.Has(t, HitKind.Action)) break;
            if (InName(t)) continue;
            if (a.Has(t, HitKind.MonetizationObject)) return HitKind.MonetizationObject;
            if (a.Has(t, HitKind.FeatureObject)) return HitKind.FeatureObject;
        }
        return null;
    }

    /// <summary>A number (a digit or a number word) right before the monetization word the action takes as its object.</summary>
    private bool CountedObject(Hit h, Sentence s, int clause)
    {
        for (var t = Math.Max(s.First + 1, h.First - ObjectReach); t < Math.Min(s.End, h.Last + 1 + ObjectReach); t++)
            if (a.Tokens[t].Clause == clause && a.Has(t, HitKind.MonetizationObject)
                && (a.Tokens[t - 1].Kind == Text.TokenKind.Number || a.Has(t - 1, HitKind.NumberWord))) return true;
        return false;
    }

    /// <summary>"The Washington Post": a word inside a name ("Post") is no feature of the account.</summary>
    private bool InName(int t) => a.Tokens[t].Capitalized && a.At(t, HitKind.Entity) is { } name && name.First < t;

    private bool InClause(Sentence s, int clause, HitKind kind)
    {
        foreach (var hit in a.In(kind, s.First, s.End))
            if (a.Tokens[hit.First].Clause == clause) return true;
        return false;
    }

    /// <summary>"for 48 hours", "für zwölf Stunden", "pendant sept jours": a number before a unit of time.</summary>
    private bool DurationInClause(Hit h, Sentence s, int clause)
    {
        foreach (var unit in a.In(HitKind.DurationUnit, s.First, s.End))
        {
            var before = unit.First - 1;
            if (before < s.First || a.Tokens[unit.First].Clause != clause) continue;
            if (a.Tokens[before].Kind != Text.TokenKind.Number && !a.Has(before, HitKind.NumberWord)) continue;
            // "A week after YouTube removed the channel", "hace dos semanas": a span before the verb that places it in time.
            if (unit.Last < h.First && (a.Has(unit.Last + 1, HitKind.TimeOffset) || a.Has(before - 1, HitKind.TimeOffset))) continue;
            return true;
        }
        return false;
    }

    /// <summary>The sentence, trimmed of the spaces and quote marks around it.</summary>
    private QuoteSpan Quote(Sentence s)
    {
        var (start, end) = (s.Start, s.StopChar);
        return a.Span(start, end);
    }
}
