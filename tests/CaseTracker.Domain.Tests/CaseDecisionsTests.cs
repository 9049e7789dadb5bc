using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using static CaseTracker.Domain.Tests.Given;

namespace CaseTracker.Domain.Tests;

public class CaseDecisionsTests
{
    private static readonly CaseClosed Closed = new(CaseId, "done");

    // Opening

    [Fact]
    public void Opening_a_case_records_platform_subject_and_title_trimmed()
    {
        var opened = Assert.IsType<CaseOpened>(Single(CaseDecisions.Open(CaseId, "  Zoom ", HumanitarianChina, " Zoom closes account  ")));

        Assert.Equal(new CaseOpened(CaseId, "Zoom", HumanitarianChina, "Zoom closes account"), opened);
    }

    // Recording actions

    [Fact]
    public void Recording_an_action_on_an_open_case_records_it_with_its_ids_date_scope_and_source()
    {
        var date = Date("--06-07");

        var recorded = Assert.IsType<ActionRecorded>(Single(
            CaseDecisions.RecordAction(Case(Opened), Suspension, ActionType.Suspended, date, "  worldwide ", Axios)));

        Assert.Equal(CaseId, recorded.CaseId);
        Assert.Equal(Suspension, recorded.ActionId);
        Assert.Equal(ActionType.Suspended, recorded.Type);
        Assert.Equal(date, recorded.OccurredOn);
        Assert.Equal("worldwide", recorded.Scope);
        Assert.Equal(Axios, recorded.Citation);
    }

