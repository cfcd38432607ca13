using Hadath.Core;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The tag set the tagger decodes in: O plus B and I for each of PER, LOC, ORG, MISC (BIO, 9 labels), the same as
/// the IOB2 of input and output. Nine labels fit a 16-lane vector (a row of weights, a row of Viterbi scores) where
/// BIOES's 17 took a vector and one label apart, and its Viterbi compares 9 × 9 candidates instead of 17 × 17 (see the model
/// card for what the change did to the scores).
/// </summary>
public static class EntityLabels
{
    public const int Count = 9;
    public const int Outside = 0;
    public const int TypeCount = 4;

    /// <summary>The label scheme's name in the model file: a file of another scheme (BIOES before version 9) is refused.</summary>
    public const string Scheme = "BIO";

    public static readonly string[] TypeNames = ["PER", "LOC", "ORG", "MISC"];

    public static int Begin(int type) => 1 + type * 2;
    public static int Inside(int type) => 2 + type * 2;

    /// <summary>Entity type index of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static bool StartsEntity(int label) => label != Outside && (label - 1) % 2 == 0;

    /// <summary>I-X may only continue a name of type X (after B-X or I-X); O and B-X may follow anything.</summary>
    public static bool CanFollow(int previous, int next) =>
        next == Outside || StartsEntity(next) || (previous != Outside && TypeOf(previous) == TypeOf(next));

    public static bool CanStart(int label) => label == Outside || StartsEntity(label);

    /// <summary>Every label may end a sentence (a name ends where the next label does not continue it).</summary>
    public static bool CanEnd(int label) => true;

    public static EntityType ToEntityType(int type) => (EntityType)type;

    /// <summary>Maps a type name from any of the corpora to PER/LOC/ORG/MISC, or -1 to drop it.</summary>
    public static int ParseType(string name) => name.ToUpperInvariant() switch
    {
        "PER" or "PERS" or "PERSON" => 0,
        "LOC" or "GPE" or "LOCATION" => 1,
        "ORG" or "ORGANIZATION" => 2,
        // Wojood's EVENT and CURR are what ANERcorp calls MISC; its NORP, OCC, FAC, DATE… have no counterpart.
        "MISC" or "MIS" or "EVENT" or "CURR" => 3,
        _ => -1,
    };

    /// <summary>The labels of spans (types already resolved) over <paramref name="length"/> words.</summary>
    public static int[] FromSpans(IReadOnlyList<(int Start, int End, int Type)> spans, int length)
    {
        var labels = new int[length];
        foreach (var (start, end, type) in spans)
        {
            labels[start] = Begin(type);
            for (int i = start + 1; i < end; i++) labels[i] = Inside(type);
        }
        return labels;
    }

    /// <summary>Reads spans out of IOB2 tags like B-PERS / I-LOC / O, mapping their types with <see cref="ParseType"/>.</summary>
    public static List<(int Start, int End, int Type)> SpansFromIob(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            bool isBegin = tag.StartsWith("B-", StringComparison.Ordinal);
            bool isInside = tag.StartsWith("I-", StringComparison.Ordinal);
            int t = isBegin || isInside ? ParseType(tag[2..]) : -1;
            bool continues = isInside && start >= 0 && t == type;
            if (!continues && start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
            }
            if ((isBegin || isInside) && !continues && t >= 0)
            {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    /// <summary>Reads spans out of a label sequence (as decoded, so always well formed).</summary>
    public static List<(int Start, int End, int Type)> SpansFromLabels(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        for (int i = 0; NextSpan(labels, ref i, out var span);) spans.Add(span);
        return spans;
    }

    /// <summary>
    /// The next span of a label sequence from word <paramref name="i"/> on (which it moves past the span), without a
    /// list: what <see cref="SpansFromLabels"/> lists, one at a time. A span is a B and the I of its type after it; a
    /// stray I (never decoded) opens one. False when no span is left.
    /// </summary>
    public static bool NextSpan(ReadOnlySpan<int> labels, ref int i, out (int Start, int End, int Type) span)
    {
        while (i < labels.Length && labels[i] == Outside) i++;
        if (i == labels.Length)
        {
            span = default;
            return false;
        }
        int start = i, type = TypeOf(labels[i]), inside = Inside(type);
        for (i++; i < labels.Length && labels[i] == inside; i++) { }
        span = (start, i, type);
        return true;
    }

    /// <summary>IOB2 tag strings (B-PER, I-LOC, O) for a decoded label sequence.</summary>
    public static string[] ToIob(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        Array.Fill(tags, "O");
        foreach (var (start, end, type) in SpansFromLabels(labels))
        {
            tags[start] = "B-" + TypeNames[type];
            for (int i = start + 1; i < end; i++) tags[i] = "I-" + TypeNames[type];
        }
        return tags;
    }
}
