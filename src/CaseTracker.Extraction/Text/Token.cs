namespace CaseTracker.Extraction.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A word, number or punctuation mark with its offsets in the article text.</summary>
internal struct Token
{
    public int Start;
    public int End;
    /// <summary>Folded form (lower case, no accents) used for every word list lookup.</summary>
    public string Norm;
    public TokenKind Kind;
    public bool Capitalized;
    /// <summary>Starts with a letter of a script without case (Arabic, Persian): capitals cannot mark names there.</summary>
    public bool Uncased;
    public bool NewlineBefore;
    public int Sentence;
    public int Clause;

    public readonly bool IsWord => Kind != TokenKind.Punct;
    public readonly char PunctChar => Kind == TokenKind.Punct ? Norm[0] : '\0';
}
