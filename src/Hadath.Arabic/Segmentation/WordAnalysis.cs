using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// One syntactic word of an analysed surface word: its restored <see cref="Form"/> and the letters
/// [<see cref="Start"/>, <see cref="End"/>) of the surface it came from. <see cref="ConcatenatesBack"/> is false
/// where the form's letters are not those letters (the ال of للاسلحة), and the segment then spans the whole token.
/// </summary>
public readonly record struct AnalyzedPiece(int Start, int End, string Form, SegmentRole Role, bool ConcatenatesBack);

/// <summary>The segmentation of one surface word, computed once per distinct spelling and shared (immutable).</summary>
public sealed class WordAnalysis : ISegmentLayout
{
    public WordAnalysis(ImmutableArray<AnalyzedPiece> pieces)
    {
        if (pieces.IsDefaultOrEmpty) throw new ArgumentException("An analysis needs at least one piece.", nameof(pieces));
        Pieces = pieces;
    }

    public ImmutableArray<AnalyzedPiece> Pieces { get; }

    public bool IsSplit => Pieces.Length > 1;

    /// <summary>The analysis of a word left whole.</summary>
    public static WordAnalysis Whole(string surface) =>
        new(ImmutableArray.Create(new AnalyzedPiece(0, surface.Length, surface, SegmentRole.Stem, true)));

    /// <summary>Places the pieces on a token of the document (offsets relative to <paramref name="token"/>).</summary>
    public ImmutableArray<Segment> ToSegments(TextSpan token) => Place(token);

    public ImmutableArray<Segment> Place(TextSpan token)
    {
        var segments = new Segment[Pieces.Length];
        for (int i = 0; i < segments.Length; i++)
        {
            var piece = Pieces[i];
            var span = piece.ConcatenatesBack ? new TextSpan(token.Start + piece.Start, token.Start + piece.End) : token;
            segments[i] = new Segment(span, piece.Form, piece.Role);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(segments);
    }

    public IEnumerable<string> Forms => Pieces.Select(p => p.Form);

    /// <summary>Forms joined by '+' (و+ب+أن+ه), or the surface pieces when <paramref name="surface"/> is given.</summary>
    public string Render(string? surface = null) => surface is null
        ? string.Join('+', Pieces.Select(p => p.Form))
        : string.Join('+', SurfacePieces(surface));

    private IEnumerable<string> SurfacePieces(string surface)
    {
        // Pieces can share letters (مما = من + ما keeps one م); print each surface letter once, in order.
        int cursor = 0;
        foreach (var piece in Pieces)
        {
            int start = Math.Max(cursor, piece.Start);
            int end = Math.Max(start, piece.End);
            if (end > start) yield return surface[start..end];
            cursor = end;
        }
    }

    public override string ToString() => Render();
}
