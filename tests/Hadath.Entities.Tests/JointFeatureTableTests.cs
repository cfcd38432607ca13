using Hadath.Entities.Tagging;

namespace Hadath.Entities.Tests;

/// <summary>
/// The joint table keeps only nonzero weights, each a byte of its row's step; its rows must still give back every weight
/// of both passes to within half a step, and its sums must be bit for bit the float sums of the rows it gives back
/// (every label, zeros and −0 included), on the AVX-512 path and on the label-by-label one.
/// </summary>
public sealed class JointFeatureTableTests
{
    private const int L = EntityLabels.Count;

    /// <summary>A pass over <paramref name="keys"/> whose weights are mostly zero (some −0), a few rows all zero or all nonzero.</summary>
    private static (LinearChain Pass, float[] Weights) RandomPass(Random random, ulong[] keys)
    {
        var weights = new float[keys.Length * L];
        for (int row = 0; row < keys.Length; row++)
        {
            int kind = random.Next(10);
            for (int l = 0; l < L; l++)
            {
                bool nonzero = kind switch { 0 => false, 1 => true, _ => random.Next(6) == 0 };
                weights[row * L + l] = nonzero ? (float)(random.NextDouble() * 4 - 2) : random.Next(3) == 0 ? -0f : 0f;
            }
        }
        return (new LinearChain(new FeatureTable(keys), weights, new float[Viterbi.TransitionSize]), weights);
    }

    private static ulong[] DistinctKeys(Random random, int count) =>
        Enumerable.Range(0, count * 2).Select(_ => (ulong)random.NextInt64()).Distinct().Take(count).ToArray();

    /// <summary>Keys of both passes (most shared, some of one pass only) and the dense rows of each pass by key.</summary>
    private static (JointFeatureTable Table, ulong[] Keys, Dictionary<ulong, float[]>[] Dense) RandomTable(int seed)
    {
        var random = new Random(seed);
        var keys = DistinctKeys(random, 3000);
        var firstKeys = keys[..2500];
        var secondKeys = keys[500..].OrderBy(_ => random.Next()).ToArray();
        var (first, firstWeights) = RandomPass(random, firstKeys);
        var (second, secondWeights) = RandomPass(random, secondKeys);
        var dense = new[] { new Dictionary<ulong, float[]>(), new Dictionary<ulong, float[]>() };
        foreach (ulong key in keys)
        {
            dense[0][key] = new float[L];
            dense[1][key] = new float[L];
        }
        for (int r = 0; r < firstKeys.Length; r++) dense[0][firstKeys[r]] = firstWeights.AsSpan(r * L, L).ToArray();
        for (int r = 0; r < secondKeys.Length; r++) dense[1][secondKeys[r]] = secondWeights.AsSpan(r * L, L).ToArray();
        return (new JointFeatureTable(first, second), keys, dense);
    }

    /// <summary>
    /// How far a weight may come back from the one trained: half a step of its row, which is at most its row's largest
    /// weight over 127 (a row's step is the finest that keeps that weight within a byte), or half its pass's unit (the
    /// pass's largest weight over 127 × 128) where the row's largest is smaller still.
    /// </summary>
    private static float Tolerance(float rowLargest, float passLargest) => Math.Max(rowLargest / 127, passLargest / (127 * 128)) * 1.0001f;

