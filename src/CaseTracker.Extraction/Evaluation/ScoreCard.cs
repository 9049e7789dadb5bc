namespace CaseTracker.Extraction;

/// <summary>
/// Counts over some articles and the scores derived from them. Strict matching needs the same
/// action code; lenient counts suspended, terminated and restricted as one family.
/// </summary>
public sealed record ScoreCard(
    int Articles,
    int Expected,
    int Predicted,
    int Matched,
    int LenientPredicted,
    int LenientMatched,
    int DatesCorrect,
    int DatesScored,
    int AttributionsCorrect,
    int AttributionsScored)
{
    public static ScoreCard Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>With nothing predicted there is no false positive: precision 1.</summary>
    public double Precision => Ratio(Matched, Predicted);
    public double Recall => Ratio(Matched, Expected);
    public double F1 => Harmonic(Precision, Recall);
    public double LenientPrecision => Ratio(LenientMatched, LenientPredicted);
    public double LenientRecall => Ratio(LenientMatched, Expected);
    public double LenientF1 => Harmonic(LenientPrecision, LenientRecall);

    /// <summary>Null when no matched pair had an expected date.</summary>
    public double? DateAccuracy => DatesScored == 0 ? null : (double)DatesCorrect / DatesScored;

    /// <summary>Null when no matched pair had an expected reason_stated_by.</summary>
    public double? AttributionAccuracy => AttributionsScored == 0 ? null : (double)AttributionsCorrect / AttributionsScored;

    public static ScoreCard operator +(ScoreCard a, ScoreCard b) => new(
        a.Articles + b.Articles, a.Expected + b.Expected, a.Predicted + b.Predicted, a.Matched + b.Matched,
        a.LenientPredicted + b.LenientPredicted, a.LenientMatched + b.LenientMatched,
        a.DatesCorrect + b.DatesCorrect, a.DatesScored + b.DatesScored,
        a.AttributionsCorrect + b.AttributionsCorrect, a.AttributionsScored + b.AttributionsScored);

    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
