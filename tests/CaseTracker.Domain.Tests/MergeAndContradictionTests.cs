using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using static CaseTracker.Domain.Tests.Given;

namespace CaseTracker.Domain.Tests;

public sealed class MergeAndContradictionTests
{
    private static readonly Guid SecondCase = Guid.Parse("00000000-0000-0000-0000-0000000000cb");
    private static readonly Guid Absorbed1 = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Absorbed2 = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    private static readonly Citation Reuters = new(new SourceRef("Reuters", "https://reuters.example/zoom"), "Zoom suspended the account");

    private static CaseHistory Fold(params object[] events) =>
        CaseHistoryFold.Build(events.Select((e, i) => (e, DateTimeOffset.Parse("2026-01-01T00:00:00Z").AddMinutes(i), (long)i + 1)));

    [Fact]
    public void A_merge_turns_an_action_both_cases_hold_into_one_action_with_both_sources()
    {
        var survivor = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));
        object[] absorbedEvents =
        [
            new CaseOpened(SecondCase, "zoom", HumanitarianChina, null),
            new ActionRecorded(SecondCase, Absorbed1, ActionType.Suspended, Date("2020-06-07"), null, Reuters),
            new ReasonStated(SecondCase, Other, Absorbed1, StatedBy.Platform, ReasonCategory.LegalComplianceLocalLaw, "local laws", "en", Reuters),
            new ActionRecorded(SecondCase, Absorbed2, ActionType.Reinstated, null, null, Reuters),
        ];

        var merge = CaseMerge.Decide(survivor, Case(absorbedEvents), absorbedEvents, "same group");

        var events = merge.Survivor.Events;
        Assert.IsType<CasesMerged>(events[0]);
        var corroborated = Assert.IsType<ActionCorroborated>(events[1]);
        Assert.Equal((CaseId, Suspension), (corroborated.CaseId, corroborated.ActionId));
        Assert.Equal(Suspension, Assert.IsType<ReasonStated>(events[2]).ActionId);
        Assert.Equal(CaseId, Assert.IsType<ActionRecorded>(events[3]).CaseId);
        Assert.Equal(new CaseMergedInto(SecondCase, CaseId, "same group"), Assert.Single(merge.Absorbed.Events));
    }

    [Fact]
    public void A_merged_case_refuses_every_write_and_cannot_merge_again()
    {
        var absorbed = Case(Opened, new CaseMergedInto(CaseId, SecondCase, "dup"));

        Refused(CaseDecisions.AddNote(absorbed, Other, "n"), RefusalKind.Conflict, "case_merged");
        Refused(CaseDecisions.RecordAction(absorbed, Other, ActionType.Suspended, null, null, Axios), RefusalKind.Conflict, "case_merged");
        Refused(CaseDecisions.Reopen(absorbed, null), RefusalKind.Conflict, "case_merged");
        var survivor = Case(new CaseOpened(SecondCase, "Zoom", HumanitarianChina, null));
        Assert.Equal("case_merged", CaseMerge.Decide(survivor, absorbed, [Opened], "again").Survivor.Refusal?.Code);
    }

    [Theory]
    [InlineData("Twitter", "different_platforms")]
    public void Cases_on_different_platforms_do_not_merge(string platform, string code)
    {
        var other = Case(new CaseOpened(SecondCase, platform, HumanitarianChina, null));

        Assert.Equal(code, CaseMerge.Decide(Case(Opened), other, [], "r").Survivor.Refusal?.Code);
        Assert.Equal("same_case", CaseMerge.Decide(Case(Opened), Case(Opened), [], "r").Survivor.Refusal?.Code);
    }

    [Fact]
    public void A_claim_dated_a_few_days_off_disputes_the_date_instead_of_adding_a_second_suspension()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));
        var source = Source.Create(new SourceIngested(Other, "https://late.example/a", null, "Late Daily", null, "en", null, "t", "h", 0));
        var claim = new ClaimRecord(Guid.NewGuid(), "Zoom", "Humanitarian China", SubjectKind.Account, ActionType.Suspended, Date("2020-06-09"), null, [], [new TextQuote(0, 1, "t")], 0.9);

        var landing = ClaimIntoCase.Decide(state, Guid.NewGuid(), claim, source, Guid.NewGuid);

        Assert.True(landing.Disputed);
        Assert.Equal(Suspension, landing.ActionId);
        var disputed = Assert.IsType<ActionDisputed>(Assert.Single(landing.Decision.Events));
        Assert.Equal((DisputeKind.OtherDate, "2020-06-09"), (disputed.Kind, disputed.ClaimedDate?.Value));
    }

    [Fact]
    public void A_claim_months_away_is_a_new_action()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));
        var source = Source.Create(new SourceIngested(Other, null, null, "Late Daily", null, "en", null, "t", "h", 0));
        var claim = new ClaimRecord(Guid.NewGuid(), "Zoom", "Humanitarian China", SubjectKind.Account, ActionType.Suspended, Date("2020-11-02"), null, [], [], 0.9);

        var landing = ClaimIntoCase.Decide(state, Guid.NewGuid(), claim, source, Guid.NewGuid);

        Assert.IsType<ActionRecorded>(Assert.Single(landing.Decision.Events));
        Assert.False(landing.Disputed);
    }

    [Fact]
    public void A_date_contradiction_keeps_both_readings_until_resolved_then_moves_the_action()
    {
        var dispute = new ActionDisputed(CaseId, Suspension, DisputeKind.OtherDate, Date("2020-06-09"), null, Reuters);
        var before = Fold(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios), dispute);

        var contradiction = Assert.Single(before.Contradictions);
        Assert.Equal("date", contradiction.Kind);
        Assert.Equal([("2020-06-07", "Axios"), ("2020-06-09", "Reuters")], contradiction.Readings.Select(r => (r.Value, r.Outlets.Single())));
        Assert.True(before.Timeline[0].Contradicted);

        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios), dispute);
        var resolved = (ActionDisputeResolved)Single(CaseDecisions.ResolveDispute(state, Suspension, "2020-06-09", "the platform's log"));
        var after = Fold(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios), dispute, resolved);

        Assert.False(after.Timeline[0].Contradicted);
        Assert.Equal("2020-06-09", after.Timeline[0].OccurredOn?.Value);
        Assert.Equal("2020-06-07", after.Timeline[0].ReportedDate?.Value);
        Assert.Equal("the platform's log", Assert.Single(after.Contradictions).Resolution?.Rationale);
    }

    [Fact]
    public void Resolving_an_uncontested_action_is_refused()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));

        Refused(CaseDecisions.ResolveDispute(state, Suspension, "x", "y"), RefusalKind.Conflict, "nothing_to_resolve");
        Refused(CaseDecisions.ResolveDispute(state, Other, "x", "y"), RefusalKind.NotFound, "action_not_found");
    }

    [Fact]
    public void One_party_giving_reasons_of_two_categories_is_a_contradiction()
    {
        var history = Fold(Opened, Recorded(Suspension, ActionType.Suspended, null, Axios),
            new ReasonStated(CaseId, Guid.NewGuid(), Suspension, StatedBy.Platform, ReasonCategory.LegalComplianceLocalLaw, "local laws", "en", Axios),
            new ReasonStated(CaseId, Guid.NewGuid(), Suspension, StatedBy.Platform, ReasonCategory.PlatformError, "a mistake", "en", Reuters));

        var contradiction = Assert.Single(history.Contradictions);
        Assert.Equal("reasons_platform", contradiction.Kind);
        Assert.Equal(["legal_compliance_local_law", "platform_error"], contradiction.Readings.Select(r => r.Value));
    }

    [Fact]
    public void The_same_outlet_twice_and_a_near_copy_of_a_text_count_once()
    {
        const string wire = "The video platform suspended the account of the rights group on Tuesday after a commemoration " +
            "held online drew thousands of viewers, the group said in a statement sent to reporters on Wednesday.";
        var copy = wire.Replace("on Wednesday.", "on Wednesday evening.");
        Citation Cite(string outlet, string url, string text) =>
            new(new SourceRef(outlet, url, Fingerprint: TextFingerprint.SimHash(text)), "q");

        var history = Fold(Opened,
            Recorded(Suspension, ActionType.Suspended, null, Cite("Wire Agency", "https://wire.example/1", wire)),
            new ActionCorroborated(CaseId, Suspension, Cite("Local Paper", "https://local.example/2", copy)),
            new ActionCorroborated(CaseId, Suspension, Cite("Wire Agency", "https://wire.example/other", "An unrelated follow-up story about something else entirely.")),
            new ActionCorroborated(CaseId, Suspension, Cite("Independent Daily", "https://daily.example/3", "Zoom confirmed to us that it closed the account.")));

        var entry = history.Timeline[0];
        Assert.Equal(4, entry.SourceCount);
        Assert.Equal(2, entry.IndependentSourceCount);
        Assert.Equal([null, 0, 0, null], entry.Sources.Select(s => s.RepeatOf));
    }
}
