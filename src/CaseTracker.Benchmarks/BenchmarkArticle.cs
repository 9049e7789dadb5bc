using CaseTracker.Extraction;

namespace CaseTracker.Benchmarks;

/// <summary>A ~3,000-character English news article with two actions, reasons, dates and traps.</summary>
public static class BenchmarkArticle
{
    private const string Story = """
        YouTube suspends channel of the watchdog group Open Ledger

        YouTube suspended the channel of the watchdog group Open Ledger on Tuesday, the group said in a statement. The company told reporters that the channel had violated its policies on harassment after a series of videos about local officials.
        Open Ledger said it had received no explanation from the platform and that its appeal had been ignored for two days. Its director, Hannah Cole, said the group did not delete any videos itself and would keep publishing on its website.
        "We remove content that targets private individuals with abuse, and we apply these rules to every creator," a spokesperson for YouTube said. The spokesperson added that the decision had been reviewed by a second team.
        On March 7 the channel was restored, YouTube confirmed, adding that the suspension had been made in error by an automated system. The videos are available again, although some comments remain disabled.
        Several newsrooms in the region stopped using YouTube for live broadcasts last year, citing unreliable moderation. A regional court ordered internet service providers to block a different website in January, a decision that Open Ledger criticised.
        Twitter did not remove the group's posts, and Facebook denied banning any of its pages. The group's founder said Facebook had threatened to restrict its page in 2022 but never did.
        Media researchers said such mistakes are common when platforms rely on automated tools. They noted that appeals can take weeks, and that small organisations rarely get an answer from a human reviewer.
        Open Ledger plans to publish a report on the incident next month, including the notices it received and the timeline of the suspension and the reinstatement.
        """;

    public static ArticleInput Input { get; } = Build();

    private static ArticleInput Build()
    {
        var text = Story.ReplaceLineEndings("\n");
        // Pad with neutral sentences up to ~3,000 characters so the figure is per realistic article.
        const string filler = " Readers can find the full statement on the group's website, together with earlier reporting on the case.";
        while (text.Length < 3000) text += filler;
        return new ArticleInput(text, "en", new DateOnly(2024, 3, 9));
    }
}
