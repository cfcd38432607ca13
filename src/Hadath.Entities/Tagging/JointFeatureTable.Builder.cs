using System.Numerics;

namespace Hadath.Entities.Tagging;

internal sealed partial class JointFeatureTable
{
    /// <summary>Most bytes <see cref="Data"/> may hold: a reference keeps a row's offset in 23 bits (times 256, plus eight bits).</summary>
    private const int MaxDataLength = 1 << 23;

    /// <summary>The largest weight a byte keeps, in units of its row's step.</summary>
    private const int MaxQuantised = sbyte.MaxValue;

    /// <summary>The coarsest step of a row: 2^7 of its pass's <see cref="Unit"/>s (a reference keeps a step's exponent in three bits).</summary>
    private const int CoarsestStep = 7;

    /// <summary>
    /// The smallest power of two by which <paramref name="largest"/> (in absolute value) is at most
    /// <see cref="MaxQuantised"/> times it. A pass's unit is this for its largest weight, divided by 2^<see cref="CoarsestStep"/>.
    /// </summary>
    internal static float ScaleFor(float largest)
    {
        if (!(largest > 0) || !float.IsFinite(largest)) return 1;
        int exponent = (int)Math.Ceiling(Math.Log2(largest / MaxQuantised));
        // Log2 may round either way near a power of two: settle on the exact bound.
        while (largest / MathF.ScaleB(1, exponent) > MaxQuantised) exponent++;
        while (largest / MathF.ScaleB(1, exponent - 1) <= MaxQuantised) exponent--;
        return MathF.ScaleB(1, exponent);
    }

    /// <summary>
    /// Collects each pass's rows as they are read (only their nonzero weights), then quantises them and lays the joint
    /// rows out in <see cref="Data"/>'s form. The passes' rows come in different orders (the second pass's by its own
    /// keys), and a pass's scale needs its largest weight, so each pass's are kept apart until every row is in.
    /// </summary>
    private sealed class RowBuilder(int rows)
    {
        /// <summary>Per pass and joint row: bit l set when label l's weight is nonzero (labels 0–16).</summary>
        private readonly uint[][] _labels = [new uint[rows], new uint[rows]];

        /// <summary>Per pass and joint row: where its nonzero weights start in that pass's values.</summary>
        private readonly int[][] _starts = [new int[rows], new int[rows]];

        private readonly float[][] _values = [new float[Math.Max(rows, 16)], new float[Math.Max(rows, 16)]];
        private readonly int[] _used = new int[2];

        /// <summary>Joint row <paramref name="number"/>'s weights in pass <paramref name="pass"/> (labels floats).</summary>
        public void Add(int pass, int number, ReadOnlySpan<float> row)
        {
            ref var values = ref _values[pass];
            if (_used[pass] + row.Length > values.Length) Array.Resize(ref values, values.Length * 2);
            uint labels = 0;
            int used = _used[pass];
            _starts[pass][number] = used;
            for (int l = 0; l < row.Length; l++)
            {
                // −0 counts as zero: adding it leaves every sum as it is, like adding +0.
                if (row[l] == 0) continue;
                labels |= 1u << l;
                values[used++] = row[l];
            }
            _labels[pass][number] = labels;
            _used[pass] = used;
        }

        /// <summary>
        /// Each row's weights of each pass as bytes: whole steps of the row (the pass's unit times 2^e, e the smallest of
        /// 0–7 that keeps the row's largest weight within a byte), each weight rounded to the nearest step, in place of
        /// its float's place; a weight that rounds to zero leaves its row (its label's bit is cleared). So a row keeps
        /// seven bits of its own largest weight, and a pass's largest weights (the coarsest rows) still fit.
        /// </summary>
        private (float[] Units, byte[][] Steps, sbyte[][] Bytes) Quantise()
        {
            var units = new float[2];
            var steps = new byte[2][];
            var bytes = new sbyte[2][];
            for (int pass = 0; pass < 2; pass++)
            {
                var values = _values[pass].AsSpan(0, _used[pass]);
                float largest = 0;
                foreach (float value in values) largest = Math.Max(largest, Math.Abs(value));
                float unit = units[pass] = ScaleFor(largest) / (1 << CoarsestStep);
                steps[pass] = new byte[rows];
                bytes[pass] = new sbyte[values.Length];
                for (int r = 0; r < rows; r++)
                {
                    int from = _starts[pass][r], count = BitOperations.PopCount(_labels[pass][r]);
                    float rowLargest = 0;
                    foreach (float value in values.Slice(from, count)) rowLargest = Math.Max(rowLargest, Math.Abs(value));
                    int e = 0;
                    while (e < CoarsestStep && rowLargest / (unit * (1 << e)) > MaxQuantised) e++;
                    steps[pass][r] = (byte)e;
                    float step = unit * (1 << e);
                    uint kept = 0;
                    int to = from;
                    for (uint bits = _labels[pass][r]; bits != 0; bits &= bits - 1)
                    {
                        int quantised = (int)MathF.Round(values[from++] / step);
                        if (quantised == 0) continue;
                        kept |= bits & (0u - bits);
                        bytes[pass][to++] = (sbyte)quantised;
                    }
                    _labels[pass][r] = kept;
                }
            }
            return (units, steps, bytes);
        }

        /// <summary>The rows in <see cref="Data"/>'s form, in joint-row order, each joint row's reference and the passes' units.</summary>
        public (byte[] Data, int[] References, float[] Units) Lay()
        {
            var (units, steps, bytes) = Quantise();
            long length = 0;
            for (int r = 0; r < rows; r++) length += HeaderBytes + BitOperations.PopCount(_labels[0][r]) + BitOperations.PopCount(_labels[1][r]);
            if (length > MaxDataLength) throw new InvalidDataException("NER model too large: its nonzero weights do not fit the joint table");
            // Slack after the last row: a whole vector may be read from any weight of a row (the lanes past it unused).
            var data = new byte[length + 64];
            var references = new int[rows];
            int at = 0;
            const uint Low = (1u << (L - 1)) - 1;   // labels 0–15
            for (int r = 0; r < rows; r++)
            {
                uint first = _labels[0][r], second = _labels[1][r];
                var firstBytes = bytes[0].AsSpan(_starts[0][r], BitOperations.PopCount(first));
                var secondBytes = bytes[1].AsSpan(_starts[1][r], BitOperations.PopCount(second));
                references[r] = at << 8 | steps[1][r] << 5 | steps[0][r] << 2 | (int)(first >> (L - 1)) | (int)(second >> (L - 1)) << 1;
                BitConverter.TryWriteBytes(data.AsSpan(at), (first & Low) | (second & Low) << 16);
                at += HeaderBytes;
                int firstLow = BitOperations.PopCount(first & Low), secondLow = BitOperations.PopCount(second & Low);
                at += Copy(firstBytes[..firstLow], data, at);
                at += Copy(secondBytes[..secondLow], data, at);
                // Label 16 of each pass, when nonzero: the last of that pass's bytes.
                at += Copy(firstBytes[firstLow..], data, at);
                at += Copy(secondBytes[secondLow..], data, at);
            }
            return (data, references, units);
        }

        private static int Copy(ReadOnlySpan<sbyte> units, byte[] data, int at)
        {
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(units).CopyTo(data.AsSpan(at));
            return units.Length;
        }
    }
}
