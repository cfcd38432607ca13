using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Best label sequence under a first-order linear-chain model. Transitions the BIOES scheme forbids
/// (I-LOC after B-PER, E without B) are never taken, so every decoded sequence is well formed.
/// </summary>
internal static class Viterbi
{
    private const int L = EntityLabels.Count;

    /// <summary>Transition layout: row <c>prev + 1</c> (row 0 = sentence start), column next; row L+1 = sentence end.</summary>
    public const int TransitionSize = (L + 2) * L;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>For each label, the labels allowed before it (2 inside a name, 9 elsewhere instead of all 17).</summary>
    private static readonly int[][] AllowedPrevious = Enumerable.Range(0, L)
        .Select(next => Enumerable.Range(0, L).Where(prev => Allowed[(prev + 1) * L + next]).ToArray())
        .ToArray();

    // The same lists flattened for the decode loop: for label next, entries PreviousStart[next]..PreviousStart[next+1]
    // of PreviousLabel (in AllowedPrevious order, which decides ties) and of PreviousTransition (its transition index).
    private static readonly int[] PreviousStart = BuildPreviousStart();
    private static readonly int[] PreviousLabel = AllowedPrevious.SelectMany(p => p).ToArray();
    private static readonly int[] PreviousTransition = Enumerable.Range(0, L).SelectMany(next => AllowedPrevious[next].Select(prev => (prev + 1) * L + next)).ToArray();

    private static int[] BuildPreviousStart()
    {
        var starts = new int[L + 1];
        for (int next = 0; next < L; next++) starts[next + 1] = starts[next] + AllowedPrevious[next].Length;
        return starts;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[TransitionSize];
        for (int next = 0; next < L; next++)
        {
            allowed[next] = EntityLabels.CanStart(next);
            for (int prev = 0; prev < L; prev++) allowed[(prev + 1) * L + next] = EntityLabels.CanFollow(prev, next);
            allowed[(L + 1) * L + next] = EntityLabels.CanEnd(next);
        }
        return allowed;
    }

    /// <summary>How many features ahead <see cref="Emissions"/> prefetches weight rows (they are mostly cache misses).</summary>
    private const int PrefetchDistance = 16;

    /// <summary>Sums the weight rows of each word's features into <paramref name="emissions"/> (n × L).</summary>
    public static unsafe void Emissions(float[] weights, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> emissions)
    {
        int n = starts.Length - 1;
        emissions[..(n * L)].Clear();
        ref float weight0 = ref MemoryMarshal.GetArrayDataReference(weights);
        int total = starts[n];
        for (int i = 0; i < n; i++)
        {
            var target = emissions.Slice(i * L, L);
            for (int f = starts[i]; f < starts[i + 1]; f++)
            {
                // A row is 17 floats, so it may straddle two cache lines: touch both. Prefetches never fault, and the
                // weight array lives on the large-object heap, which the GC does not move.
                if (Sse.IsSupported && f + PrefetchDistance < total && rows[f + PrefetchDistance] >= 0)
                {
                    ref float ahead = ref Unsafe.Add(ref weight0, rows[f + PrefetchDistance] * L);
                    Sse.Prefetch0(Unsafe.AsPointer(ref ahead));
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref ahead, L - 1)));
                }
                int row = rows[f];
                if (row < 0) continue;
                var source = weights.AsSpan(row * L, L);
                int l = 0;
                for (; l <= L - Vector<float>.Count; l += Vector<float>.Count)
                {
                    (new Vector<float>(target[l..]) + new Vector<float>(source[l..])).CopyTo(target[l..]);
                }
                for (; l < L; l++) target[l] += source[l];
            }
        }
    }

    [SkipLocalsInit]   // score and back are written in full before they are read
    public static void Decode(ReadOnlySpan<float> emissions, float[] transitions, Span<int> labels)
    {
        int n = labels.Length;
        if (n == 0) return;
        Span<float> score = n * L <= 4096 ? stackalloc float[n * L] : new float[n * L];
        Span<int> back = n * L <= 4096 ? stackalloc int[n * L] : new int[n * L];
        for (int l = 0; l < L; l++)
        {
            score[l] = Allowed[l] ? emissions[l] + transitions[l] : float.NegativeInfinity;
        }
        if (transitions.Length != TransitionSize) throw new ArgumentException("bad transition matrix size", nameof(transitions));
        if (emissions.Length < n * L) throw new ArgumentException("too few emissions", nameof(emissions));
        // Unchecked reads: every index below is within the arrays checked above (label lists are built from L).
        ref float transition0 = ref MemoryMarshal.GetArrayDataReference(transitions);
        ref int previousLabel = ref MemoryMarshal.GetArrayDataReference(PreviousLabel);
        ref int previousTransition = ref MemoryMarshal.GetArrayDataReference(PreviousTransition);
        ref int previousStart = ref MemoryMarshal.GetArrayDataReference(PreviousStart);
        for (int i = 1; i < n; i++)
        {
            ref float before = ref score[(i - 1) * L];
            ref float now = ref score[i * L];
            ref int backNow = ref back[i * L];
            ref readonly float emission = ref emissions[i * L];
            for (int next = 0; next < L; next++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                int end = Unsafe.Add(ref previousStart, next + 1);
                for (int k = Unsafe.Add(ref previousStart, next); k < end; k++)
                {
                    int prev = Unsafe.Add(ref previousLabel, k);
                    float s = Unsafe.Add(ref before, prev) + Unsafe.Add(ref transition0, Unsafe.Add(ref previousTransition, k));
                    if (s > best) { best = s; arg = prev; }
                }
                Unsafe.Add(ref now, next) = best + Unsafe.Add(ref Unsafe.AsRef(in emission), next);
                Unsafe.Add(ref backNow, next) = arg;
            }
        }
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int l = 0; l < L; l++)
        {
            int t = (L + 1) * L + l;
            if (!Allowed[t]) continue;
            float s = score[(n - 1) * L + l] + transitions[t];
            if (s > bestEnd) { bestEnd = s; last = l; }
        }
        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
    }
}
