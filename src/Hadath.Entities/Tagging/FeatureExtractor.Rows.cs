using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Hadath.Core;
using Hadath.Entities.Lexicon;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The tagging-time form of <see cref="Extract"/>: the joint weight rows (<see cref="JointFeatureTable"/>, both passes) of
/// each word's features instead of their keys, in exactly the order <see cref="Extract"/> lists the keys, so the weights are summed in the same
/// order and the scores are bit for bit the same. Most features depend on one word alone (its forms, stem, affixes,
/// cluster, gazetteer class; or a neighbour's form as the previous/next word): those rows are looked up once per word
/// type and kept in a <see cref="WordTypeCache"/>; only the features that combine two or three words are hashed
/// and looked up per token. Tagging adds each type's rows summed once by role (<see cref="SumRoles"/>) and the combining
/// rows (<see cref="PairRows"/>); <see cref="ExtractRows"/>, which lists every row one by one, is the reference the tests
/// compare those sums with.
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

    /// <summary>
    /// Sums a word type's rows (<paramref name="typeRows"/>, its slots; -1 where none) by role into
    /// <paramref name="sums"/> (<see cref="WordTypeCache.TypeSumInts"/>): its own features with its letter trigrams,
    /// then its features as the previous word, the next, two before and two after. The slots of each role are the
    /// ones <see cref="AppendTokenRows"/> lists for it, so a token's rows summed one by one and the sums of the words
    /// around it added to its combining features' rows give the same integers.
    /// </summary>
    internal static void SumRoles(JointFeatureTable table, ReadOnlySpan<int> typeRows, Span<int> sums)
    {
        const int R = WordTypeCache.RoleInts;
        sums.Clear();
        var self = sums[..R];
        JointRowSums.AddUnits(table, typeRows[..PrevNorm], self);
        JointRowSums.AddUnits(table, typeRows[FixedSlots..], self);
        JointRowSums.AddUnits(table, typeRows[PrevNorm..NextNorm], sums.Slice(R, R));
        JointRowSums.AddUnits(table, typeRows[NextNorm..Prev2Norm], sums.Slice(2 * R, R));
        JointRowSums.AddUnits(table, typeRows[Prev2Norm..Next2Norm], sums.Slice(3 * R, R));
        JointRowSums.AddUnits(table, typeRows[Next2Norm..FixedSlots], sums.Slice(4 * R, R));
    }

    /// <summary>Most rows one word can have: the fixed slots, its trigrams, and the per-token features.</summary>
    internal const int MaxRowsPerWord = FixedSlots + MaxWordChars + 16;

    /// <summary>
    /// Fills <paramref name="rows"/> with the rows of the features <paramref name="w"/> has on its own, in every
    /// role (-1 where a feature is absent or off); returns how many slots it used.
    /// </summary>
    [SkipLocalsInit]   // the wanted keys are read only where added
    private int WordRows(in WordInfo w, ReadOnlySpan<char> stem, JointFeatureTable table, Span<int> rows)
    {
        var wanted = new SlotKeys(stackalloc int[FixedSlots + MaxWordChars], stackalloc ulong[FixedSlots + MaxWordChars], stackalloc int[FixedSlots + MaxWordChars]);
        int used = WordKeys(w, stem, ref wanted);
        wanted.Resolve(table, rows[..used]);
        return used;
    }

    /// <summary>The keys of the features <paramref name="w"/> has on its own, by slot (see <see cref="WordRows"/>); returns how many slots it uses.</summary>
    private int WordKeys(in WordInfo w, ReadOnlySpan<char> stem, ref SlotKeys wanted)
    {
        wanted.Add(SelfAlways, AlwaysOn);
        wanted.Add(SelfNorm, FeatureHash.Feature(2, w.Norm));
        if (w.Raw != w.Norm) wanted.Add(SelfRaw, FeatureHash.Feature(3, w.Raw));
        wanted.Add(SelfStem, FeatureHash.Feature(4, w.Stem));
        wanted.Add(SelfClitic, FeatureHash.Feature(5, w.Clitic));
        wanted.Add(SelfShape, FeatureHash.Feature(12, (ulong)w.Shape));
        wanted.Add(PrevNorm, FeatureHash.Feature(13, w.Norm));
        wanted.Add(NextNorm, FeatureHash.Feature(14, w.Norm));
        wanted.Add(PrevStem, FeatureHash.Feature(17, w.Stem));
        wanted.Add(NextStem, FeatureHash.Feature(18, w.Stem));
        if (_options.WideContext)
        {
            wanted.Add(Prev2Norm, FeatureHash.Feature(15, w.Norm));
            wanted.Add(Next2Norm, FeatureHash.Feature(16, w.Norm));
        }
        if (_options.Affixes)
        {
            wanted.Add(SelfAffixes, FeatureHash.Feature(6, w.Pre1));
            wanted.Add(SelfAffixes + 1, FeatureHash.Feature(7, w.Pre2));
            wanted.Add(SelfAffixes + 2, FeatureHash.Feature(8, w.Pre3));
            wanted.Add(SelfAffixes + 3, FeatureHash.Feature(9, w.Suf1));
            wanted.Add(SelfAffixes + 4, FeatureHash.Feature(10, w.Suf2));
            wanted.Add(SelfAffixes + 5, FeatureHash.Feature(11, w.Suf3));
        }
        int used = FixedSlots;
        if (_options.CharNgrams && w.StemLength > 3)
        {
            for (int c = 0; c + 3 <= stem.Length; c++) wanted.Add(used++, FeatureHash.Feature(50, FeatureHash.Of(stem.Slice(c, 3))));
        }
        if (_options.NeighbourShapes)
        {
            wanted.Add(PrevSuffix, FeatureHash.Feature(51, w.Suf2));
            wanted.Add(NextSuffix, FeatureHash.Feature(52, w.Suf2));
            wanted.Add(Prev2Mid, FeatureHash.Feature(54, (ulong)(long)w.Mid));
            wanted.Add(Next2Mid, FeatureHash.Feature(55, (ulong)(long)w.Mid));
        }
        if (_options.Clusters)
        {
            wanted.Add(SelfFine, FeatureHash.Feature(21, (ulong)(long)w.Fine));
            wanted.Add(SelfMid, FeatureHash.Feature(22, (ulong)(long)w.Mid));
            wanted.Add(SelfCoarse, FeatureHash.Feature(23, (ulong)(long)w.Coarse));
            wanted.Add(PrevMid, FeatureHash.Feature(24, (ulong)(long)w.Mid));
            wanted.Add(NextMid, FeatureHash.Feature(25, (ulong)(long)w.Mid));
            wanted.Add(PrevCoarse, FeatureHash.Feature(26, (ulong)(long)w.Coarse));
            wanted.Add(NextCoarse, FeatureHash.Feature(27, (ulong)(long)w.Coarse));
            wanted.Add(PrevFine, FeatureHash.Feature(36, (ulong)(long)w.Fine));
            wanted.Add(NextFine, FeatureHash.Feature(37, (ulong)(long)w.Fine));
        }
        if (_options.Frequency)
        {
            wanted.Add(SelfFrequency, FeatureHash.Feature(60, (ulong)w.FrequencyBand));
            wanted.Add(SelfFrequency + 1, FeatureHash.Feature(61, (ulong)w.ArticleBand));
            wanted.Add(SelfFrequency + 2, FeatureHash.Feature(62, FeatureHash.Combine((ulong)w.FrequencyBand, (ulong)w.ArticleBand, (ulong)w.Shape)));
        }
        if (_options.Gazetteer && w.Gazetteer != GazetteerClass.None)
        {
            wanted.Add(SelfGazetteer, FeatureHash.Feature(28, (ulong)w.Gazetteer));
            wanted.Add(PrevGazetteer, FeatureHash.Feature(29, (ulong)w.Gazetteer));
            wanted.Add(NextGazetteer, FeatureHash.Feature(30, (ulong)w.Gazetteer));
        }
        return used;
    }

    // Slots of the features that combine words (looked up per token): word pairs, shape trigram, sentence start, phrase.
    private const int PairPrevWord = 0, PairNextWord = 1, PairShapes = 2, PairStart = 3, PairPrevStems = 4, PairAround = 5,
        PairPrevCluster = 6, PairPhrase = 7;

    /// <summary>Slots of a word's combining features (<see cref="PairRows"/>).</summary>
    internal const int PairSlots = 8;

    /// <summary>
    /// The keys of every word's combining features, under the same conditions as in <see cref="Extract"/>, except the
    /// shape trigram and the sentence start: their few distinct keys' rows come from the cache (<see cref="ShapeAndStartRows"/>).
    /// One walk along the sentence with the neighbours' forms and stems in locals; each adjacent pair of forms is
    /// combined once, since word i's pair with the word before is word i−1's pair with the word after.
    /// </summary>
    private void PairKeys(ReadOnlySpan<WordInfo> info, ref SlotKeys wanted)
    {
        int n = info.Length;
        if (n == 0) return;
        bool wordPairs = _options.WordPairs, stemPair = _options.WideContext && _options.StemPair;
        bool around = _options.NeighbourShapes, clusterPair = _options.Clusters && _options.WordClusterPair;
        bool phrases = _options.Gazetteer;
        ulong prevNorm = Boundaries[1].Norm, prevStem = Boundaries[1].Stem, prev2Stem = Boundaries[0].Stem;
        ulong before = FeatureHash.Combine(prevNorm, info[0].Norm);
        for (int i = 0; i < n; i++)
        {
            ref readonly var w = ref info[i];
            ulong nextNorm = i + 1 < n ? info[i + 1].Norm : Boundaries[3].Norm;
            int slot = i * PairSlots;
            if (wordPairs)
            {
                ulong after = FeatureHash.Combine(w.Norm, nextNorm);
                wanted.Add(slot + PairPrevWord, FeatureHash.Feature(19, before));
                wanted.Add(slot + PairNextWord, FeatureHash.Feature(20, after));
                before = after;
            }
            if (stemPair) wanted.Add(slot + PairPrevStems, FeatureHash.Feature(35, FeatureHash.Combine(prev2Stem, prevStem)));
            if (around) wanted.Add(slot + PairAround, FeatureHash.Feature(53, FeatureHash.Combine(prevNorm, nextNorm)));
            if (clusterPair) wanted.Add(slot + PairPrevCluster, FeatureHash.Feature(38, FeatureHash.Combine(prevNorm, (ulong)(long)w.Mid)));
            if (phrases && w.Phrase != 0) wanted.Add(slot + PairPhrase, FeatureHash.Feature(31, (ulong)w.Phrase));
            prevNorm = w.Norm;
            // As in Extract, the second word's word two before is the far boundary, not the near one.
            prev2Stem = i == 0 ? Boundaries[0].Stem : prevStem;
            prevStem = w.Stem;
        }
    }

    /// <summary>
    /// Appends the rows of word <paramref name="i"/>'s features to <paramref name="output"/> in <see cref="Extract"/>'s
    /// order, skipping features neither pass knows (they add nothing); returns how many it appended.
    /// <paramref name="at"/> holds where each word's type rows start in <paramref name="typeRows"/>; <paramref name="pairs"/>
    /// holds the word's combining features (<see cref="PairKeys"/>), <paramref name="trigrams"/> how many letter
    /// trigram slots its type has.
    /// </summary>
    private int AppendTokenRows(int n, ReadOnlySpan<int> at, int i, int[] typeRows, ReadOnlySpan<int> boundaryAt,
        ReadOnlySpan<int> pairs, int trigrams, Span<int> output)
    {
        int k = 0;
        var self = typeRows.AsSpan(at[i]);
        var p = typeRows.AsSpan(i > 0 ? at[i - 1] : boundaryAt[1], FixedSlots);
        var x = typeRows.AsSpan(i + 1 < n ? at[i + 1] : boundaryAt[3], FixedSlots);
        var p2 = typeRows.AsSpan(i > 1 ? at[i - 2] : boundaryAt[0], FixedSlots);
        var x2 = typeRows.AsSpan(i + 2 < n ? at[i + 2] : boundaryAt[4], FixedSlots);

        Add(output, ref k, self[SelfAlways]);
        Add(output, ref k, self[SelfNorm]);
        Add(output, ref k, self[SelfRaw]);
        Add(output, ref k, self[SelfStem]);
        Add(output, ref k, pairs[PairPrevWord]);
        Add(output, ref k, pairs[PairNextWord]);
        Add(output, ref k, self[SelfClitic]);
        Add(output, ref k, self[SelfShape]);
        Add(output, ref k, p[PrevNorm]);
        Add(output, ref k, x[NextNorm]);
        Add(output, ref k, p[PrevStem]);
        Add(output, ref k, x[NextStem]);
        Add(output, ref k, pairs[PairShapes]);
        Add(output, ref k, pairs[PairStart]);
        if (_options.WideContext)
        {
            Add(output, ref k, p2[Prev2Norm]);
            Add(output, ref k, x2[Next2Norm]);
            Add(output, ref k, pairs[PairPrevStems]);
        }
        if (_options.Affixes)
        {
            for (int a = 0; a < 6; a++) Add(output, ref k, self[SelfAffixes + a]);
        }
        if (_options.CharNgrams)
        {
            for (int c = FixedSlots; c < FixedSlots + trigrams; c++) Add(output, ref k, self[c]);
        }
        if (_options.NeighbourShapes)
        {
            Add(output, ref k, p[PrevSuffix]);
            Add(output, ref k, x[NextSuffix]);
            Add(output, ref k, pairs[PairAround]);
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
            Add(output, ref k, pairs[PairPrevCluster]);
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
            Add(output, ref k, pairs[PairPhrase]);
        }
        return k;
    }

    /// <summary>Appends a known row; an unknown one (-1) is written but not counted, so the next overwrites it (no branch to mispredict).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> output, ref int k, int row)
    {
        output[k] = row;
        k += 1 - (int)((uint)row >> 31);
    }

    /// <summary>
    /// The rows of every word's features of one sentence (word i owns <c>rows[starts[i]..starts[i+1]]</c>) and each
    /// word's stem key, as <see cref="Extract"/> with no document features would give them after a table lookup.
    /// </summary>
    public void ExtractRows(IReadOnlyList<string> words, WordTypeCache cache, ref int[] rows, int[] starts, ulong[] stems)
    {
        char[] text = [];
        TextSpan[] spans = [];
        int[] sentenceStarts = [];
        SentenceWords.Concatenate([words], ref text, ref spans, ref sentenceStarts);
        var sentence = new SentenceWords(text, spans.AsSpan(0, words.Count));
        var entries = new int[words.Count];
        cache.LookupAll(sentence, entries, new ulong[words.Count]);
        ExtractRows(sentence, cache, entries, ref rows, starts, stems);
    }

    /// <summary>
    /// <see cref="ExtractRows(IReadOnlyList{string}, WordTypeCache, ref int[], int[], ulong[])"/> of words whose type
    /// entries in <paramref name="cache"/> the caller looked up (<see cref="WordTypeCache.LookupAll"/>: a story's at once).
    /// </summary>
    public void ExtractRows(in SentenceWords words, WordTypeCache cache, ReadOnlySpan<int> entries, ref int[] rows, int[] starts, Span<ulong> stems)
    {
        int n = words.Count;
        var pairRows = PairRows(words, cache, entries, stems);
        var at = t_at is { } keptAt && keptAt.Length >= n ? keptAt : t_at = new int[Math.Max(n, 64)];
        for (int i = 0; i < n; i++) at[i] = cache.Types[entries[i]].RowStart;
        if (rows.Length < n * MaxRowsPerWord) rows = new int[Math.Max(rows.Length * 2, n * MaxRowsPerWord)];
        int used = 0;
        for (int i = 0; i < n; i++)
        {
            starts[i] = used;
            int stemLength = cache.Types[entries[i]].StemLength;
            int trigrams = _options.CharNgrams && stemLength > 3 ? stemLength - 2 : 0;
            used += AppendTokenRows(n, at, i, cache.Rows, cache.BoundaryStarts, pairRows.Slice(i * PairSlots, PairSlots), trigrams, rows.AsSpan(used));
        }
        starts[n] = used;
    }

    /// <summary>
    /// The rows of each word's combining features (<see cref="PairSlots"/> per word, by slot; -1 where the feature is
    /// off, absent or unknown) and each word's stem key, for words whose type entries in <paramref name="cache"/> the
    /// caller looked up. The rows of the features that depend on one word alone are in the cache (as rows, and as
    /// sums by role: <see cref="WordTypeCache.Sums"/>), asked for here so they are in the CPU's caches when summed.
    /// The span is the thread's, valid until its next call.
    /// </summary>
    public ReadOnlySpan<int> PairRows(in SentenceWords words, WordTypeCache cache, ReadOnlySpan<int> entries, Span<ulong> stems)
    {
        int n = words.Count;
        var info = t_info is { } kept && kept.Length >= n ? kept : t_info = new WordInfo[Math.Max(n, 64)];
        var types = cache.Types;
        bool anyPhraseHead = false;
        for (int i = 0; i < n; i++)
        {
            ref readonly var type = ref types[entries[i]];
            int normStart = type.CharStart + type.RawLength;
            // Only what the per-token features and the phrase marking read, field by field (the rest of WordInfo is never
            // read here, so it is not cleared either).
            ref var w = ref info[i];
            w.Norm = type.Norm;
            w.Stem = type.Stem;
            w.Shape = type.Shape;
            w.Mid = type.Mid;
            w.NormStart = normStart;
            w.NormLength = type.NormLength;
            w.StemStart = normStart + type.NormLength;
            w.StemLength = type.StemLength;
            w.Phrase = 0;
            PrefetchSums(cache.Sums, entries[i]);
            w.PhraseHead = type.PhraseHead;
            anyPhraseHead |= type.PhraseHead;
            stems[i] = type.Stem;
        }
        // Phrases span words, so they are marked per sentence; the cached forms and stems sit in the cache's buffer.
        if (anyPhraseHead) MarkPhrases(info.AsSpan(0, n), cache.Chars);
        // The combining features' keys for the whole sentence first, then one lookup pass: their cache misses overlap.
        int pairCount = n * PairSlots;
        if (t_pairKeys is not { } pairKeys || pairKeys.Length < pairCount)
        {
            t_pairKeys = pairKeys = new ulong[Math.Max(pairCount, 512)];
            t_pairSlots = new int[pairKeys.Length];
            t_pairRows = new int[pairKeys.Length];
            t_pairFound = new int[pairKeys.Length];
        }
        var wanted = new SlotKeys(t_pairSlots!, pairKeys, t_pairFound!);
        PairKeys(info.AsSpan(0, n), ref wanted);
        var pairRows = t_pairRows!.AsSpan(0, pairCount);
        wanted.Resolve(cache.Table, pairRows);
        ShapeAndStartRows(info.AsSpan(0, n), cache, pairRows);
        return pairRows;
    }

    /// <summary>
    /// Each word's shape trigram row and the first word's sentence-start row (the keys <see cref="Extract"/> gives them),
    /// from the cache's memory of them: shapes take a few hundred values and most trigrams recur, so these need no probe.
    /// </summary>
    private static void ShapeAndStartRows(ReadOnlySpan<WordInfo> info, WordTypeCache cache, Span<int> pairRows)
    {
        int n = info.Length;
        if (n == 0) return;
        for (int i = 0; i < n; i++)
        {
            int previous = i > 0 ? info[i - 1].Shape : Boundaries[1].Shape;
            int next = i + 1 < n ? info[i + 1].Shape : Boundaries[3].Shape;
            pairRows[i * PairSlots + PairShapes] = cache.ShapeTrigramRow(previous, info[i].Shape, next);
        }
        pairRows[PairStart] = cache.SentenceStartRow;
    }

    /// <summary>The key of the shape trigram feature (template 33) of three words' shapes.</summary>
    internal static ulong ShapeTrigramKey(int previous, int shape, int next) =>
        FeatureHash.Feature(33, FeatureHash.Combine((ulong)previous, (ulong)shape, (ulong)next));

    /// <summary>The key of the sentence-start feature (template 34).</summary>
    internal static readonly ulong SentenceStartKey = FeatureHash.Feature(34, 0);

    /// <summary>
    /// Asks for a word type's sums (read when the sentence's scores are summed, after the combining features' probes),
    /// so a type not read lately is not a cache miss then. A prefetch never faults, and the sums array of a cache
    /// lives on the large-object heap, which the GC does not move.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchSums(int[] sums, int entry)
    {
        if (!Sse.IsSupported) return;
        ref int first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(sums), entry * WordTypeCache.TypeSumInts);
        for (int r = 0; r < WordTypeCache.TypeSumInts; r += 16) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, r)));
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, WordTypeCache.TypeSumInts - 1)));
    }

    [ThreadStatic] private static int[]? t_at;
    [ThreadStatic] private static int[]? t_pairSlots;
    [ThreadStatic] private static ulong[]? t_pairKeys;
    [ThreadStatic] private static int[]? t_pairRows, t_pairFound;

    /// <summary>Keys wanted for slots, looked up together (<see cref="JointFeatureTable.FindAll"/>) so their cache misses overlap.</summary>
    private ref struct SlotKeys
    {
        private readonly Span<int> _slots;
        private readonly Span<ulong> _keys;
        private readonly Span<int> _found;
        private int _count;

        public SlotKeys(Span<int> slots, Span<ulong> keys, Span<int> found)
        {
            _slots = slots;
            _keys = keys;
            _found = found;
        }

        public void Add(int slot, ulong key)
        {
            _slots[_count] = slot;
            _keys[_count++] = key;
        }

        /// <summary>Hands the wanted keys to <paramref name="cache"/> to look up later, for the rows from <paramref name="rowStart"/> on (which hold none until then).</summary>
        public readonly void Defer(WordTypeCache cache, int rowStart)
        {
            for (int j = 0; j < _count; j++) cache.AddPendingRow(rowStart + _slots[j], _keys[j]);
        }

        /// <summary>Fills every slot of <paramref name="rows"/>: the wanted ones with their rows, the rest with none.</summary>
        public readonly void Resolve(JointFeatureTable table, Span<int> rows)
        {
            rows.Fill(-1);
            var found = _found[.._count];
            table.FindAll(_keys[.._count], found);
            for (int j = 0; j < found.Length; j++) rows[_slots[j]] = found[j];
        }
    }

    /// <summary>
    /// Describes a word type seen for the first time and adds it to <paramref name="cache"/>, its rows still to be looked
    /// up: the cache looks up the rows of all the types a story adds at once (<see cref="WordTypeCache.AddPendingRow"/>),
    /// so their cache misses overlap.
    /// </summary>
    [SkipLocalsInit]   // Describe and WordKeys write what is read of the buffers
    internal int AddWordType(ReadOnlySpan<char> word, ulong rawHash, WordTypeCache cache)
    {
        Span<char> buffer = stackalloc char[MaxWordChars * 2];
        var info = default(WordInfo);
        Describe(word, rawHash, buffer, 0, ref info);
        var stem = buffer.Slice(MaxWordChars, info.StemLength);
        bool phraseHead = _options.Gazetteer && _lexicon.MaxPhraseTokens > 1 && info.PhraseHead;
        var wanted = new SlotKeys(stackalloc int[FixedSlots + MaxWordChars], stackalloc ulong[FixedSlots + MaxWordChars], default);
        int used = WordKeys(info, stem, ref wanted);
        Span<int> none = stackalloc int[used];
        none.Fill(-1);
        int rowStart = cache.AddRows(none);
        wanted.Defer(cache, rowStart);
        var raw = Head(word);
        // Word, form and stem one after another: the record keeps only where they start and their lengths.
        int charStart = cache.AddChars(raw);
        cache.AddChars(buffer[..info.NormLength]);
        cache.AddChars(stem);
        return cache.AddType(new WordTypeCache.TypeRecord
        {
            Norm = info.Norm, Stem = info.Stem, Shape = info.Shape, Mid = info.Mid,
            RowStart = rowStart, RowCount = (byte)used, CharStart = charStart,
            RawLength = (short)raw.Length, NormLength = (short)info.NormLength, StemLength = (short)info.StemLength,
            PhraseHead = phraseHead,
        });
    }

    /// <summary>Adds the rows and sums of the pseudo-words before and after a sentence (they play neighbours only).</summary>
    internal void AddBoundaryRows(WordTypeCache cache)
    {
        Span<int> rows = stackalloc int[FixedSlots + MaxWordChars];
        foreach (int b in (ReadOnlySpan<int>)[0, 1, 3, 4])
        {
            int used = WordRows(Boundaries[b], [], cache.Table, rows);
            cache.BoundaryStarts[b] = cache.AddRows(rows[..used]);
            SumRoles(cache.Table, rows[..used], cache.BoundarySums.AsSpan(b * WordTypeCache.TypeSumInts, WordTypeCache.TypeSumInts));
        }
    }
}
