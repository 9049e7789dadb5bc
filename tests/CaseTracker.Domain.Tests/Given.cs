using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Tests;

/// <summary>The seed case (Zoom and Humanitarian China) and a fold of given events into a Case.</summary>
internal static class Given
{
    public static readonly Guid CaseId = Guid.Parse("00000000-0000-0000-0000-0000000000ca");
    public static readonly Guid Suspension = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Reinstatement = Guid.Parse("00000000-0000-0000-0000-000000000002");
    public static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-000000000003");

    public static readonly Subject HumanitarianChina = new("Humanitarian China", SubjectKind.Account, Country: "US");

    public static readonly Citation Axios = new(
        new SourceRef("Axios", "https://www.axios.com/zoom-closes-chinese-dissidents-account", "Zoom closes account of U.S.-based Chinese activists"),
        "Zoom closed the account of Humanitarian China on June 7", 120, 175);

    public static readonly Citation Guardian = new(
        new SourceRef("The Guardian", "https://www.theguardian.com/world/2020/jun/11/zoom-china-tiananmen"),
        "Zoom confirmed it had suspended the account");

    public static readonly Citation GroupStatement = new(new SourceRef("Humanitarian China", Title: "Statement on Zoom"),
        "We received no explanation");

    public static readonly CaseOpened Opened = new(CaseId, "Zoom", HumanitarianChina, "Zoom closes Humanitarian China account");

    public static ActionRecorded Recorded(Guid actionId, ActionType type, string? date, Citation citation, string? scope = null) =>
        new(CaseId, actionId, type, Date(date), scope, citation);

    public static PartialDate? Date(string? text) => text is null ? null : PartialDate.TryParse(text, out _)
        ?? throw new ArgumentException($"bad test date {text}");

    /// <summary>Folds the given events into the aggregate the way the event store would.</summary>
    public static Case Case(params object[] events) =>
        Cases.Case.From(events) ?? throw new ArgumentException("a case needs its CaseOpened event");

    public static object Single(Decision decision)
    {
        Assert.Null(decision.Refusal);
        return Assert.Single(decision.Events);
    }

    public static void NothingRecorded(Decision decision)
    {
        Assert.False(decision.Refused);
        Assert.Empty(decision.Events);
    }

    public static void Refused(Decision decision, RefusalKind kind, string code)
    {
        Assert.True(decision.Refused);
        Assert.Empty(decision.Events);
        Assert.Equal(kind, decision.Refusal!.Kind);
        Assert.Equal(code, decision.Refusal.Code);
    }
}
