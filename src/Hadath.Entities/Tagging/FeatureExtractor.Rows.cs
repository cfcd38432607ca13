using Hadath.Entities.Lexicon;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The tagging-time form of <see cref="Extract"/>: the weight rows (both passes) of each word's features instead of
/// their keys, in exactly the order <see cref="Extract"/> lists the keys, so the weights are summed in the same
/// order and the scores are bit for bit the same. Most features depend on one word alone (its forms, stem, affixes,
/// cluster, gazetteer class; or a neighbour's form as the previous/next word): those rows are looked up once per word
/// type and kept in a <see cref="WordTypeCache"/>; only the features that combine two or three words are hashed
/// and looked up per token.
/// </summary>
internal sealed partial class FeatureExtractor
{
    // Slots of a word type's rows, by the role the word plays for the word being tagged. Self: its own features.
    private const int SelfAlways = 0, SelfNorm = 1, SelfRaw = 2, SelfStem = 3, SelfClitic = 4, SelfShape = 5,
        SelfAffixes = 6 /* six slots: prefixes 1–3, suffixes 1–3 */, SelfFine = 12, SelfMid = 13, SelfCoarse = 14,
        SelfFrequency = 15 /* three slots */, SelfGazetteer = 18;
    // As the previous / next word.
    private const int PrevNorm = 19, PrevStem = 20, PrevSuffix = 21, PrevMid = 22, PrevCoarse = 23, PrevFine = 24, PrevGazetteer = 25;
    private const int NextNorm = 26, NextStem = 27, NextSuffix = 28, NextMid = 29, NextCoarse = 30, NextFine = 31, NextGazetteer = 32;
    // Two words before / after.
    private const int Prev2Norm = 33, Prev2Mid = 34, Next2Norm = 35, Next2Mid = 36;

    /// <summary>Fixed slots per word type; its letter trigrams (when on) follow them.</summary>
    internal const int FixedSlots = 37;

    /// <summary>Most rows one word can have: the fixed slots, its trigrams, and the per-token features.</summary>
    internal const int MaxRowsPerWord = FixedSlots + MaxWordChars + 16;

