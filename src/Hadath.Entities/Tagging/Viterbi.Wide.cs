using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The decode loop with the labels in the lanes where they do work. After a label that closes a name (O, E, S) only
/// O, B and S may come; after B or I only the same type's I or E. So the nine closing labels are candidates for nine
/// labels only (eight B and S lanes, and O apart), and the two opening ones for the eight I and E lanes: a third of the
/// vector work of <see cref="Viterbi.DecodeNarrow"/>, whose lanes compute every candidate of every label and let the
/// forbidden ones lose. Each label still meets its allowed previous labels in ascending order with a strict "greater",
/// from the same start (−∞, label 0), with the same additions: the labels, back pointers and ties are the same. The
/// nine closing candidates are compared in a tree, not one after another (the comparisons were the loop's critical path),
/// for the B and S lanes and O at once: O rides in lane 8 of the same vectors, since its allowed previous labels are
/// the same nine.
/// </summary>
internal static partial class Viterbi
{
    /// <summary>Whether this machine takes <see cref="DecodeWide"/> (it permutes with AVX-512).</summary>
    public static bool WideSupported => Avx512F.VL.IsSupported && Avx2.IsSupported;

    /// <summary>Which label each lane of a score row holds: B and S (lanes 0–7), I and E (8–15), O (16).</summary>
    private static readonly int[] WideLabel = [1, 4, 5, 8, 9, 12, 13, 16, 2, 3, 6, 7, 10, 11, 14, 15, 0];

    /// <summary>The lane of each label (the inverse of <see cref="WideLabel"/>).</summary>
    private static readonly int[] WideLane = BuildWideLane();

    private static int[] BuildWideLane()
    {
        var lanes = new int[L];
        for (int lane = 0; lane < L; lane++) lanes[WideLabel[lane]] = lane;
        return lanes;
    }

