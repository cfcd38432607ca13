namespace Hadath.Extraction.Text;

/// <summary>
/// Whether a word may have a reading among a few keys, answered from its key in place, before its
/// <see cref="Proclitics"/> readings are made. A reading the finders try (no article peeled) is the word's key
/// from its first letter on, from its second after و/ف/ب/ل/ك, or from its third after و/ف then ب/ل/ك: each is looked
/// up as it stands, after a first test of its shape (length, first, second and last letters) in a bit table. Most
/// words of a story open no name: they are passed with no readings made, most of them with no key hashed. A yes
/// only means the readings must be read.
/// </summary>
internal sealed class ReadingPrefilter
{
    /// <summary>Bits of the shape table: 2^15 (4 KB), so that a few thousand keys leave most bits clear and the table stays in cache.</summary>
    private const int ShapeBits = 15;

    private readonly ulong[] _shapes = new ulong[(1 << ShapeBits) / 64];
    private readonly bool _anyEmpty;
    private readonly bool _nameKeys;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keys;

    /// <param name="keys">The keys a reading is looked up among.</param>
    /// <param name="nameKeys">Whether a reading is looked up by its <see cref="Actors.NameKey.Word"/> key (<see cref="Actors.NameKey.WordOfKey"/>, <see cref="Actors.NameKey.WordIn"/>): article and final ه cut.</param>
    public ReadingPrefilter(IEnumerable<string> keys, bool nameKeys)
    {
        _nameKeys = nameKeys;
        var set = new HashSet<string>(keys, StringComparer.Ordinal);
        _keys = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in set)
        {
            if (key.Length == 0)
            {
                _anyEmpty = true;
                continue;
            }
            int shape = Shape(key);
            _shapes[shape >> 6] |= 1UL << (shape & 63);
        }
    }

    /// <summary>
    /// <see cref="MayRead(string)"/> for word <paramref name="word"/>, or, when <paramref name="gates"/> holds a
    /// <see cref="Group"/>'s answer for each word, that word's bit <paramref name="gate"/>.
    /// </summary>
    internal bool MayRead(string key, ReadOnlySpan<byte> gates, int gate, int word) =>
        gates.IsEmpty ? MayRead(key) : (gates[word] >> gate & 1) != 0;

    /// <summary>Whether a reading of the word with match key <paramref name="key"/>, no article peeled, may be one of the keys.</summary>
    public bool MayRead(string key)
    {
        if (MayBe(key)) return true;
        // Only as Proclitics peels: a conjunction or preposition first, a preposition after a conjunction.
        if (key.Length < 3 || key[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return false;
        if (MayBe(key.AsSpan(1))) return true;
        return key.Length > 3 && key[0] is 'و' or 'ف' && key[1] is 'ب' or 'ل' or 'ك' && MayBe(key.AsSpan(2));
    }

    /// <summary>
    /// A few prefilters asked together of every word, with one table of which of them has a key of each shape: a
    /// reading's shape is made once for all of them (a stage that asked five prefilters of every word made it five
    /// times), as it stands and as a name key, and only a prefilter with a key of that shape looks the reading up.
    /// </summary>
    internal sealed class Group
    {
        private readonly byte[] _byShape = new byte[1 << ShapeBits];
        private readonly int _named, _anyEmpty;

        /// <summary>
        /// Which prefilters hold each key, one table for the keys read as they stand and one for name keys: a reading
        /// whose shape several prefilters share (a given name is often a gazetteer's first word too) is hashed once.
        /// </summary>
        private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _rawHolders, _namedHolders;

        /// <summary>Which prefilters have a key the word's key ends with: only those may read it.</summary>
        private readonly GroupTails _tails = new();

        public Group(params ReadingPrefilter[] filters)
        {
            if (filters.Length > 8) throw new ArgumentException("A group holds at most eight prefilters.", nameof(filters));
            var raw = new Dictionary<string, byte>(StringComparer.Ordinal);
            var named = new Dictionary<string, byte>(StringComparer.Ordinal);
            for (int f = 0; f < filters.Length; f++)
            {
                var holders = filters[f]._nameKeys ? named : raw;
                foreach (var key in filters[f]._keys.Set) holders[key] = (byte)(holders.GetValueOrDefault(key) | 1 << f);
                if (filters[f]._nameKeys) _named |= 1 << f;
                if (filters[f]._anyEmpty) _anyEmpty |= 1 << f;
                AddTails(f, filters[f]);
                for (int shape = 0; shape < _byShape.Length; shape++)
                {
                    if ((filters[f]._shapes[shape >> 6] & (1UL << (shape & 63))) != 0) _byShape[shape] |= (byte)(1 << f);
                }
            }
            _rawHolders = raw.GetAlternateLookup<ReadOnlySpan<char>>();
            _namedHolders = named.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>
        /// Records the endings of prefilter <paramref name="f"/>'s keys: a reading is one of them as it stands, or, for
        /// name keys, less an article and a final ه, so the word ends as a key or as a key and ه.
        /// </summary>
        private void AddTails(int f, ReadingPrefilter filter)
        {
            foreach (var key in filter._keys.Set)
            {
                _tails.Add(f, key);
                if (filter._nameKeys) _tails.Add(f, key + "ه");
            }
        }

        /// <summary>Bit f set when the group's prefilter f may read the word with match key <paramref name="key"/> (its <see cref="MayRead"/>).</summary>
        public int MayRead(string key)
        {
            // Only the prefilters with a key the word ends with are asked.
            int all = _tails.MayEnd(key);
            if (all == 0) return 0;
            int yes = MayBe(key, all);
            if (yes == all || key.Length < 3 || key[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return yes;
            yes |= MayBe(key.AsSpan(1), all & ~yes);
            if (yes != all && key.Length > 3 && key[0] is 'و' or 'ف' && key[1] is 'ب' or 'ل' or 'ك') yes |= MayBe(key.AsSpan(2), all & ~yes);
            return yes;
        }

        /// <summary>As each pending prefilter's <see cref="ReadingPrefilter.MayBe"/>: the reading as it stands for some, its name key for the others.</summary>
        private int MayBe(ReadOnlySpan<char> reading, int pending)
        {
            int yes = 0;
            int raw = pending & ~_named, named = pending & _named;
            int rawShape = -1;
            if (raw != 0)
            {
                if (reading.Length == 0) yes |= raw & _anyEmpty;
                else yes |= LookUp(_rawHolders, reading, _byShape[rawShape = Shape(reading)] & raw);
            }
            if (named != 0)
            {
                var form = Actors.NameKey.OfFoldedWord(reading);
                if (form.Length == 0) yes |= named & _anyEmpty;
                else yes |= LookUp(_namedHolders, form, _byShape[rawShape >= 0 && form.Length == reading.Length ? rawShape : Shape(form)] & named);
            }
            return yes;
        }

        /// <summary>Which of <paramref name="candidates"/> (prefilters with a key of the form's shape) hold the form, in one lookup.</summary>
        private static int LookUp(Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> holders, ReadOnlySpan<char> form, int candidates) =>
            candidates != 0 && holders.TryGetValue(form, out byte holding) ? holding & candidates : 0;
    }

    /// <summary>As <see cref="MayRead"/> for exact keys, looked up in <paramref name="keys"/> with no first test (a set made for one story).</summary>
    public static bool AnyIn(string key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys)
    {
        if (keys.Contains(key)) return true;
        if (key.Length < 3 || key[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return false;
        if (keys.Contains(key.AsSpan(1))) return true;
        return key.Length > 3 && key[0] is 'و' or 'ف' && key[1] is 'ب' or 'ل' or 'ك' && keys.Contains(key.AsSpan(2));
    }

    /// <summary>Whether <paramref name="reading"/> (a name key read from it, with <c>nameKeys</c>) is one of the keys: exact, its shape tested before it is hashed.</summary>
    internal bool Holds(ReadOnlySpan<char> reading) => MayBe(reading);

    /// <summary>
    /// Whether the word with match key <paramref name="key"/> may have any <see cref="Proclitics"/> reading among the keys,
    /// one that peeled the article too: a reading is the key less at most its first four letters (و/ف, ب/ل/ك, ال), so
    /// each such end of it is tested. False means no reading is one of the keys.
    /// </summary>
    internal bool MayReadAny(ReadOnlySpan<char> key)
    {
        for (int cut = 0; cut <= MaxPeeled && cut < key.Length; cut++)
        {
            if (MayBe(key[cut..])) return true;
        }
        return false;
    }

    /// <summary>The most letters <see cref="Proclitics"/> peels: a conjunction, a preposition and the article.</summary>
    private const int MaxPeeled = 4;

    /// <summary>
    /// Whether some key has <paramref name="key"/>'s shape (a set made with <c>nameKeys: false</c>): necessary for
    /// <see cref="Holds"/>, for a caller that looks the key up in its own table next and need not hash it twice.
    /// </summary>
    internal bool HasShape(ReadOnlySpan<char> key)
    {
        System.Diagnostics.Debug.Assert(!_nameKeys, "a name-key set is asked through Holds");
        return key.Length == 0 ? _anyEmpty : ShapeListed(key);
    }

    private bool MayBe(ReadOnlySpan<char> reading)
    {
        // As NameKey.WordOfKey reads a match key.
        if (_nameKeys) reading = Actors.NameKey.OfFoldedWord(reading);
        if (reading.Length == 0) return _anyEmpty;
        // Only when a listed key has this reading's shape is the reading looked up.
        return ShapeListed(reading) && _keys.Contains(reading);
    }

    private bool ShapeListed(ReadOnlySpan<char> key)
    {
        int shape = Shape(key);
        return (_shapes[shape >> 6] & (1UL << (shape & 63))) != 0;
    }

    /// <summary>
    /// A hash of a key's length and its first three and last two letters, cheaper than hashing the whole key. The
    /// third and next-to-last letters matter: with the first two and the last alone, the words after ال (most words of
    /// a story) fell into a few hundred shapes, nearly all of them some lexicon key's, and were hashed all the same.
    /// </summary>
    private static int Shape(ReadOnlySpan<char> key) => Shape(key, ShapeBits);

    /// <summary>The same hash in <paramref name="bits"/> bits (the event verb table's shape table is larger).</summary>
    internal static int Shape(ReadOnlySpan<char> key, int bits)
    {
        uint second = key.Length > 1 ? key[1] : 0u;
        uint third = 0, beforeLast = 0;
        if (key.Length > 2)
        {
            third = key[2];
            beforeLast = key[^2];
        }
        uint hash = (uint)key.Length * 0x9E3779B1u ^ key[0] * 0x85EBCA6Bu ^ second * 0xC2B2AE35u ^ key[^1] * 0x27D4EB2Fu
                    ^ third * 0x165667B1u ^ beforeLast * 0xD3A2646Du;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return (int)(hash >> (32 - bits));
    }
}