    private static float Largest(IEnumerable<float> weights) => weights.Max(Math.Abs);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_weight_of_both_passes_comes_back_to_within_half_its_row_s_step_and_unknown_keys_have_no_row(int seed)
    {
        var (table, keys, dense) = RandomTable(seed);
        var row = new float[L];
        var passLargest = dense.Select(pass => Largest(pass.Values.SelectMany(w => w))).ToArray();
        foreach (ulong key in keys)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                table.CopyRow(table.Find(key), pass, row);
                float tolerance = Tolerance(Largest(dense[pass][key]), passLargest[pass]);
                for (int l = 0; l < L; l++) Assert.InRange(row[l] - dense[pass][key][l], -tolerance, tolerance);
            }
        }
        var random = new Random(seed + 100);
        for (int i = 0; i < 1000; i++)
        {
            ulong unknown = (ulong)random.NextInt64();
            if (!dense[0].ContainsKey(unknown)) Assert.Equal(-1, table.Find(unknown));
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void FindAll_and_Find_give_known_keys_their_rows_and_others_none_even_with_a_known_key_s_slot_and_tag(int seed)
    {
        var (table, keys, _) = RandomTable(seed);
        var random = new Random(seed);
        var known = keys.ToDictionary(k => k, k => table.Find(k));
        Assert.All(known.Values, row => Assert.True(row >= 0));
        // Unknown keys equal to a known one but in one middle bit: the same slot (low bits) and tag (high bits), another key.
        var lookalikes = keys.Take(500).Select(k => k ^ (1UL << (20 + random.Next(30)))).Where(k => !known.ContainsKey(k));
        var asked = keys.Concat(lookalikes).Concat(Enumerable.Range(0, 500).Select(_ => (ulong)random.NextInt64()))
            .OrderBy(_ => random.Next()).ToArray();
        AssertRows(table, known, asked);
    }

    [Theory]
    [InlineData(7, 8190)]
    [InlineData(8, 3)]
    public void Keys_of_one_crowded_slot_are_found_past_16_slots_and_around_the_table_s_end(int seed, int home)
    {
        // 2,500 random keys and 40 that all start at one slot (the table has 8,192): runs longer than 16 slots, wrapping
        // around the end when the slot is near it; half the crowded keys share one tag.
        var random = new Random(seed);
        var crowded = Enumerable.Range(0, 40)
            .Select(i => (i % 2 == 0 ? 0x7FUL << 57 : (ulong)random.Next(128) << 57) | ((ulong)random.NextInt64(1L << 44) << 13) | (uint)home);
        var keys = DistinctKeys(random, 2500).Concat(crowded).Distinct().ToArray();
        var (first, _) = RandomPass(random, keys);
        var table = new JointFeatureTable(first, null);
        var known = keys.ToDictionary(k => k, k => table.Find(k));
        Assert.Equal(keys.Length, known.Values.Distinct().Count());
        Assert.All(known.Values, row => Assert.True(row >= 0));
        var strangers = Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? 0x7FUL << 57 : (ulong)random.Next(128) << 57)
            | ((ulong)random.NextInt64(1L << 44) << 13) | (uint)home).Where(k => !known.ContainsKey(k));
        var asked = keys.Concat(strangers).OrderBy(_ => random.Next()).ToArray();
        AssertRows(table, known, asked);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(4, false)]
    public void Sums_are_bit_for_bit_the_float_sums_of_the_rows_given_back(int seed, bool wide)
    {
        var (table, keys, trained) = RandomTable(seed);
        // The rows as the table gives them back (CopyRow is checked against the trained weights above).
        var dense = new[] { new Dictionary<ulong, float[]>(), new Dictionary<ulong, float[]>() };
        foreach (ulong key in keys)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                dense[pass][key] = new float[L];
                table.CopyRow(table.Find(key), pass, dense[pass][key]);
            }
        }
        Assert.NotEqual(trained[0].Values.SelectMany(w => w), dense[0].Values.SelectMany(w => w));   // not a trivial comparison
        var random = new Random(seed);
        for (int round = 0; round < 50; round++)
        {
            int n = random.Next(1, 40);
            var starts = new int[n + 1];
            var rows = new List<int>();
            var expected = new[] { new float[n * L], new float[n * L] };
            for (int i = 0; i < n; i++)
            {
                starts[i] = rows.Count;
                int count = random.Next(0, 60);
                for (int f = 0; f < count; f++)
                {
                    ulong key = keys[random.Next(keys.Length)];
                    rows.Add(table.Find(key));
                    for (int pass = 0; pass < 2; pass++)
                    {
                        for (int l = 0; l < L; l++) expected[pass][i * L + l] += dense[pass][key][l];
                    }
                }
            }
            starts[n] = rows.Count;
            var first = new float[n * L];
            var second = new float[n * L];
            JointRowSums.SumRows(table, rows.ToArray(), starts, first, second, wide);
            Assert.Equal(Bits(expected[0]), Bits(first));
            Assert.Equal(Bits(expected[1]), Bits(second));

            var added = new float[L];
            foreach (int reference in rows[starts[0]..starts[1]]) JointRowSums.AddSecond(added, table, reference);
            Assert.Equal(Bits(expected[1][..L]), Bits(added));

            // All words at once, with unknown keys (-1) among the rows: the second pass's sums again, from zero.
            var withUnknown = rows.ToArray();
            for (int f = 0; f < withUnknown.Length; f += 7) withUnknown[f] = -1;
            var expectedAll = new float[n * L];
            var addedAll = new float[n * L];
            for (int i = 0; i < n; i++)
            {
                foreach (int reference in withUnknown[starts[i]..starts[i + 1]])
                {
                    if (reference >= 0) JointRowSums.AddSecond(expectedAll.AsSpan(i * L, L), table, reference);
                }
            }
            JointRowSums.AddSecond(addedAll, table, withUnknown, starts, wide);
            Assert.Equal(Bits(expectedAll), Bits(addedAll));
        }
    }

    [Fact]
    public void Hand_made_rows_sum_to_within_half_a_step_of_their_float_sums_alike_on_both_paths()
    {
        // Weights as the shipped model has them: most near ±1, a few large, some tiny. Its largest (48.125) makes the
        // pass's unit 2^-8 (48.125 is 96.25 steps of 0.5, the coarsest step, 2^7 units).
        ulong[] keys = [11, 22, 33, 44];
        var weights = new float[keys.Length * L];
        void Set(int row, int label, float weight) => weights[row * L + label] = weight;
        Set(0, 0, 0.953125f);     // 122 steps of 2^-7: exact
        Set(0, 3, -0.60546875f);  // -77.5 steps: rounds to the even -78, -0.609375
        Set(1, 0, 48.125f);       // 96.25 steps of 0.5: 48
        Set(1, 5, 0.125f);        // a quarter step beside the large one: rounds to zero and leaves the row
        Set(1, 16, -2.5f);        // label 16 is kept after the others: exact
        Set(2, 7, -0.05923462f);
        Set(2, 16, 1.4619141f);
        Set(3, 0, -5.0507812f);
        Set(3, 2, 9.3359375f);
        var pass = new LinearChain(new FeatureTable(keys), weights, new float[Viterbi.TransitionSize]);
        var table = new JointFeatureTable(pass, pass);
        int[] used = [0, 1, 2, 3, 1];
        int[] starts = [0, 2, 4, 5];   // words: keys 11 and 22, keys 33 and 44, key 22 alone
        int[] rows = [.. used.Select(r => table.Find(keys[r]))];
        float[] Sums(bool wide)
        {
            var first = new float[3 * L];
            var second = new float[3 * L];
            JointRowSums.SumRows(table, rows, starts, first, second, wide);
            Assert.Equal(Bits(first), Bits(second));   // the same weights in both passes
            return first;
        }
        var sums = Sums(wide: true);
        Assert.Equal(Bits(sums), Bits(Sums(wide: false)));
        Assert.Equal(0.953125f + 48f, sums[0]);
        Assert.Equal(-0.609375f, sums[3]);
        Assert.Equal(0f, sums[5]);
        Assert.Equal(-2.5f, sums[16]);
        Assert.Equal(48f, sums[2 * L]);
        for (int word = 0; word < 3; word++)
        {
            for (int l = 0; l < L; l++)
            {
                float trained = 0, tolerance = 0;
                foreach (int r in used[starts[word]..starts[word + 1]])
                {
                    trained += weights[r * L + l];
                    tolerance += Tolerance(Largest(weights.AsSpan(r * L, L).ToArray()), 48.125f);
                }
                Assert.InRange(sums[word * L + l] - trained, -tolerance, tolerance);
            }
        }
    }

    private static uint[] Bits(float[] values) => values.Select(BitConverter.SingleToUInt32Bits).ToArray();

    /// <summary>Both lookups give each asked key its known row, and -1 for a key the table does not hold.</summary>
    private static void AssertRows(JointFeatureTable table, Dictionary<ulong, int> known, ulong[] asked)
    {
        var rows = new int[asked.Length];
        table.FindAll(asked, rows);
        for (int i = 0; i < asked.Length; i++)
        {
            int expected = known.TryGetValue(asked[i], out int row) ? row : -1;
            Assert.Equal(expected, rows[i]);
            Assert.Equal(expected, table.Find(asked[i]));
        }
    }
}
