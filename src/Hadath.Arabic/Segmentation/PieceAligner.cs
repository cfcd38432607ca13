using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// Finds which letters of a surface word each gold form came from, by a minimal-edit alignment of the forms'
/// concatenation to the surface (للاسلحة ~ ل|الأسلحة drops one alef; مما ~ من|ما drops one nun).
/// </summary>
public static class PieceAligner
{
    /// <summary>Boundaries that cut <paramref name="surface"/> into one (possibly empty) range per form, in order.</summary>
    public static (int Start, int End)[] Align(string surface, IReadOnlyList<string> forms)
    {
        var formChars = new List<char>();
        var owner = new List<int>();
        for (int k = 0; k < forms.Count; k++)
        {
            foreach (var c in forms[k])
            {
                if (ArabicWordText.IsMark(c)) continue;
                formChars.Add(ArabicWordText.FoldForAlignment(c));
                owner.Add(k);
            }
        }
        var surfaceIndex = new List<int>();
        var surfaceChars = new List<char>();
        for (int j = 0; j < surface.Length; j++)
        {
            if (ArabicWordText.IsMark(surface[j])) continue;
            surfaceChars.Add(ArabicWordText.FoldForAlignment(surface[j]));
            surfaceIndex.Add(j);
        }
        int m = formChars.Count, n = surfaceChars.Count;
        var cost = new int[m + 1, n + 1];
        for (int i = 0; i <= m; i++) cost[i, 0] = i;
        for (int j = 0; j <= n; j++) cost[0, j] = j;
        for (int i = 1; i <= m; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                int diagonal = cost[i - 1, j - 1] + (formChars[i - 1] == surfaceChars[j - 1] ? 0 : 1);
                cost[i, j] = Math.Min(diagonal, Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1));
            }
        }
        // First surface letter each form owns, found walking back from the end and preferring matches.
        var firstOwned = new int[forms.Count];
        Array.Fill(firstOwned, -1);
        int a = m, b = n;
        while (a > 0 && b > 0)
        {
            int here = cost[a, b];
            if (here == cost[a - 1, b - 1] + (formChars[a - 1] == surfaceChars[b - 1] ? 0 : 1))
            {
                firstOwned[owner[a - 1]] = surfaceIndex[b - 1];
                a--; b--;
            }
            else if (here == cost[a - 1, b] + 1) a--;
            else b--;
        }
        var ranges = new (int, int)[forms.Count];
        var starts = new int[forms.Count];
        starts[0] = 0;
        for (int k = 1; k < forms.Count; k++)
        {
            starts[k] = firstOwned[k] >= 0 ? Math.Max(firstOwned[k], starts[k - 1]) : starts[k - 1];
        }
        // A form that owns nothing sits empty at the next form's start.
        for (int k = forms.Count - 2; k >= 1; k--)
        {
            if (firstOwned[k] < 0) starts[k] = starts[k + 1];
        }
        for (int k = 0; k < forms.Count; k++)
        {
            int end = k + 1 < forms.Count ? starts[k + 1] : surface.Length;
            ranges[k] = (starts[k], Math.Max(starts[k], end));
        }
        return ranges;
    }

    /// <summary>Builds the analysis of <paramref name="surface"/> as the given gold forms, roles from the clitic inventory.</summary>
    public static WordAnalysis ToAnalysis(string surface, IReadOnlyList<string> forms)
    {
        if (forms.Count == 1 && forms[0] == surface) return WordAnalysis.Whole(surface);
        var ranges = Align(surface, forms);
        var roles = CliticInventory.AssignRoles(forms);
        var pieces = ImmutableArray.CreateBuilder<AnalyzedPiece>(forms.Count);
        for (int k = 0; k < forms.Count; k++)
        {
            var (start, end) = ranges[k];
            bool back = end > start && ArabicWordText.SameLetters(forms[k], surface.AsSpan(start, end - start));
            pieces.Add(new AnalyzedPiece(start, end, forms[k], roles[k], back));
        }
        return new WordAnalysis(pieces.MoveToImmutable());
    }
}
