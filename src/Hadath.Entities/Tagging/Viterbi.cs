using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Best label sequence under a first-order linear-chain model. Transitions the BIO scheme forbids
/// (I-LOC after B-PER, I after O) are never taken, so every decoded sequence is well formed.
/// </summary>
internal static class Viterbi
{
    private const int L = EntityLabels.Count;

    /// <summary>Transition layout: row <c>prev + 1</c> (row 0 = sentence start), column next; row L+1 = sentence end.</summary>
    public const int TransitionSize = (L + 2) * L;

    internal static readonly bool[] Allowed = BuildAllowed();

    /// <summary>For each label, the labels allowed before it (the same type's B and I inside a name, all nine elsewhere).</summary>
    private static readonly int[][] AllowedPrevious = Enumerable.Range(0, L)
        .Select(next => Enumerable.Range(0, L).Where(prev => Allowed[(prev + 1) * L + next]).ToArray())
        .ToArray();

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
                // A row of floats may straddle two cache lines: touch both. Prefetches never fault, and the
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

    /// <summary>A row of the decode loop's scores and back pointers: labels 0–7 in a vector, label 8 after them, padding to 16.</summary>
    internal const int Padded = 16;

    /// <summary>Labels in the vector of the decode loop (0–7); the last one, I-MISC, comes apart.</summary>
    private const int VectorLabels = 8;

    /// <summary>Decodes with <paramref name="transitions"/> laid out for this call (training changes them between calls).</summary>
    public static void Decode(ReadOnlySpan<float> emissions, float[] transitions, Span<int> labels)
    {
        if (transitions.Length != TransitionSize) throw new ArgumentException("bad transition matrix size", nameof(transitions));
        Decode(emissions, new PreparedTransitions(transitions), labels);
    }

    /// <summary>
    /// A pass's transitions laid out for the decode loop once, not per sentence (laying them out cost about as much as
    /// decoding a sentence of 20 words): from each previous label to next labels 0–7, forbidden ones as −∞, so a
    /// forbidden candidate is never greater than the best so far, exactly as if it were skipped; and the two allowed
    /// before label 8 (I-MISC: after B-MISC and I-MISC only).
    /// </summary>
    internal sealed class PreparedTransitions
    {
        public PreparedTransitions(float[] transitions)
        {
            if (transitions.Length != TransitionSize) throw new ArgumentException("bad transition matrix size", nameof(transitions));
            Transitions = transitions;
            for (int prev = 0; prev < L; prev++)
            {
                for (int next = 0; next < VectorLabels; next++)
                {
                    int t = (prev + 1) * L + next;
                    From[prev * VectorLabels + next] = Allowed[t] ? transitions[t] : float.NegativeInfinity;
                }
            }
            FromBeginToLast = transitions[(LastPrevious[0] + 1) * L + L - 1];
            FromInsideToLast = transitions[(LastPrevious[1] + 1) * L + L - 1];
        }

        /// <summary>The transition matrix as given (start row, label rows, end row).</summary>
        public float[] Transitions { get; }

        /// <summary>Row prev × 8: the transitions from label prev to next labels 0–7.</summary>
        public float[] From { get; } = new float[L * VectorLabels];

        /// <summary>The transitions to label 8 from the two labels allowed before it (<see cref="LastPrevious"/>).</summary>
        public float FromBeginToLast { get; }
        public float FromInsideToLast { get; }
    }

    /// <summary>The labels allowed before the last label (I-MISC), ascending: B-MISC and I-MISC.</summary>
    private static readonly int[] LastPrevious = AllowedPrevious[L - 1];

    /// <summary>Keeps the first of two candidates (per lane) unless the later one is strictly greater.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void First(ref Vector256<float> best, ref Vector256<int> arg, Vector256<float> later, Vector256<int> laterArg)
    {
        var m = Vector256.GreaterThan(later, best);
        best = Vector256.ConditionalSelect(m, later, best);
        arg = Vector256.ConditionalSelect(m.AsInt32(), laterArg, arg);
    }