    [Fact]
    public void The_same_action_reported_twice_by_one_source_records_nothing()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));

        NothingRecorded(CaseDecisions.RecordAction(state, Other, ActionType.Suspended, Date("2020-06-07"), null, Axios));
    }

    [Fact]
    public void The_same_source_under_another_spelling_of_its_url_is_still_a_repeat()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));
        var sameArticle = new Citation(new SourceRef("axios.com", "http://axios.com/zoom-closes-chinese-dissidents-account/?utm_source=twitter"));

        NothingRecorded(CaseDecisions.RecordAction(state, Other, ActionType.Suspended, Date("2020-06"), null, sameArticle));
    }

    [Fact]
    public void One_source_reporting_the_same_type_on_an_incompatible_date_records_a_second_action()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios));

        var recorded = Assert.IsType<ActionRecorded>(Single(
            CaseDecisions.RecordAction(state, Other, ActionType.Suspended, Date("2020-07-01"), null, Axios)));
        Assert.Equal(Other, recorded.ActionId);
    }

    [Fact]
    public void One_source_reporting_another_type_of_action_records_it()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios));

        var recorded = Assert.IsType<ActionRecorded>(Single(
            CaseDecisions.RecordAction(state, Reinstatement, ActionType.Reinstated, null, null, Axios)));
        Assert.Equal(ActionType.Reinstated, recorded.Type);
    }

    [Fact]
    public void An_action_reported_again_after_its_first_record_was_withdrawn_is_recorded_anew()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "2020-06-07", Axios),
            new ActionWithdrawn(CaseId, Suspension, "wrong subject"));

        Assert.IsType<ActionRecorded>(Single(
            CaseDecisions.RecordAction(state, Other, ActionType.Suspended, Date("2020-06-07"), null, Axios)));
    }

    [Fact]
    public void A_reinstatement_with_no_earlier_restriction_is_accepted()
    {
        var recorded = Assert.IsType<ActionRecorded>(Single(
            CaseDecisions.RecordAction(Case(Opened), Reinstatement, ActionType.Reinstated, Date("2020-06-10"), null, Guardian)));

        Assert.Equal(ActionType.Reinstated, recorded.Type);
    }

    // Corroboration

    [Fact]
    public void Another_source_for_an_action_corroborates_it()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios));

        var corroborated = Assert.IsType<ActionCorroborated>(Single(CaseDecisions.Corroborate(state, Suspension, Guardian)));

        Assert.Equal(new ActionCorroborated(CaseId, Suspension, Guardian), corroborated);
    }

    [Fact]
    public void Corroborating_with_a_source_already_cited_for_the_action_records_nothing()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios),
            new ActionCorroborated(CaseId, Suspension, Guardian));

        NothingRecorded(CaseDecisions.Corroborate(state, Suspension, Axios));
        NothingRecorded(CaseDecisions.Corroborate(state, Suspension, Guardian));
    }

    [Fact]
    public void Corroborating_an_unknown_action_is_refused_as_not_found()
    {
        Refused(CaseDecisions.Corroborate(Case(Opened), Other, Guardian), RefusalKind.NotFound, "action_not_found");
    }

    [Fact]
    public void A_withdrawn_action_refuses_corroboration_and_dispute()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios),
            new ActionWithdrawn(CaseId, Suspension, "misread the article"));

        Refused(CaseDecisions.Corroborate(state, Suspension, Guardian), RefusalKind.Conflict, "action_withdrawn");
        Refused(CaseDecisions.Dispute(state, Suspension, DisputeKind.Denial, null, null, Guardian), RefusalKind.Conflict, "action_withdrawn");
    }

    // Disputes

    [Fact]
    public void A_source_that_dates_an_action_differently_disputes_it_with_a_trimmed_note()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios));

        var disputed = Assert.IsType<ActionDisputed>(Single(
            CaseDecisions.Dispute(state, Suspension, DisputeKind.OtherDate, Date("2020-06-04"), "  says 4 June ", Guardian)));

        Assert.Equal(new ActionDisputed(CaseId, Suspension, DisputeKind.OtherDate, Date("2020-06-04"), "says 4 June", Guardian), disputed);
    }

    [Fact]
    public void The_same_dispute_from_the_same_source_records_nothing_but_another_kind_is_recorded()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios),
            new ActionDisputed(CaseId, Suspension, DisputeKind.Denial, null, null, Guardian));

        NothingRecorded(CaseDecisions.Dispute(state, Suspension, DisputeKind.Denial, null, "again", Guardian));
        Assert.IsType<ActionDisputed>(Single(CaseDecisions.Dispute(state, Suspension, DisputeKind.OtherDate, Date("2020-06-04"), null, Guardian)));
    }

    [Fact]
    public void Disputing_an_unknown_action_is_refused_as_not_found()
    {
        Refused(CaseDecisions.Dispute(Case(Opened), Other, DisputeKind.Denial, null, null, Guardian), RefusalKind.NotFound, "action_not_found");
    }

    // Reasons

    [Fact]
    public void A_stated_reason_is_recorded_with_its_ids_party_category_and_trimmed_text()
    {
        var reasonId = Guid.NewGuid();
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios));

        var stated = Assert.IsType<ReasonStated>(Single(CaseDecisions.StateReason(state, reasonId, Suspension, StatedBy.Platform,
            ReasonCategory.LegalComplianceLocalLaw, "  participants must comply with their local laws \n", "en", Guardian)));

        Assert.Equal(new ReasonStated(CaseId, reasonId, Suspension, StatedBy.Platform, ReasonCategory.LegalComplianceLocalLaw,
            "participants must comply with their local laws", "en", Guardian), stated);
    }

    [Fact]
    public void A_reason_about_the_whole_case_needs_no_action()
    {
        var stated = Assert.IsType<ReasonStated>(Single(CaseDecisions.StateReason(Case(Opened), Guid.NewGuid(), null, StatedBy.Subject,
            ReasonCategory.NotStated, "We received no explanation", "en", GroupStatement)));

        Assert.Null(stated.ActionId);
    }

    [Fact]
    public void The_same_reason_from_the_same_source_records_nothing()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios),
            new ReasonStated(CaseId, Guid.NewGuid(), Suspension, StatedBy.Platform, ReasonCategory.LegalComplianceLocalLaw,
                "participants must comply with their local laws", "en", Guardian));

        NothingRecorded(CaseDecisions.StateReason(state, Guid.NewGuid(), Suspension, StatedBy.Platform,
            ReasonCategory.LegalComplianceLocalLaw, " participants must comply with their local laws ", "en", Guardian));
    }

    [Fact]
    public void A_reason_for_an_unknown_action_is_refused_as_not_found()
    {
        Refused(CaseDecisions.StateReason(Case(Opened), Guid.NewGuid(), Other, StatedBy.Platform, ReasonCategory.NotStated, "none", null, Guardian),
            RefusalKind.NotFound, "action_not_found");
    }

    // Withdrawals

    [Fact]
    public void Withdrawing_an_action_records_the_trimmed_rationale()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios));

        Assert.Equal(new ActionWithdrawn(CaseId, Suspension, "service change, not an account action"),
            Single(CaseDecisions.Withdraw(state, Suspension, "  service change, not an account action ")));
    }

    [Fact]
    public void Withdrawing_twice_records_nothing()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios),
            new ActionWithdrawn(CaseId, Suspension, "wrong"));

        NothingRecorded(CaseDecisions.Withdraw(state, Suspension, "wrong"));
    }

    [Fact]
    public void Withdrawing_an_unknown_action_is_refused_as_not_found()
    {
        Refused(CaseDecisions.Withdraw(Case(Opened), Other, "wrong"), RefusalKind.NotFound, "action_not_found");
    }

    // Closed cases

    [Fact]
    public void A_closed_case_refuses_actions_corroborations_disputes_reasons_and_withdrawals()
    {
        var state = Case(Opened, Recorded(Suspension, ActionType.Suspended, "--06-07", Axios), Closed);

        Refused(CaseDecisions.RecordAction(state, Reinstatement, ActionType.Reinstated, null, null, Guardian), RefusalKind.Conflict, "case_closed");
        Refused(CaseDecisions.Corroborate(state, Suspension, Guardian), RefusalKind.Conflict, "case_closed");
        Refused(CaseDecisions.Dispute(state, Suspension, DisputeKind.Denial, null, null, Guardian), RefusalKind.Conflict, "case_closed");
        Refused(CaseDecisions.StateReason(state, Guid.NewGuid(), Suspension, StatedBy.Platform, ReasonCategory.NotStated, "x", null, Guardian),
            RefusalKind.Conflict, "case_closed");
        Refused(CaseDecisions.Withdraw(state, Suspension, "wrong"), RefusalKind.Conflict, "case_closed");
    }

    [Fact]
    public void A_closed_case_reports_case_closed_before_an_unknown_action()
    {
        var state = Case(Opened, Closed);

        Refused(CaseDecisions.Corroborate(state, Other, Guardian), RefusalKind.Conflict, "case_closed");
        Refused(CaseDecisions.Withdraw(state, Other, "wrong"), RefusalKind.Conflict, "case_closed");
    }

    [Fact]
    public void A_closed_case_still_takes_notes_with_trimmed_text()
    {
        var noteId = Guid.NewGuid();

        Assert.Equal(new CaseNoteAdded(CaseId, noteId, "Asked Zoom for comment"),
            Single(CaseDecisions.AddNote(Case(Opened, Closed), noteId, "  Asked Zoom for comment ")));
    }

    [Fact]
    public void Closing_records_the_trimmed_rationale_and_closing_again_records_nothing()
    {
        Assert.Equal(new CaseClosed(CaseId, "complete"), Single(CaseDecisions.Close(Case(Opened), " complete ")));
        NothingRecorded(CaseDecisions.Close(Case(Opened, Closed), "again"));
    }

    [Fact]
    public void Reopening_a_closed_case_lets_it_take_actions_again_and_reopening_an_open_case_records_nothing()
    {
        Assert.Equal(new CaseReopened(CaseId, "new source"), Single(CaseDecisions.Reopen(Case(Opened, Closed), " new source ")));
        NothingRecorded(CaseDecisions.Reopen(Case(Opened), "why"));

        var reopened = Case(Opened, Closed, new CaseReopened(CaseId, "new source"));
        Assert.IsType<ActionRecorded>(Single(CaseDecisions.RecordAction(reopened, Reinstatement, ActionType.Reinstated, null, null, Guardian)));
    }
}