    /// <summary>
    /// Fills <paramref name="rows"/> with the rows of the features <paramref name="w"/> has on its own, in every
    /// role (<see cref="RowPair.None"/> where a feature is absent or off); returns how many slots it used.
    /// </summary>
    private int WordRows(in WordInfo w, ReadOnlySpan<char> stem, JointFeatureTable table, Span<RowPair> rows)
    {
        rows[..FixedSlots].Fill(RowPair.None);
        rows[SelfAlways] = table.Find(AlwaysOn);
        rows[SelfNorm] = table.Find(FeatureHash.Feature(2, w.Norm));
        if (w.Raw != w.Norm) rows[SelfRaw] = table.Find(FeatureHash.Feature(3, w.Raw));
        rows[SelfStem] = table.Find(FeatureHash.Feature(4, w.Stem));
        rows[SelfClitic] = table.Find(FeatureHash.Feature(5, w.Clitic));
        rows[SelfShape] = table.Find(FeatureHash.Feature(12, (ulong)w.Shape));
        rows[PrevNorm] = table.Find(FeatureHash.Feature(13, w.Norm));
        rows[NextNorm] = table.Find(FeatureHash.Feature(14, w.Norm));
        rows[PrevStem] = table.Find(FeatureHash.Feature(17, w.Stem));
        rows[NextStem] = table.Find(FeatureHash.Feature(18, w.Stem));
        if (_options.WideContext)
        {
            rows[Prev2Norm] = table.Find(FeatureHash.Feature(15, w.Norm));
            rows[Next2Norm] = table.Find(FeatureHash.Feature(16, w.Norm));
        }
        if (_options.Affixes)
        {
            rows[SelfAffixes] = table.Find(FeatureHash.Feature(6, w.Pre1));
            rows[SelfAffixes + 1] = table.Find(FeatureHash.Feature(7, w.Pre2));
            rows[SelfAffixes + 2] = table.Find(FeatureHash.Feature(8, w.Pre3));
            rows[SelfAffixes + 3] = table.Find(FeatureHash.Feature(9, w.Suf1));
            rows[SelfAffixes + 4] = table.Find(FeatureHash.Feature(10, w.Suf2));
            rows[SelfAffixes + 5] = table.Find(FeatureHash.Feature(11, w.Suf3));
        }
        int used = FixedSlots;
        if (_options.CharNgrams && w.StemLength > 3)
        {
            for (int c = 0; c + 3 <= stem.Length; c++) rows[used++] = table.Find(FeatureHash.Feature(50, FeatureHash.Of(stem.Slice(c, 3))));
        }
        if (_options.NeighbourShapes)
        {
            rows[PrevSuffix] = table.Find(FeatureHash.Feature(51, w.Suf2));
            rows[NextSuffix] = table.Find(FeatureHash.Feature(52, w.Suf2));
            rows[Prev2Mid] = table.Find(FeatureHash.Feature(54, (ulong)(long)w.Mid));
            rows[Next2Mid] = table.Find(FeatureHash.Feature(55, (ulong)(long)w.Mid));
        }
        if (_options.Clusters)
        {
            rows[SelfFine] = table.Find(FeatureHash.Feature(21, (ulong)(long)w.Fine));
            rows[SelfMid] = table.Find(FeatureHash.Feature(22, (ulong)(long)w.Mid));
            rows[SelfCoarse] = table.Find(FeatureHash.Feature(23, (ulong)(long)w.Coarse));
            rows[PrevMid] = table.Find(FeatureHash.Feature(24, (ulong)(long)w.Mid));
            rows[NextMid] = table.Find(FeatureHash.Feature(25, (ulong)(long)w.Mid));
            rows[PrevCoarse] = table.Find(FeatureHash.Feature(26, (ulong)(long)w.Coarse));
            rows[NextCoarse] = table.Find(FeatureHash.Feature(27, (ulong)(long)w.Coarse));
            rows[PrevFine] = table.Find(FeatureHash.Feature(36, (ulong)(long)w.Fine));
            rows[NextFine] = table.Find(FeatureHash.Feature(37, (ulong)(long)w.Fine));
        }
        if (_options.Frequency)
        {
            rows[SelfFrequency] = table.Find(FeatureHash.Feature(60, (ulong)w.FrequencyBand));
            rows[SelfFrequency + 1] = table.Find(FeatureHash.Feature(61, (ulong)w.ArticleBand));
            rows[SelfFrequency + 2] = table.Find(FeatureHash.Feature(62, FeatureHash.Combine((ulong)w.FrequencyBand, (ulong)w.ArticleBand, (ulong)w.Shape)));
        }
        if (_options.Gazetteer && w.Gazetteer != GazetteerClass.None)
        {
            rows[SelfGazetteer] = table.Find(FeatureHash.Feature(28, (ulong)w.Gazetteer));
            rows[PrevGazetteer] = table.Find(FeatureHash.Feature(29, (ulong)w.Gazetteer));
            rows[NextGazetteer] = table.Find(FeatureHash.Feature(30, (ulong)w.Gazetteer));
        }
        return used;
    }

