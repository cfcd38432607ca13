using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Best label sequence under a first-order linear-chain model. Transitions the BIOES scheme forbids
/// (I-LOC after B-PER, E without B) are never taken, so every decoded sequence is well formed.
/// </summary>
internal static partial class Viterbi
{
    private const int L = EntityLabels.Count;

    /// <summary>Transition layout: row <c>prev + 1</c> (row 0 = sentence start), column next; row L+1 = sentence end.</summary>
    public const int TransitionSize = (L + 2) * L;

    internal static readonly bool[] Allowed = BuildAllowed();

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

    /// <summary>Labels rounded up to whole 8-float vectors: the decode loop's rows of scores and back pointers.</summary>
    internal const int Padded = 24;

    /// <summary>Decodes with <paramref name="transitions"/> laid out for this call (training changes them between calls).</summary>
    public static void Decode(ReadOnlySpan<float> emissions, float[] transitions, Span<int> labels)
    {
        if (transitions.Length != TransitionSize) throw new ArgumentException("bad transition matrix size", nameof(transitions));
        Decode(emissions, new PreparedTransitions(transitions), labels);
    }

    /// <summary>
    /// A pass's transitions laid out for the decode loop once, not per sentence (laying them out cost about as much as
    /// decoding a sentence of 20 words): from each previous label to every next one, forbidden ones (and the padding)
    /// as −∞, so a forbidden candidate is never greater than the best so far, exactly as if it were skipped.
    /// </summary>
    internal sealed class PreparedTransitions
    {
        public PreparedTransitions(float[] transitions)
        {
            if (transitions.Length != TransitionSize) throw new ArgumentException("bad transition matrix size", nameof(transitions));
            Transitions = transitions;
            for (int prev = 0; prev < L; prev++)
            {
                for (int next = 0; next < Padded; next++)
                {
                    int t = (prev + 1) * L + next;
                    From[prev * Padded + next] = next < L && Allowed[t] ? transitions[t] : float.NegativeInfinity;
                }
            }
            // Inside a name (I, E) only the same type's B or I may come before; the rows of those two, per vector of next
            // labels (the others' lanes −∞).
            for (int v = 0; v < 2; v++)
            {
                for (int lane = 0; lane < 8; lane++)
                {
                    int next = v * 8 + lane;
                    bool inside = next != EntityLabels.Outside && !EntityLabels.StartsEntity(next);
                    int type = EntityLabels.TypeOf(next);
                    FromOpen[v * 16 + lane] = inside ? From[EntityLabels.Begin(type) * Padded + next] : float.NegativeInfinity;
                    FromOpen[v * 16 + 8 + lane] = inside ? From[EntityLabels.Inside(type) * Padded + next] : float.NegativeInfinity;
                }
            }
            Wide = new WideTransitions(From);
        }

        /// <summary>The same transitions laid out for <see cref="DecodeWide"/>.</summary>
        public WideTransitions Wide { get; }

        /// <summary>The transition matrix as given (start row, label rows, end row).</summary>
        public float[] Transitions { get; }

        /// <summary>Row prev × <see cref="Padded"/>: the transitions from label prev to each next label.</summary>
        public float[] From { get; } = new float[L * Padded];

        /// <summary>For each of the two vectors of next labels: the transitions from the lane's type's B, then its I (8 floats each).</summary>
        public float[] FromOpen { get; } = new float[4 * 8];
    }

    public static void Decode(ReadOnlySpan<float> emissions, PreparedTransitions prepared, Span<int> labels) =>
        Decode(emissions, prepared, labels, WideSupported);

    /// <summary><see cref="Decode(ReadOnlySpan{float}, PreparedTransitions, Span{int})"/> on the path asked for (tests compare both).</summary>
    internal static void Decode(ReadOnlySpan<float> emissions, PreparedTransitions prepared, Span<int> labels, bool wide)
    {
        if (wide && WideSupported) DecodeWide(emissions, prepared, labels);
        else DecodeNarrow(emissions, prepared, labels);
    }

