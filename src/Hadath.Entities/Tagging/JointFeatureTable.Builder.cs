using System.Numerics;

namespace Hadath.Entities.Tagging;

internal sealed partial class JointFeatureTable
{
    /// <summary>Most floats <see cref="Data"/> may hold: a reference keeps a row's index in 29 bits (times 4, plus two bits).</summary>
    private const int MaxDataLength = 1 << 29;

    /// <summary>
    /// Collects each pass's rows as they are read (only their nonzero weights), then lays the joint rows out in
    /// <see cref="Data"/>'s form. The passes' rows come in different orders (the second pass's by its own keys), so
    /// each pass's are kept apart until every row is in.
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

        /// <summary>The rows in <see cref="Data"/>'s form, in joint-row order, and each joint row's reference.</summary>
        public (float[] Data, int[] References) Lay()
        {
            long length = 0;
            for (int r = 0; r < rows; r++) length += 1 + BitOperations.PopCount(_labels[0][r]) + BitOperations.PopCount(_labels[1][r]);
            if (length > MaxDataLength) throw new InvalidDataException("NER model too large: its nonzero weights do not fit the joint table");
            // Slack after the last row: a whole vector may be read from any weight of a row (the lanes past it unused).
            var data = new float[length + 16];
            var headers = System.Runtime.InteropServices.MemoryMarshal.Cast<float, uint>(data.AsSpan());
            var references = new int[rows];
            int at = 0;
            const uint Low = (1u << (L - 1)) - 1;   // labels 0–15
            for (int r = 0; r < rows; r++)
            {
                uint first = _labels[0][r], second = _labels[1][r];
                var firstValues = _values[0].AsSpan(_starts[0][r], BitOperations.PopCount(first));
                var secondValues = _values[1].AsSpan(_starts[1][r], BitOperations.PopCount(second));
                references[r] = at << 2 | (int)(first >> (L - 1)) | (int)(second >> (L - 1)) << 1;
                // Written as bits, never through a float register (some of these bits are NaNs).
                headers[at++] = (first & Low) | (second & Low) << 16;
                int firstLow = BitOperations.PopCount(first & Low), secondLow = BitOperations.PopCount(second & Low);
                firstValues[..firstLow].CopyTo(data.AsSpan(at));
                at += firstLow;
                secondValues[..secondLow].CopyTo(data.AsSpan(at));
                at += secondLow;
                // Label 16 of each pass, when nonzero: the last of that pass's values.
                if (firstValues.Length > firstLow) data[at++] = firstValues[firstLow];
                if (secondValues.Length > secondLow) data[at++] = secondValues[secondLow];
            }
            return (data, references);
        }
    }
}
