using Hadath.Core;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

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

/// <summary>
/// One way to split a word: clitic letters, stem letters and the forms they stand for. A word not seen before
/// has a few candidates (2.2 on average, 40 % of such words just one) and only one wins, so the pieces are laid out only when asked for.
/// </summary>
public sealed class SplitCandidate
{
    public string Prefix { get; internal set; } = "";
    public bool ArticleLam { get; internal set; }
    public string Suffix { get; internal set; } = "";
    public string StemSurface { get; internal set; } = "";
    public string StemForm { get; internal set; } = "";
    public StemRestoration Restoration { get; internal set; }
    /// <summary>The stem spelling came from a lexicon (hamza seats) or the learned table rather than the letters.</summary>
    public string SpellingSource { get; internal set; } = "";
    /// <summary>A particle (ب ل ك) that is itself the stem before a pronoun (به، لهم).</summary>
    public bool ParticleStem { get; internal set; }
    /// <summary>The hamza written onto a bare initial alef of the stem (اصلاحه → إصلاح), or '\0'.</summary>
    public char InitialHamza { get; internal set; }
    /// <summary>The conjunction piece (و, ف) or "".</summary>
    public string Conjunction { get; internal set; } = "";
    /// <summary>The particle piece (ب ل ك س; ل for لل) or "" (also when the particle is the stem).</summary>
    public string Particle { get; internal set; } = "";
    /// <summary>Where the stem's letters start and end in the word.</summary>
    public int StemStart { get; internal set; }
    public int StemEnd { get; internal set; }
    public int WordLength { get; internal set; }
    /// <summary>The shape feature value, made once per clitic chain by the generator (null: made when needed).</summary>
    internal string? Shape { get; set; }
    /// <summary>The counts <see cref="StemCountsFrom"/> gives <see cref="StemForm"/>, when the generator looked them up already.</summary>
    internal (int Corpus, int TreebankWord, int TreebankStem) StemCounts { get; set; }
    /// <summary>The index <see cref="StemCounts"/> was read from, or null when the generator did not read it.</summary>
    internal SpellingIndex? StemCountsFrom { get; set; }

    private ImmutableArray<AnalyzedPiece> _pieces;

    /// <summary>Conjunction, particle, stem and pronoun, those present, in order.</summary>
    public ImmutableArray<AnalyzedPiece> Pieces => _pieces.IsDefault ? _pieces = LayOut() : _pieces;

    /// <summary>Drops the laid-out pieces: the generator is about to fill this candidate again for another word.</summary>
    internal void ForgetPieces() => _pieces = default;

    public int PieceCount => (Conjunction.Length > 0 ? 1 : 0) + (Particle.Length > 0 ? 1 : 0) + 1 + (Suffix.Length > 0 ? 1 : 0);

    public bool IsWhole => PieceCount == 1;

    private ImmutableArray<AnalyzedPiece> LayOut()
    {
        // Filled in place: the analysis of every new word is kept in the segmenter's cache, so no builder on the way.
        var pieces = new AnalyzedPiece[PieceCount];
        int at = 0, n = 0;
        if (Conjunction.Length > 0)
        {
            pieces[n++] = new AnalyzedPiece(at, at + Conjunction.Length, Conjunction, SegmentRole.Proclitic, true);
            at += Conjunction.Length;
        }
        // لل contributes only its first ل: the second belongs to the article of the stem.
        if (Particle.Length > 0) pieces[n++] = new AnalyzedPiece(at, at + 1, Particle, SegmentRole.Proclitic, true);
        pieces[n++] = new AnalyzedPiece(StemStart, StemEnd, StemForm, SegmentRole.Stem, ArabicWordText.SameLetters(StemForm, StemSurface));
        if (Suffix.Length > 0) pieces[n] = new AnalyzedPiece(StemEnd, WordLength, Suffix, SegmentRole.Enclitic, true);
        return ImmutableCollectionsMarshal.AsImmutableArray(pieces);
    }

    public WordAnalysis ToAnalysis() => new(Pieces);

    public bool HasForms(IReadOnlyList<string> forms)
    {
        if (forms.Count != PieceCount) return false;
        for (int i = 0; i < forms.Count; i++)
        {
            if (!string.Equals(forms[i], Pieces[i].Form, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public bool HasFoldedForms(IReadOnlyList<string> forms)
    {
        if (forms.Count != PieceCount) return false;
        for (int i = 0; i < forms.Count; i++)
        {
            if (ArabicWordText.FoldSpelling(forms[i]) != ArabicWordText.FoldSpelling(Pieces[i].Form)) return false;
        }
        return true;
    }
}