    /// <summary>Previous label <paramref name="previous"/>'s candidates for next labels 0–7, and its label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float>, Vector256<int>) Candidates(ref float before, ref float from, int previous) =>
        (Vector256.Create(Unsafe.Add(ref before, previous)) + Vector256.LoadUnsafe(ref from, (nuint)(previous * VectorLabels)), Vector256.Create(previous));

    /// <summary>
    /// Labels 0–7 take every previous label's candidate in one vector (a forbidden one is −∞ and never wins), the nine
    /// compared in a tree (the left side wins ties, so it is the first best in ascending order, as a loop over them
    /// finds it, in four steps instead of nine one after another); label 8 has two allowed previous labels and takes
    /// them apart. The same additions and ties as the textbook decoder (<c>ViterbiTests</c>).
    /// </summary>
    [SkipLocalsInit]   // score and back are written in full before they are read
    public static void Decode(ReadOnlySpan<float> emissions, PreparedTransitions prepared, Span<int> labels)
    {
        int n = labels.Length;
        if (n == 0) return;
        var transitions = prepared.Transitions;
        if (emissions.Length < n * L) throw new ArgumentException("too few emissions", nameof(emissions));
        Span<float> score = n * Padded <= 6144 ? stackalloc float[n * Padded] : new float[n * Padded];
        Span<int> back = n * Padded <= 6144 ? stackalloc int[n * Padded] : new int[n * Padded];
        for (int l = 0; l < L; l++)
        {
            score[l] = Allowed[l] ? emissions[l] + transitions[l] : float.NegativeInfinity;
        }
        ref float from = ref MemoryMarshal.GetArrayDataReference(prepared.From);
        float beginToLast = prepared.FromBeginToLast, insideToLast = prepared.FromInsideToLast;
        int lastBegin = LastPrevious[0], lastInside = LastPrevious[1];
        ref float emission0 = ref MemoryMarshal.GetReference(emissions);
        for (int i = 1; i < n; i++)
        {
            ref float before = ref score[(i - 1) * Padded];
            var (best, arg) = Candidates(ref before, ref from, 0);
            var (best1, arg1) = Candidates(ref before, ref from, 1);
            var (best2, arg2) = Candidates(ref before, ref from, 2);
            var (best3, arg3) = Candidates(ref before, ref from, 3);
            var (best4, arg4) = Candidates(ref before, ref from, 4);
            var (best5, arg5) = Candidates(ref before, ref from, 5);
            var (best6, arg6) = Candidates(ref before, ref from, 6);
            var (best7, arg7) = Candidates(ref before, ref from, 7);
            var (best8, arg8) = Candidates(ref before, ref from, 8);
            First(ref best, ref arg, best1, arg1);
            First(ref best2, ref arg2, best3, arg3);
            First(ref best4, ref arg4, best5, arg5);
            First(ref best6, ref arg6, best7, arg7);
            First(ref best, ref arg, best2, arg2);
            First(ref best4, ref arg4, best6, arg6);
            First(ref best, ref arg, best4, arg4);
            First(ref best, ref arg, best8, arg8);
            float fromBegin = Unsafe.Add(ref before, lastBegin) + beginToLast;
            float fromInside = Unsafe.Add(ref before, lastInside) + insideToLast;
            bool inside = fromInside > fromBegin;

            ref float emission = ref Unsafe.Add(ref emission0, i * L);
            ref float now = ref score[i * Padded];
            ref int backNow = ref back[i * Padded];
            (best + Vector256.LoadUnsafe(ref emission)).StoreUnsafe(ref now);
            Unsafe.Add(ref now, L - 1) = (inside ? fromInside : fromBegin) + Unsafe.Add(ref emission, L - 1);
            arg.StoreUnsafe(ref backNow);
            Unsafe.Add(ref backNow, L - 1) = inside ? lastInside : lastBegin;
        }
        // The best last label (with the transition to the sentence end), then the back pointers from it.
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int l = 0; l < L; l++)
        {
            int t = (L + 1) * L + l;
            if (!Allowed[t]) continue;
            float s = score[(n - 1) * Padded + l] + transitions[t];
            if (s > bestEnd) { bestEnd = s; last = l; }
        }
        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i * Padded + labels[i]];
    }
}
