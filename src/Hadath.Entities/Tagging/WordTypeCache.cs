namespace Hadath.Entities.Tagging;

/// <summary>
/// A thread's memory of the word types it has tagged: each type's description (forms, stem, cluster, gazetteer
/// class) and the rows, in both passes, of the features that depend on that word alone. News repeats its words, so
/// most tokens skip normalising, hashing and probing. Keyed by the exact word string and valid for one model: a
/// thread that switches model starts a new cache. Bounded: once it holds more than <see cref="MaxTypes"/> types it
/// is emptied before the next document. What it holds never changes a result, only how fast it comes.
/// </summary>
internal sealed class WordTypeCache
{
    /// <summary>Types kept per thread (about 300 bytes each with their rows).</summary>
    public const int MaxTypes = 1 << 15;

    [ThreadStatic] private static WordTypeCache? t_cache;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly FeatureExtractor _extractor;
    private int _rowsUsed, _charsUsed;

    private WordTypeCache(FeatureExtractor extractor, JointFeatureTable table)
    {
        _extractor = extractor;
        Table = table;
        Clear();
    }

    /// <summary>This thread's cache for a model's extractor and table, emptied first when it has outgrown its bound.</summary>
    public static WordTypeCache For(FeatureExtractor extractor, JointFeatureTable table)
    {
        var cache = t_cache;
        if (cache is null || cache._extractor != extractor || cache.Table != table) return t_cache = new WordTypeCache(extractor, table);
        if (cache.Count > MaxTypes) cache.Clear();
        return cache;
    }

    public JointFeatureTable Table { get; }

    /// <summary>Types held.</summary>
    public int Count { get; private set; }

    public FeatureExtractor.WordInfo[] Infos { get; private set; } = new FeatureExtractor.WordInfo[1024];
    public int[] RowStarts { get; private set; } = new int[1024];
    public bool[] PhraseHeads { get; private set; } = new bool[1024];

    /// <summary>All types' rows; a type's slots start at its <see cref="RowStarts"/> entry.</summary>
    public RowPair[] Rows { get; private set; } = new RowPair[1024 * 40];

    /// <summary>All types' folded forms and stems, where their infos' NormStart and StemStart point.</summary>
    public char[] Chars { get; private set; } = new char[1024 * 16];

    /// <summary>Where the rows of the pseudo-words around a sentence start (offsets −2, −1, unused, +1, +2).</summary>
    public int[] BoundaryStarts { get; } = new int[5];

    /// <summary>Forgets every type (offsets into <see cref="Rows"/> and <see cref="Chars"/> handed out before become invalid).</summary>
    public void Clear()
    {
        _index.Clear();
        Count = 0;
        _rowsUsed = 0;
        _charsUsed = 0;
        _extractor.AddBoundaryRows(this);
    }

    /// <summary>The entry of <paramref name="word"/>, described and looked up on first sight.</summary>
    public int Lookup(string word)
    {
        if (_index.TryGetValue(word, out int entry)) return entry;
        entry = _extractor.AddWordType(word, this);
        _index[word] = entry;
        return entry;
    }

    /// <summary>Appends rows (for the boundaries and new types); returns where they start.</summary>
    public int AddRows(ReadOnlySpan<RowPair> rows)
    {
        if (_rowsUsed + rows.Length > Rows.Length)
        {
            var grown = Rows;
            Array.Resize(ref grown, Math.Max(Rows.Length * 2, _rowsUsed + rows.Length));
            Rows = grown;
        }
        int start = _rowsUsed;
        rows.CopyTo(Rows.AsSpan(start));
        _rowsUsed += rows.Length;
        return start;
    }

    /// <summary>Appends characters (a type's form or stem); returns where they start.</summary>
    public int AddChars(ReadOnlySpan<char> chars)
    {
        if (_charsUsed + chars.Length > Chars.Length)
        {
            var grown = Chars;
            Array.Resize(ref grown, Math.Max(Chars.Length * 2, _charsUsed + chars.Length));
            Chars = grown;
        }
        int start = _charsUsed;
        chars.CopyTo(Chars.AsSpan(start));
        _charsUsed += chars.Length;
        return start;
    }

    /// <summary>Adds a described type whose rows were added at <paramref name="rowStart"/>; returns its entry.</summary>
    public int AddType(in FeatureExtractor.WordInfo info, int rowStart, bool phraseHead)
    {
        if (Count == Infos.Length)
        {
            int size = Count * 2;
            var infos = Infos; var starts = RowStarts; var heads = PhraseHeads;
            Array.Resize(ref infos, size); Array.Resize(ref starts, size); Array.Resize(ref heads, size);
            Infos = infos; RowStarts = starts; PhraseHeads = heads;
        }
        Infos[Count] = info;
        RowStarts[Count] = rowStart;
        PhraseHeads[Count] = phraseHead;
        return Count++;
    }
}
