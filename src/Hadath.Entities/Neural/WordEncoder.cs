using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;
using Hadath.Entities.Text;

namespace Hadath.Entities.Neural;

/// <summary>What the network knows of one word type: its pretrained vector's row (−1: none) and its hashed sparse features.</summary>
internal readonly record struct WordCode(int Vector, int[] Sparse);

/// <summary>
/// Turns a word into the network's input: a pretrained skip-gram vector (looked up by its folded form, else by its
/// clitic-free stem, so ومحمد reads محمد's vector) and a bag of hashed sparse features whose embeddings the network
/// learns (form, stem, letter prefixes and suffixes of the stem, clitics, shape, gazetteer class, how the vector was
/// found). The sparse part is what lets it guess at words the vectors never saw.
/// </summary>
internal sealed class WordEncoder
{
    public WordEncoder(Dictionary<string, int> vocabulary, float[] vectors, int vectorDimensions, int sparseBuckets, WordLexicon lexicon)
    {
        Vocabulary = vocabulary;
        Vectors = vectors;
        VectorDimensions = vectorDimensions;
        SparseBuckets = sparseBuckets;
        Lexicon = lexicon;
        StartPad = new WordCode(-1, [Bucket(90, 1)]);
        EndPad = new WordCode(-1, [Bucket(90, 2)]);
    }

    /// <summary>Folded form → row of <see cref="Vectors"/>.</summary>
    public Dictionary<string, int> Vocabulary { get; }

    /// <summary>Unit-length pretrained vectors, <see cref="VectorDimensions"/> floats per row (not trained further).</summary>
    public float[] Vectors { get; }
    public int VectorDimensions { get; }
    public int SparseBuckets { get; }
    public WordLexicon Lexicon { get; }

    /// <summary>The padding "words" before the sentence and after it (window positions that fall outside).</summary>
    public WordCode StartPad { get; }
    public WordCode EndPad { get; }

    private const int MaxChars = 64;

    /// <summary>How many of a code's sparse features come first and name the word itself (its form and its stem).</summary>
    public const int IdentityFeatures = 2;

    public WordCode Encode(string word)
    {
        Span<char> folded = stackalloc char[MaxChars];
        int length = NameForms.Normalize(word.AsSpan(0, Math.Min(word.Length, MaxChars)), folded);
        var form = folded[..length];
        int clitic = NameForms.ProcliticLength(form);
        var stem = form[clitic..];
        bool article = stem.Length > 4 && stem[0] == NameForms.Alef && stem[1] == NameForms.Lam;
        var bare = article ? stem[2..] : stem;

        var lookup = Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        int vector = lookup.TryGetValue(form, out int row) ? row : -1;
        int found = vector >= 0 ? 1 : 0;
        if (vector < 0 && clitic > 0 && lookup.TryGetValue(stem, out row))
        {
            vector = row;
            found = 2;
        }
        var gazetteer = Lexicon.Find(form).Gazetteer | Lexicon.Find(stem).Gazetteer | Lexicon.Find(bare).Gazetteer;

        // The identity features come first (IdentityFeatures), so training can leave them out.
        var sparse = new List<int>(14)
        {
            Bucket(91, FeatureHash.Of(form)),
            Bucket(92, FeatureHash.Of(bare)),
            Bucket(93, FeatureHash.Of(form[..clitic]) * 2 + (article ? 1UL : 0)),
            Bucket(94, (ulong)NameForms.Shape(word)),
            Bucket(95, (ulong)found),
            Bucket(96, (ulong)gazetteer),
        };
        for (int k = 1; k <= 3 && k < bare.Length; k++)
        {
            sparse.Add(Bucket(96 + k, FeatureHash.Of(bare[..k])));
            sparse.Add(Bucket(99 + k, FeatureHash.Of(bare[^k..])));
        }
        return new WordCode(vector, [.. sparse]);
    }

    private int Bucket(int template, ulong value) => (int)(FeatureHash.Feature(template, value) % (ulong)SparseBuckets);
}