    /// <summary>
    /// Appends the rows of word <paramref name="i"/>'s features to <paramref name="output"/> in <see cref="Extract"/>'s
    /// order, skipping features neither pass knows (they add nothing); returns how many it appended.
    /// <paramref name="at"/> holds where each word's type rows start in <paramref name="typeRows"/>.
    /// </summary>
    private int AppendTokenRows(Span<WordInfo> info, ReadOnlySpan<int> at, int i, RowPair[] typeRows,
        ReadOnlySpan<int> boundaryAt, JointFeatureTable table, Span<RowPair> output)
    {
        int n = info.Length, k = 0;
        ref readonly var w = ref info[i];
        ref readonly var prev = ref i > 0 ? ref info[i - 1] : ref Boundaries[1];
        ref readonly var next = ref i + 1 < n ? ref info[i + 1] : ref Boundaries[3];
        ref readonly var prev2 = ref i > 1 ? ref info[i - 2] : ref Boundaries[0];
        ref readonly var next2 = ref i + 2 < n ? ref info[i + 2] : ref Boundaries[4];
        var self = typeRows.AsSpan(at[i]);
        var p = typeRows.AsSpan(i > 0 ? at[i - 1] : boundaryAt[1], FixedSlots);
        var x = typeRows.AsSpan(i + 1 < n ? at[i + 1] : boundaryAt[3], FixedSlots);
        var p2 = typeRows.AsSpan(i > 1 ? at[i - 2] : boundaryAt[0], FixedSlots);
        var x2 = typeRows.AsSpan(i + 2 < n ? at[i + 2] : boundaryAt[4], FixedSlots);

        Add(output, ref k, self[SelfAlways]);
        Add(output, ref k, self[SelfNorm]);
        Add(output, ref k, self[SelfRaw]);
        Add(output, ref k, self[SelfStem]);
        Add(output, ref k, table.Find(FeatureHash.Feature(19, FeatureHash.Combine(prev.Norm, w.Norm))));
        Add(output, ref k, table.Find(FeatureHash.Feature(20, FeatureHash.Combine(w.Norm, next.Norm))));
        Add(output, ref k, self[SelfClitic]);
        Add(output, ref k, self[SelfShape]);
        Add(output, ref k, p[PrevNorm]);
        Add(output, ref k, x[NextNorm]);
        Add(output, ref k, p[PrevStem]);
        Add(output, ref k, x[NextStem]);
        Add(output, ref k, table.Find(FeatureHash.Feature(33, FeatureHash.Combine((ulong)prev.Shape, (ulong)w.Shape, (ulong)next.Shape))));
        if (i == 0) Add(output, ref k, table.Find(FeatureHash.Feature(34, 0)));
        if (_options.WideContext)
        {
            Add(output, ref k, p2[Prev2Norm]);
            Add(output, ref k, x2[Next2Norm]);
            Add(output, ref k, table.Find(FeatureHash.Feature(35, FeatureHash.Combine(prev2.Stem, prev.Stem))));
        }
        if (_options.Affixes)
        {
            for (int a = 0; a < 6; a++) Add(output, ref k, self[SelfAffixes + a]);
        }
        if (_options.CharNgrams && w.StemLength > 3)
        {
            for (int c = 0; c + 3 <= w.StemLength; c++) Add(output, ref k, self[FixedSlots + c]);
        }
        if (_options.NeighbourShapes)
        {
            Add(output, ref k, p[PrevSuffix]);
            Add(output, ref k, x[NextSuffix]);
            Add(output, ref k, table.Find(FeatureHash.Feature(53, FeatureHash.Combine(prev.Norm, next.Norm))));
            Add(output, ref k, p2[Prev2Mid]);
            Add(output, ref k, x2[Next2Mid]);
        }
        if (_options.Clusters)
        {
            Add(output, ref k, self[SelfFine]);
            Add(output, ref k, self[SelfMid]);
            Add(output, ref k, self[SelfCoarse]);
            Add(output, ref k, p[PrevMid]);
            Add(output, ref k, x[NextMid]);
            Add(output, ref k, p[PrevCoarse]);
            Add(output, ref k, x[NextCoarse]);
            Add(output, ref k, p[PrevFine]);
            Add(output, ref k, x[NextFine]);
            Add(output, ref k, table.Find(FeatureHash.Feature(38, FeatureHash.Combine(prev.Norm, (ulong)(long)w.Mid))));
        }
        if (_options.Frequency)
        {
            for (int f = 0; f < 3; f++) Add(output, ref k, self[SelfFrequency + f]);
        }
        if (_options.Gazetteer)
        {
            Add(output, ref k, self[SelfGazetteer]);
            Add(output, ref k, p[PrevGazetteer]);
            Add(output, ref k, x[NextGazetteer]);
            if (w.Phrase != 0) Add(output, ref k, table.Find(FeatureHash.Feature(31, (ulong)w.Phrase)));
        }
        return k;
    }

