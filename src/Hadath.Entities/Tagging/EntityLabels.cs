using Hadath.Core;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The tag set the tagger decodes in: O plus BIOES for each of PER, LOC, ORG, MISC (17 labels). BIOES lets the
/// first-order model see where a name ends; input and output use IOB2.
/// </summary>
public static class EntityLabels
{
    public const int Count = 17;
    public const int Outside = 0;
    public const int TypeCount = 4;

    public static readonly string[] TypeNames = ["PER", "LOC", "ORG", "MISC"];

    public static int Begin(int type) => 1 + type * 4;
    public static int Inside(int type) => 2 + type * 4;
    public static int End(int type) => 3 + type * 4;
    public static int Single(int type) => 4 + type * 4;

    /// <summary>Entity type index of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static bool StartsEntity(int label) => label != Outside && (label - 1) % 4 is 0 or 3;

    public static bool EndsEntity(int label) => label != Outside && (label - 1) % 4 is 2 or 3;

    public static bool CanFollow(int previous, int next)
    {
        bool previousOpen = previous != Outside && !EndsEntity(previous);
        bool nextContinues = next != Outside && !StartsEntity(next);
        if (previousOpen) return nextContinues && TypeOf(previous) == TypeOf(next);
        return !nextContinues;
    }

    public static bool CanStart(int label) => label == Outside || StartsEntity(label);

    public static bool CanEnd(int label) => label == Outside || EndsEntity(label);

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

    /// <summary>Converts IOB2 tags (types already resolved: -1 for O) to BIOES labels; a stray I- opens a span.</summary>
    public static int[] FromSpans(IReadOnlyList<(int Start, int End, int Type)> spans, int length)
    {
        var labels = new int[length];
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1) { labels[start] = Single(type); continue; }
            labels[start] = Begin(type);
            for (int i = start + 1; i < end - 1; i++) labels[i] = Inside(type);
            labels[end - 1] = End(type);
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

    /// <summary>Reads spans out of a BIOES label sequence (as decoded, so always well formed).</summary>
    public static List<(int Start, int End, int Type)> SpansFromLabels(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        for (int i = 0; NextSpan(labels, ref i, out var span);) spans.Add(span);
        return spans;
    }

    /// <summary>
    /// The next span of a BIOES label sequence from word <paramref name="i"/> on (which it moves past the span), without
    /// a list: what <see cref="SpansFromLabels"/> lists, one at a time. False when no span is left.
    /// </summary>
    public static bool NextSpan(ReadOnlySpan<int> labels, ref int i, out (int Start, int End, int Type) span)
    {
        int start = -1;
        for (; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside) { start = -1; continue; }
            if (StartsEntity(label)) start = i;
            if (EndsEntity(label) && start >= 0)
            {
                span = (start, i + 1, TypeOf(label));
                i++;
                return true;
            }
        }
        span = default;
        return false;
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
