using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Tests;

/// <summary>A reviewer's edits to a claim: what they change in the reading the case records, and what of them is kept as a change.</summary>
public class ClaimEditsTests
{
    private static readonly ClaimRecord Claim = new(Guid.NewGuid(), "Twitter", "Lantern Collective", SubjectKind.Group, ActionType.Suspended,
        new PartialDate(2021, 3, 3, YearInferred: true), null,
        [new ClaimReason("broke the rules on spam", ReasonCategory.ScamsAndFraud, StatedBy.Platform, new TextQuote(10, 40, "broken its rules on spam"))],
        [new TextQuote(0, 40, "Twitter suspended the account")], 0.9);

    [Fact]
    public void Edits_replace_only_what_they_name_and_keep_the_quotes()
    {
        var edits = new ClaimEdits(Action: ActionType.Terminated, Date: PartialDate.OfDay(2021, 3, 4),
            Reasons: [new ReasonEdit(0, Category: ReasonCategory.OtherViolationTc)]);

        var edited = edits.ApplyTo(Claim);

        Assert.Equal(ActionType.Terminated, edited.Action);
        Assert.Equal(PartialDate.OfDay(2021, 3, 4), edited.Date);
        Assert.Equal("Twitter", edited.Platform);
        Assert.Equal("Lantern Collective", edited.Subject);
        var reason = Assert.Single(edited.Reasons);
        Assert.Equal(ReasonCategory.OtherViolationTc, reason.Category);
        Assert.Equal("broke the rules on spam", reason.Text);
        Assert.Equal(Claim.Reasons[0].Quote, reason.Quote);
        Assert.Equal(Claim.Quotes, edited.Quotes);
    }

    [Fact]
    public void Values_equal_to_the_claim_are_not_changes_and_no_change_at_all_is_null()
    {
        var same = new ClaimEdits(Platform: "Twitter", Subject: "Lantern Collective", Action: ActionType.Suspended,
            Reasons: [new ReasonEdit(0, StatedBy: StatedBy.Platform)]);
        var partly = new ClaimEdits(Platform: "Twitter", Subject: "Lantern Trust");

        Assert.Null(same.Against(Claim));
        Assert.Equal(new ClaimEdits(Subject: "Lantern Trust"), partly.Against(Claim));
    }
}