    private static void Add(Span<RowPair> output, ref int k, RowPair rows)
    {
        if (!rows.IsNone) output[k++] = rows;
    }

    /// <summary>
    /// The rows of every word's features of one sentence (word i owns <c>rows[starts[i]..starts[i+1]]</c>) and each
    /// word's stem key, as <see cref="Extract"/> with no document features would give them after a table lookup.
    /// </summary>
    public void ExtractRows(IReadOnlyList<string> words, WordTypeCache cache, ref RowPair[] rows, int[] starts, ulong[] stems)
    {
        int n = words.Count;
        var info = t_info is { } kept && kept.Length >= n ? kept : t_info = new WordInfo[Math.Max(n, 64)];
        var at = t_at is { } keptAt && keptAt.Length >= n ? keptAt : t_at = new int[Math.Max(n, 64)];
        bool anyPhraseHead = false;
        for (int i = 0; i < n; i++)
        {
            int entry = cache.Lookup(words[i]);
            info[i] = cache.Infos[entry];
            at[i] = cache.RowStarts[entry];
            anyPhraseHead |= cache.PhraseHeads[entry];
            stems[i] = info[i].Stem;
        }
        // Phrases span words, so they are marked per sentence; the cached forms and stems sit in the cache's buffer.
        if (anyPhraseHead) MarkPhrases(info.AsSpan(0, n), cache.Chars);
        if (rows.Length < n * MaxRowsPerWord) rows = new RowPair[Math.Max(rows.Length * 2, n * MaxRowsPerWord)];
        int used = 0;
        for (int i = 0; i < n; i++)
        {
            starts[i] = used;
            used += AppendTokenRows(info.AsSpan(0, n), at.AsSpan(0, n), i, cache.Rows, cache.BoundaryStarts, cache.Table, rows.AsSpan(used));
        }
        starts[n] = used;
    }

    [ThreadStatic] private static int[]? t_at;

    /// <summary>Describes a word type seen for the first time and adds it, with its rows, to <paramref name="cache"/>.</summary>
    internal int AddWordType(string word, WordTypeCache cache)
    {
        Span<char> buffer = stackalloc char[MaxWordChars * 2];
        var info = default(WordInfo);
        Describe(word, buffer, 0, ref info);
        var stem = buffer.Slice(MaxWordChars, info.StemLength);
        bool phraseHead = _options.Gazetteer && _lexicon.MaxPhraseTokens > 1 && _lexicon.IsPhraseHead(stem);
        Span<RowPair> rows = stackalloc RowPair[FixedSlots + MaxWordChars];
        int used = WordRows(info, stem, cache.Table, rows);
        info.NormStart = cache.AddChars(buffer[..info.NormLength]);
        info.StemStart = cache.AddChars(stem);
        return cache.AddType(info, cache.AddRows(rows[..used]), phraseHead);
    }

    /// <summary>Adds the rows of the pseudo-words before and after a sentence (they play neighbours only).</summary>
    internal void AddBoundaryRows(WordTypeCache cache)
    {
        Span<RowPair> rows = stackalloc RowPair[FixedSlots + MaxWordChars];
        foreach (int b in (ReadOnlySpan<int>)[0, 1, 3, 4])
        {
            int used = WordRows(Boundaries[b], [], cache.Table, rows);
            cache.BoundaryStarts[b] = cache.AddRows(rows[..used]);
        }
    }
}
