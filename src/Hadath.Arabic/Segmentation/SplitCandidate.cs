using System.Collections.Immutable;

namespace Hadath.Arabic.Segmentation;

/// <summary>How a candidate's stem form was derived from its letters.</summary>
public enum StemRestoration : byte
{
    /// <summary>The letters as written.</summary>
    AsWritten,
    /// <summary>ت before an enclitic written back as ة (حياته → حياة).</summary>
    TaMarbuta,
    /// <summary>و of a plural verb before an enclitic gets its alef back (كتبوه → كتبوا).</summary>
    WawAlef,
    /// <summary>The ال of an article whose alef merged into لل.</summary>
    Article,
    /// <summary>Final alef before an enclitic written back as alef maksura (مداها → مدى).</summary>
    AlefMaksura,
    /// <summary>Final hamza on a seat before an enclitic written back on the line (عملائها → عملاء).</summary>
    HamzaOnLine,
}

/// <summary>One way to split a word: clitic letters, stem letters and the forms they stand for.</summary>
public sealed class SplitCandidate
{
    public required string Prefix { get; init; }
    public required bool ArticleLam { get; init; }
    public required string Suffix { get; init; }
    public required string StemSurface { get; init; }
    public required string StemForm { get; init; }
    public required StemRestoration Restoration { get; init; }
    /// <summary>The stem spelling came from a lexicon (hamza seats) or the learned table rather than the letters.</summary>
    public required string SpellingSource { get; init; }
    /// <summary>A particle (ب ل ك) that is itself the stem before a pronoun (به، لهم).</summary>
    public required bool ParticleStem { get; init; }
    /// <summary>The hamza written onto a bare initial alef of the stem (اصلاحه → إصلاح), or '\0'.</summary>
    public char InitialHamza { get; init; }
    public required ImmutableArray<AnalyzedPiece> Pieces { get; init; }

    public bool IsWhole => Pieces.Length == 1;

    public WordAnalysis ToAnalysis() => new(Pieces);

    public bool HasForms(IReadOnlyList<string> forms)
    {
        if (forms.Count != Pieces.Length) return false;
        for (int i = 0; i < forms.Count; i++)
        {
            if (!string.Equals(forms[i], Pieces[i].Form, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public bool HasFoldedForms(IReadOnlyList<string> forms)
    {
        if (forms.Count != Pieces.Length) return false;
        for (int i = 0; i < forms.Count; i++)
        {
            if (ArabicWordText.FoldSpelling(forms[i]) != ArabicWordText.FoldSpelling(Pieces[i].Form)) return false;
        }
        return true;
    }
}