    // The emissions of the B and S lanes (label 16 comes apart, into lane 7) and of the I and E lanes, from labels 0–15.
    private static readonly Vector512<int> OpeningEmissions = Vector512.Create(1, 4, 5, 8, 9, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static readonly Vector512<int> InsideEmissions = Vector512.Create(2, 3, 6, 7, 10, 11, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0);
    private static readonly Vector256<float> LastLane = Vector256.Create(0, 0, 0, 0, 0, 0, 0, -1).AsSingle();

    // For the I and E lanes: the lanes of the same type's B (among the B and S lanes) and I (among the I and E lanes), and their labels.
    private static readonly Vector256<int> SameTypeLane = Vector256.Create(0, 0, 2, 2, 4, 4, 6, 6);
    private static readonly Vector256<int> BeginLabels = Vector256.Create(1, 1, 5, 5, 9, 9, 13, 13);
    private static readonly Vector256<int> InsideLabels = Vector256.Create(2, 2, 6, 6, 10, 10, 14, 14);

    /// <summary>A pass's transitions in the lanes of <see cref="DecodeWide"/> (forbidden ones −∞, as in <see cref="PreparedTransitions.From"/>).</summary>
    internal sealed class WideTransitions
    {
        public WideTransitions(float[] from)
        {
            for (int k = 0; k < Closing.Length; k++)
            {
                int previous = Closing[k];
                for (int lane = 0; lane < 8; lane++) FromClosing[k * ClosingLanes + lane] = from[previous * Padded + WideLabel[lane]];
                FromClosing[k * ClosingLanes + OutsideLane] = from[previous * Padded + EntityLabels.Outside];
            }
            for (int lane = 0; lane < 8; lane++)
            {
                int next = WideLabel[8 + lane];
                int type = EntityLabels.TypeOf(next);
                FromBegin[lane] = from[EntityLabels.Begin(type) * Padded + next];
                FromInside[lane] = from[EntityLabels.Inside(type) * Padded + next];
            }
        }

        /// <summary>Per closing label (ascending): its transitions to the B and S lanes, then to O (<see cref="OutsideLane"/>; the lanes after it unused).</summary>
        public float[] FromClosing { get; } = new float[9 * ClosingLanes];

        /// <summary>Per I and E lane: the transition from its type's B, and from its type's I.</summary>
        public float[] FromBegin { get; } = new float[8];
        public float[] FromInside { get; } = new float[8];
    }

    /// <summary>Lanes of a closing label's candidates: the eight B and S lanes, O, and seven unused.</summary>
    private const int ClosingLanes = 16;

    /// <summary>The lane of O among a closing label's candidates.</summary>
    private const int OutsideLane = 8;

    /// <summary>The candidates of closing label number <paramref name="k"/> (ascending) for the B and S lanes and O, and its label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector512<float>, Vector512<int>) ClosingCandidates(ref float before, ref float fromClosing, int k)
    {
        int previous = ClosingLabels[k];
        return (Vector512.Create(Unsafe.Add(ref before, WideLane[previous])) + Vector512.LoadUnsafe(ref fromClosing, (nuint)(k * ClosingLanes)), Vector512.Create(previous));
    }

    /// <summary>Keeps the first of two candidates (per lane) unless the later one is strictly greater.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void First(ref Vector512<float> best, ref Vector512<int> arg, Vector512<float> later, Vector512<int> laterArg)
    {
        var m = Vector512.GreaterThan(later, best);
        best = Vector512.ConditionalSelect(m, later, best);
        arg = Vector512.ConditionalSelect(m.AsInt32(), laterArg, arg);
    }

    /// <summary>The closing labels (O, E, S) ascending, as constants the unrolled tree reads.</summary>
    private static ReadOnlySpan<int> ClosingLabels => [0, 3, 4, 7, 8, 11, 12, 15, 16];

    [SkipLocalsInit]   // score and back are written in full before they are read
    private static void DecodeWide(ReadOnlySpan<float> emissions, PreparedTransitions prepared, Span<int> labels)
    {
        int n = labels.Length;
        if (n == 0) return;
        var transitions = prepared.Transitions;
        if (emissions.Length < n * L) throw new ArgumentException("too few emissions", nameof(emissions));
        Span<float> score = n * Padded <= 6144 ? stackalloc float[n * Padded] : new float[n * Padded];
        Span<int> back = n * Padded <= 6144 ? stackalloc int[n * Padded] : new int[n * Padded];
        for (int l = 0; l < L; l++)
        {
            score[WideLane[l]] = Allowed[l] ? emissions[l] + transitions[l] : float.NegativeInfinity;
        }
        var wide = prepared.Wide;
        ref float fromClosing = ref MemoryMarshal.GetArrayDataReference(wide.FromClosing);
        var fromBegin = Vector256.Create(wide.FromBegin);
        var fromInside = Vector256.Create(wide.FromInside);
        ref float emission0 = ref MemoryMarshal.GetReference(emissions);
        for (int i = 1; i < n; i++)
        {
            ref float before = ref score[(i - 1) * Padded];
            // B and S lanes, and O: the nine closing labels' candidates, then the first best of them in a tree (the
            // left side wins ties, so it is the first best in ascending order, as a loop over them finds it, in four
            // steps instead of nine one after another). O's candidate in its lane is the same sum as on its own.
            var (best, arg) = ClosingCandidates(ref before, ref fromClosing, 0);
            var (best1, arg1) = ClosingCandidates(ref before, ref fromClosing, 1);
            var (best2, arg2) = ClosingCandidates(ref before, ref fromClosing, 2);
            var (best3, arg3) = ClosingCandidates(ref before, ref fromClosing, 3);
            var (best4, arg4) = ClosingCandidates(ref before, ref fromClosing, 4);
            var (best5, arg5) = ClosingCandidates(ref before, ref fromClosing, 5);
            var (best6, arg6) = ClosingCandidates(ref before, ref fromClosing, 6);
            var (best7, arg7) = ClosingCandidates(ref before, ref fromClosing, 7);
            var (best8, arg8) = ClosingCandidates(ref before, ref fromClosing, 8);
            First(ref best, ref arg, best1, arg1);
            First(ref best2, ref arg2, best3, arg3);
            First(ref best4, ref arg4, best5, arg5);
            First(ref best6, ref arg6, best7, arg7);
            First(ref best, ref arg, best2, arg2);
            First(ref best4, ref arg4, best6, arg6);
            First(ref best, ref arg, best4, arg4);
            First(ref best, ref arg, best8, arg8);
            // I and E lanes: their type's B, then its I.
            var bestInside = Vector256.Create(float.NegativeInfinity);
            var argInside = Vector256<int>.Zero;
            var sB = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref before), SameTypeLane) + fromBegin;
            var mB = Vector256.GreaterThan(sB, bestInside);
            bestInside = Vector256.ConditionalSelect(mB, sB, bestInside);
            argInside = Vector256.ConditionalSelect(mB.AsInt32(), BeginLabels, argInside);
            var sI = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref before, 8), SameTypeLane) + fromInside;
            var mI = Vector256.GreaterThan(sI, bestInside);
            bestInside = Vector256.ConditionalSelect(mI, sI, bestInside);
            argInside = Vector256.ConditionalSelect(mI.AsInt32(), InsideLabels, argInside);

            ref float emission = ref Unsafe.Add(ref emission0, i * L);
            var row = Vector512.LoadUnsafe(ref emission);   // labels 0–15 (label 16 follows them)
            var opening = Vector256.ConditionalSelect(LastLane, Vector256.Create(Unsafe.Add(ref emission, L - 1)), Avx512F.PermuteVar16x32(row, OpeningEmissions).GetLower());
            var inside = Avx512F.PermuteVar16x32(row, InsideEmissions).GetLower();
            ref float now = ref score[i * Padded];
            ref int backNow = ref back[i * Padded];
            (best.GetLower() + opening).StoreUnsafe(ref now);
            (bestInside + inside).StoreUnsafe(ref now, 8);
            Unsafe.Add(ref now, 16) = best.GetUpper().ToScalar() + emission;   // O (lane 8), label 0's emission
            arg.GetLower().StoreUnsafe(ref backNow);
            argInside.StoreUnsafe(ref backNow, 8);
            Unsafe.Add(ref backNow, 16) = arg.GetUpper().ToScalar();
        }
        // The best last label (with the transition to the sentence end), then the back pointers from it.
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int l = 0; l < L; l++)
        {
            int t = (L + 1) * L + l;
            if (!Allowed[t]) continue;
            float s = score[(n - 1) * Padded + WideLane[l]] + transitions[t];
            if (s > bestEnd) { bestEnd = s; last = l; }
        }
        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i * Padded + WideLane[labels[i]]];
    }
}
