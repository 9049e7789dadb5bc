using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using static CaseTracker.Domain.Tests.Given;

namespace CaseTracker.Domain.Tests;

public class CaseHistoryTests
{
    private static readonly DateTimeOffset Start = new(2020, 6, 12, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Each event recorded one hour after the one before, at stream versions 1, 2, 3...</summary>
    private static CaseHistory History(params object[] events) =>
        CaseHistoryFold.Build(events.Select((e, i) => (e, Start.AddHours(i), (long)i + 1)));

    private static ActionRecorded Action(Guid id, ActionType type, string? date, Citation? citation = null) =>
        Recorded(id, type, date, citation ?? Axios);

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:000000000000}");

    private static IEnumerable<Guid> TimelineIds(CaseHistory history) => history.Timeline.Select(t => t.ActionId);

    // The seed story

    [Fact]
    public void Seed_story_suspended_on_7_June_then_reinstated_undated_reads_in_that_order_with_one_closed_interval()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "--06-07"),
            Action(Reinstatement, ActionType.Reinstated, null));

        Assert.Equal([Suspension, Reinstatement], TimelineIds(history));
        var interval = Assert.Single(history.Restrictions);
        Assert.Equal(Suspension, interval.RestrictionActionId);
        Assert.Equal(Reinstatement, interval.EndedByActionId);
        Assert.False(interval.Open);
        Assert.Equal("--06-07", interval.From?.Value);
        Assert.Null(interval.To);
        Assert.Null(interval.Duration);
        Assert.Null(history.TotalRestricted);
        Assert.Equal("reinstated", history.SubjectStatus);
        Assert.Empty(history.Timeline[1].Flags);
    }

    [Fact]
    public void A_new_case_shows_its_opening_details_and_no_known_action()
    {
        var history = History(Opened);

        Assert.Equal(CaseId, history.Id);
        Assert.Equal("Zoom", history.Platform);
        Assert.Equal(HumanitarianChina, history.Subject);
        Assert.Equal("Zoom closes Humanitarian China account", history.Title);
        Assert.Equal("open", history.Status);
        Assert.Equal(CaseHistory.NoKnownAction, history.SubjectStatus);
        Assert.Equal(Start, history.OpenedAt);
        Assert.Empty(history.Timeline);
    }

    [Fact]
    public void A_history_cannot_be_built_without_its_opening_event()
    {
        Assert.Throws<InvalidOperationException>(() => History(Action(Suspension, ActionType.Suspended, "2020-06-07")));
    }

    // Timeline order

    [Fact]
    public void Dated_actions_read_in_date_order_whatever_order_they_were_reported_in()
    {
        var history = History(Opened,
            Action(Reinstatement, ActionType.Reinstated, "2020-06-10"),
            Action(Other, ActionType.ContentRemoved, "2020-06-08"),
            Action(Suspension, ActionType.Suspended, "2020-06-07"));

        Assert.Equal([Suspension, Other, Reinstatement], TimelineIds(history));
        Assert.Equal("reinstated", history.SubjectStatus);
    }

    [Fact]
    public void An_undated_action_stays_right_after_the_action_reported_before_it()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Suspended, "2020-06-20"),
            Action(Id(2), ActionType.Reinstated, null),
            Action(Id(3), ActionType.Warned, "2020-06-01"),
            Action(Id(4), ActionType.ContentRemoved, "2020-07-01"));

        Assert.Equal([Id(3), Id(1), Id(2), Id(4)], TimelineIds(history));
    }

    [Fact]
    public void An_undated_action_reported_first_reads_first()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Restricted, null),
            Action(Id(2), ActionType.Suspended, "2020-06-07"));

        Assert.Equal([Id(1), Id(2)], TimelineIds(history));
    }

    [Fact]
    public void A_year_less_date_on_the_same_day_as_a_dated_action_keeps_report_order()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.ContentRemoved, "2020-06-07"),
            Action(Id(2), ActionType.Suspended, "--06-07"));

        Assert.Equal([Id(1), Id(2)], TimelineIds(history));
    }

    [Fact]
    public void A_year_less_reinstatement_is_read_in_the_year_of_the_suspension_reported_before_it()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Suspended, "2020-06-07"),
            Action(Id(2), ActionType.Reinstated, "--06-10"),
            Action(Id(3), ActionType.Warned, "2020-06-08"));

        Assert.Equal([Id(1), Id(3), Id(2)], TimelineIds(history));
        Assert.Equal("reinstated", history.SubjectStatus);
        Assert.False(Assert.Single(history.Restrictions).Open);
    }

    [Fact]
    public void Each_action_shows_when_the_tracker_first_learned_of_it()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "--06-07"),
            new ActionCorroborated(CaseId, Suspension, Guardian));

        var entry = Assert.Single(history.Timeline);
        Assert.Equal(Start.AddHours(1), entry.FirstReportedAt);
        Assert.Equal(2, entry.ReportedAtVersion);
        Assert.Equal(3, history.Version);
        Assert.Equal(Start.AddHours(2), history.UpdatedAt);
    }

    [Fact]
    public void Folding_a_prefix_of_the_stream_shows_the_case_as_it_was_known_then()
    {
        object[] events = [Opened, Action(Suspension, ActionType.Suspended, "--06-07"), Action(Reinstatement, ActionType.Reinstated, null)];

        var asOfSecondEvent = History(events[..2]);

        Assert.Equal("suspended", asOfSecondEvent.SubjectStatus);
        Assert.True(Assert.Single(asOfSecondEvent.Restrictions).Open);
        Assert.Equal("reinstated", History(events).SubjectStatus);
    }

    // Sources, disputes, reasons, notes, withdrawals

    [Fact]
    public void Corroboration_adds_the_source_and_its_quote_to_the_action()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "--06-07", Axios),
            new ActionCorroborated(CaseId, Suspension, Guardian));

        var entry = Assert.Single(history.Timeline);
        Assert.Equal(2, entry.SourceCount);
        Assert.Equal(new CitedSource(Axios.Source, Axios.Quote, 120, 175, Start.AddHours(1)), entry.Sources[0]);
        Assert.Equal(new CitedSource(Guardian.Source, "Zoom confirmed it had suspended the account", null, null, Start.AddHours(2)), entry.Sources[1]);
    }

    [Fact]
    public void A_disputed_action_is_flagged_with_the_dispute_and_its_source()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "--06-07"),
            new ActionDisputed(CaseId, Suspension, DisputeKind.OtherDate, Date("2020-06-04"), "says 4 June", Guardian));

        var entry = Assert.Single(history.Timeline);
        Assert.True(entry.Disputed);
        var dispute = Assert.Single(entry.Disputes);
        Assert.Equal(DisputeKind.OtherDate, dispute.Kind);
        Assert.Equal("2020-06-04", dispute.ClaimedDate?.Value);
        Assert.Equal("says 4 June", dispute.Note);
        Assert.Equal(Guardian.Source, dispute.Source.Source);
    }

    [Fact]
    public void An_undisputed_action_is_not_flagged()
    {
        Assert.False(Assert.Single(History(Opened, Action(Suspension, ActionType.Suspended, "--06-07")).Timeline).Disputed);
    }

    [Fact]
    public void Reasons_are_grouped_by_the_code_of_the_party_that_stated_them_and_attached_to_their_action()
    {
        var platformReason = Guid.NewGuid();
        var subjectReason = Guid.NewGuid();
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "--06-07"),
            new ReasonStated(CaseId, platformReason, Suspension, StatedBy.Platform, ReasonCategory.LegalComplianceLocalLaw,
                "participants must comply with their local laws", "en", Guardian),
            new ReasonStated(CaseId, subjectReason, null, StatedBy.Subject, ReasonCategory.NotStated,
                "We received no explanation", "en", GroupStatement));

        Assert.Equal(["platform", "subject"], history.ReasonsByParty.Keys.Order());
        var stated = Assert.Single(history.ReasonsByParty["platform"]);
        Assert.Equal((platformReason, ReasonCategory.LegalComplianceLocalLaw, "participants must comply with their local laws"),
            (stated.ReasonId, stated.Category, stated.Text));
        Assert.Equal(subjectReason, Assert.Single(history.ReasonsByParty["subject"]).ReasonId);
        Assert.Equal(platformReason, Assert.Single(Assert.Single(history.Timeline).Reasons).ReasonId);
    }

    [Fact]
    public void Notes_and_closing_and_reopening_show_in_the_history()
    {
        var noteId = Guid.NewGuid();
        var history = History(Opened, new CaseNoteAdded(CaseId, noteId, "Asked Zoom for comment"), new CaseClosed(CaseId, null));

        Assert.Equal(new NoteEntry(noteId, "Asked Zoom for comment", Start.AddHours(1)), Assert.Single(history.Notes));
        Assert.Equal("closed", history.Status);
        Assert.Equal("open", History(Opened, new CaseClosed(CaseId, null), new CaseReopened(CaseId, null)).Status);
    }

    [Fact]
    public void A_withdrawn_action_stays_on_the_timeline_marked_withdrawn_but_no_longer_counts()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "2020-06-07"),
            Action(Reinstatement, ActionType.Reinstated, "2020-06-10"),
            new ActionWithdrawn(CaseId, Reinstatement, "it was another account"));

        Assert.Equal([Suspension, Reinstatement], TimelineIds(history));
        Assert.Equal(new Withdrawal("it was another account", Start.AddHours(3)), history.Timeline[1].Withdrawn);
        var interval = Assert.Single(history.Restrictions);
        Assert.True(interval.Open);
        Assert.Null(interval.EndedByActionId);
        Assert.Equal("suspended", history.SubjectStatus);
        Assert.Null(history.TotalRestricted);
    }

    [Fact]
    public void A_withdrawn_restriction_leaves_no_interval()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "2020-06-07"),
            new ActionWithdrawn(CaseId, Suspension, "service change, not an account action"));

        Assert.Empty(history.Restrictions);
        Assert.Equal(CaseHistory.NoKnownAction, history.SubjectStatus);
    }

    [Fact]
    public void Warnings_do_not_change_the_subjects_status()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "2020-06-07"),
            Action(Other, ActionType.Warned, "2020-06-09"));

        Assert.Equal("suspended", history.SubjectStatus);
    }

    // Restriction intervals

    [Fact]
    public void Suspended_7_June_2020_and_reinstated_10_June_2020_is_3_days()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Suspended, "2020-06-07"),
            Action(Reinstatement, ActionType.Reinstated, "2020-06-10"));

        var interval = Assert.Single(history.Restrictions);
        Assert.Equal(("2020-06-07", "2020-06-10", false), (interval.From?.Value, interval.To?.Value, interval.Open));
        Assert.Equal(new Duration(DatePrecision.Day, 3), interval.Duration);
        Assert.Equal("days", interval.Duration!.Unit);
        Assert.Equal(new Duration(DatePrecision.Day, 3), history.TotalRestricted);
    }

    [Fact]
    public void Year_less_dates_7_to_10_June_are_3_days_assuming_the_same_year()
    {
        Assert.Equal(new Duration(DatePrecision.Day, 3, AssumesSameYear: true), Intervals.Between(Date("--06-07"), Date("--06-10")));
    }

    [Fact]
    public void June_2020_to_August_2020_is_2_months()
    {
        var duration = Intervals.Between(Date("2020-06"), Date("2020-08"));

        Assert.Equal(new Duration(DatePrecision.Month, 2), duration);
        Assert.Equal("months", duration!.Unit);
    }

    [Fact]
    public void A_day_to_a_month_is_measured_in_months()
    {
        Assert.Equal(new Duration(DatePrecision.Month, 2), Intervals.Between(Date("2020-06-07"), Date("2020-08")));
        Assert.Equal(new Duration(DatePrecision.Year, 1), Intervals.Between(Date("2020-06-07"), Date("2021")));
    }

    [Fact]
    public void An_end_without_a_year_is_read_in_the_year_of_its_start_and_marked_as_assumed()
    {
        Assert.Equal(new Duration(DatePrecision.Day, 16, AssumesSameYear: true), Intervals.Between(Date("2023-02-14"), Date("--03-02")));
        // Before the start in that year: it may be any later year, so no duration is assumed.
        Assert.Null(Intervals.Between(Date("2023-02-14"), Date("--01-05")));
    }

    [Fact]
    public void A_restriction_ended_by_a_reinstatement_without_a_year_has_an_assumed_duration()
    {
        var history = History(Opened,
            Action(Suspension, ActionType.Restricted, "2023-02-14"),
            Action(Reinstatement, ActionType.Reinstated, "--03-02"));

        var interval = Assert.Single(history.Restrictions);
        Assert.Equal(Reinstatement, interval.EndedByActionId);
        Assert.Equal(new Duration(DatePrecision.Day, 16, AssumesSameYear: true), interval.Duration);
    }

    [Theory]
    [InlineData("2020-06-10", "2020-06-07")]
    [InlineData("2020-08", "2020-06")]
    [InlineData("--06-10", "--06-07")]
    [InlineData("--06-07", "2020-06-10")]
    [InlineData("2020-06-07", null)]
    [InlineData(null, "2020-06-10")]
    public void Dates_out_of_order_or_missing_or_not_comparable_give_no_duration(string? from, string? to)
    {
        Assert.Null(Intervals.Between(from is null ? null : Date(from), to is null ? null : Date(to)));
    }

    [Fact]
    public void A_hedged_or_inferred_date_makes_the_duration_approximate()
    {
        var inferred = PartialDate.TryParse("2020-06-10", out _, yearInferred: true);

        Assert.True(Intervals.Between(Date("2020-06-07"), inferred)!.Approximate);
        Assert.True(Intervals.Between(PartialDate.TryParse("2020-06-07", out _, approximate: true), Date("2020-06-10"))!.Approximate);
    }

    [Fact]
    public void A_restriction_with_no_reinstatement_is_an_open_interval_without_duration()
    {
        var history = History(Opened, Action(Id(1), ActionType.GeoBlocked, "2020-06-07"));

        var interval = Assert.Single(history.Restrictions);
        Assert.Equal((Id(1), ActionType.GeoBlocked, true), (interval.RestrictionActionId, interval.Type, interval.Open));
        Assert.Null(interval.EndedByActionId);
        Assert.Null(interval.Duration);
        Assert.Null(history.TotalRestricted);
        Assert.Equal("geo_blocked", history.SubjectStatus);
    }

    [Fact]
    public void Content_removal_is_not_a_restriction_interval()
    {
        Assert.Empty(History(Opened, Action(Id(1), ActionType.ContentRemoved, "2020-06-07")).Restrictions);
    }

    [Fact]
    public void A_reinstatement_with_no_earlier_restriction_is_flagged()
    {
        var history = History(Opened, Action(Reinstatement, ActionType.Reinstated, "2020-06-10"));

        Assert.Equal([Intervals.NoKnownEarlierRestriction], Assert.Single(history.Timeline).Flags);
        Assert.Equal("no_known_earlier_restriction", Intervals.NoKnownEarlierRestriction);
        Assert.Empty(history.Restrictions);
        Assert.Equal("reinstated", history.SubjectStatus);
    }

    [Fact]
    public void The_flag_goes_once_the_earlier_restriction_is_logged()
    {
        var history = History(Opened,
            Action(Reinstatement, ActionType.Reinstated, "2020-06-10"),
            Action(Suspension, ActionType.Suspended, "2020-06-07", Guardian));

        Assert.Equal([Suspension, Reinstatement], TimelineIds(history));
        Assert.All(history.Timeline, t => Assert.Empty(t.Flags));
        Assert.Equal(new Duration(DatePrecision.Day, 3), Assert.Single(history.Restrictions).Duration);
    }

    [Fact]
    public void A_second_reinstatement_with_nothing_left_open_is_flagged()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Suspended, "2020-06-07"),
            Action(Id(2), ActionType.Reinstated, "2020-06-10"),
            Action(Id(3), ActionType.Reinstated, "2020-06-12"));

        Assert.Empty(history.Timeline[1].Flags);
        Assert.Equal([Intervals.NoKnownEarlierRestriction], history.Timeline[2].Flags);
        Assert.Single(history.Restrictions);
    }

    // Total restricted time

    [Fact]
    public void Total_restricted_time_sums_the_closed_intervals()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Suspended, "2020-06-07"),
            Action(Id(2), ActionType.Reinstated, "2020-06-10"),
            Action(Id(3), ActionType.Suspended, "2020-07-01"),
            Action(Id(4), ActionType.Reinstated, "2020-07-11"),
            Action(Id(5), ActionType.Restricted, "2020-08-01"));

        Assert.Equal(3, history.Restrictions.Count);
        Assert.Equal(new Duration(DatePrecision.Day, 13), history.TotalRestricted);
    }

    [Fact]
    public void Overlapping_restrictions_ended_by_one_reinstatement_are_counted_once()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Suspended, "2020-06-07"),
            Action(Id(2), ActionType.Demonetized, "2020-06-08"),
            Action(Id(3), ActionType.Reinstated, "2020-06-10"));

        Assert.Equal([3, 2], history.Restrictions.Select(r => r.Duration!.Amount));
        Assert.All(history.Restrictions, r => Assert.Equal(Id(3), r.EndedByActionId));
        Assert.Equal(new Duration(DatePrecision.Day, 3), history.TotalRestricted);
    }

    [Fact]
    public void Intervals_in_different_units_give_no_total()
    {
        var history = History(Opened,
            Action(Id(1), ActionType.Suspended, "2020-06-07"),
            Action(Id(2), ActionType.Reinstated, "2020-06-10"),
            Action(Id(3), ActionType.Suspended, "2021-01"),
            Action(Id(4), ActionType.Reinstated, "2021-03"));

        Assert.Equal(2, history.Restrictions.Count(r => r.Duration is not null));
        Assert.Null(history.TotalRestricted);
    }
}