    [SkipLocalsInit]   // score and back are written in full before they are read
    private static void DecodeNarrow(ReadOnlySpan<float> emissions, PreparedTransitions prepared, Span<int> labels)
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
        if (n == 1)
        {
            End(score, transitions, back, labels);
            return;
        }
        var from = prepared.From.AsSpan();
        ref float open0 = ref MemoryMarshal.GetArrayDataReference(prepared.FromOpen);
        // Every next label at once, the previous labels in ascending order with a strict "greater": the same
        // additions and the same ties (the first best previous label wins) as one label at a time, without branches.
        // A previous label whose transition to a next one is forbidden never wins it (−∞ is never greater), so each
        // lane needs only the labels allowed before it: the ones that close a name (O, E, S) for O, B and S, then the
        // same type's B and I (both after every closing label) for I and E.
        ref float from0 = ref MemoryMarshal.GetReference(from);
        for (int i = 1; i < n; i++)
        {
            ref float before = ref score[(i - 1) * Padded];
            var best0 = Vector256.Create(float.NegativeInfinity);
            var best1 = best0;
            var best2 = best0;
            var arg0 = Vector256<int>.Zero;
            var arg1 = arg0;
            var arg2 = arg0;
            foreach (int prev in Closing)
            {
                var b = Vector256.Create(Unsafe.Add(ref before, prev));
                var p = Vector256.Create(prev);
                ref float row = ref Unsafe.Add(ref from0, prev * Padded);
                var s0 = b + Vector256.LoadUnsafe(ref row);
                var s1 = b + Vector256.LoadUnsafe(ref row, 8);
                var s2 = b + Vector256.LoadUnsafe(ref row, 16);
                var m0 = Vector256.GreaterThan(s0, best0);
                var m1 = Vector256.GreaterThan(s1, best1);
                var m2 = Vector256.GreaterThan(s2, best2);
                best0 = Vector256.ConditionalSelect(m0, s0, best0);
                best1 = Vector256.ConditionalSelect(m1, s1, best1);
                best2 = Vector256.ConditionalSelect(m2, s2, best2);
                arg0 = Vector256.ConditionalSelect(m0.AsInt32(), p, arg0);
                arg1 = Vector256.ConditionalSelect(m1.AsInt32(), p, arg1);
                arg2 = Vector256.ConditionalSelect(m2.AsInt32(), p, arg2);
            }
            Open(Vector256.LoadUnsafe(ref before), ref open0, ref best0, ref arg0, 0);
            Open(Vector256.LoadUnsafe(ref before, 8), ref Unsafe.Add(ref open0, 16), ref best1, ref arg1, 8);
            ref float now = ref score[i * Padded];
            ref int backNow = ref back[i * Padded];
            var emission = emissions.Slice(i * L, L);
            (best0 + Vector256.Create(emission[..8])).StoreUnsafe(ref now);
            (best1 + Vector256.Create(emission.Slice(8, 8))).StoreUnsafe(ref now, 8);
            best2.StoreUnsafe(ref now, 16);
            Unsafe.Add(ref now, 16) += emission[16];
            arg0.StoreUnsafe(ref backNow);
            arg1.StoreUnsafe(ref backNow, 8);
            arg2.StoreUnsafe(ref backNow, 16);
        }
        End(score, transitions, back, labels);
    }

    /// <summary>The labels that close a name or stand outside one (O, E-X, S-X), ascending: the only ones allowed before O, B-X and S-X.</summary>
    internal static readonly int[] Closing = Enumerable.Range(0, L).Where(l => l == EntityLabels.Outside || EntityLabels.EndsEntity(l)).ToArray();

    // Per lane of a vector of 8 next labels (the first vector at 0, the second at 8): where the same type's B and I sit
    // in that vector of previous scores, and their labels. Lanes that do not continue a name are never updated
    // (their transitions are −∞), so their entries are only in range.
    private static readonly Vector256<int> BeginLane = Vector256.Create(0, 0, 1, 1, 0, 0, 5, 5);
    private static readonly Vector256<int> InsideLane = Vector256.Create(0, 0, 2, 2, 0, 0, 6, 6);

    /// <summary>
    /// The second step of a vector of next labels starting at label <paramref name="first"/>: candidates B then I of
    /// each lane's type (<paramref name="fromOpen"/>: their transitions, 8 then 8 floats), after the closing labels.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Open(Vector256<float> before, ref float fromOpen, ref Vector256<float> best, ref Vector256<int> arg, int first)
    {
        var sB = Pick(before, BeginLane) + Vector256.LoadUnsafe(ref fromOpen);
        var mB = Vector256.GreaterThan(sB, best);
        best = Vector256.ConditionalSelect(mB, sB, best);
        arg = Vector256.ConditionalSelect(mB.AsInt32(), BeginLane + Vector256.Create(first), arg);
        var sI = Pick(before, InsideLane) + Vector256.LoadUnsafe(ref fromOpen, 8);
        var mI = Vector256.GreaterThan(sI, best);
        best = Vector256.ConditionalSelect(mI, sI, best);
        arg = Vector256.ConditionalSelect(mI.AsInt32(), InsideLane + Vector256.Create(first), arg);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Pick(Vector256<float> values, Vector256<int> lanes) =>
        Avx2.IsSupported ? Avx2.PermuteVar8x32(values, lanes) : Vector256.Shuffle(values, lanes);

    /// <summary>The best last label (with the transition to the sentence end), then the back pointers from it.</summary>
    private static void End(ReadOnlySpan<float> score, float[] transitions, ReadOnlySpan<int> back, Span<int> labels)
    {
        int n = labels.Length;
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
