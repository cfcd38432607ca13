using System.Text;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Training;

/// <summary>A gold sentence: its words and its entity spans (word indices, types 0–3 = PER LOC ORG MISC).</summary>
public sealed record LabeledSentence(string[] Words, IReadOnlyList<(int Start, int End, int Type)> Spans)
{
    internal int[] Labels() => EntityLabels.FromSpans(Spans, Words.Length);
}

/// <summary>
/// Reads the NER corpora in CoNLL form: one <c>word TAG [TAG…]</c> per line, blank line between sentences.
/// The first tag column is the outermost (Wojood nests further tags after it); tag types are mapped to
/// PER/LOC/ORG/MISC (PERS → PER, GPE → LOC, MIS/EVENT → MISC) and the rest become O.
/// </summary>
public static class ConllCorpus
{
    /// <summary>Wojood writes this between passages; it is not a word.</summary>
    private const string WojoodSeparator = "$#$";

    public static List<LabeledSentence> Read(string path)
    {
        var sentences = new List<LabeledSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path, new UTF8Encoding(false, true)))
        {
            lineNumber++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0] == "-DOCSTART-")
            {
                Flush(words, tags, sentences);
                continue;
            }
            if (fields[0] == WojoodSeparator) continue;
            if (fields.Length < 2) throw new InvalidDataException($"{path}:{lineNumber}: expected 'word TAG', got '{line}'");
            words.Add(fields[0]);
            tags.Add(fields[1]);
        }
        Flush(words, tags, sentences);
        return sentences;
    }

    private static void Flush(List<string> words, List<string> tags, List<LabeledSentence> sentences)
    {
        if (words.Count == 0) return;
        sentences.Add(new LabeledSentence(words.ToArray(), EntityLabels.SpansFromIob(tags)));
        words.Clear();
        tags.Clear();
    }

    /// <summary>ANERcorp's held-out dev part: the last 10% of its sentences (the first 90% are for training).</summary>
    public static (List<LabeledSentence> Train, List<LabeledSentence> Dev) SplitLastTenth(List<LabeledSentence> all)
    {
        int trainCount = all.Count - all.Count / 10;
        return (all.GetRange(0, trainCount), all.GetRange(trainCount, all.Count - trainCount));
    }

    /// <summary>
    /// Holds out tenth <paramref name="slice"/> (0–9) instead of the last one, so a change can be judged on a
    /// second dev slice; slice 9 is exactly <see cref="SplitLastTenth"/>.
    /// </summary>
    public static (List<LabeledSentence> Train, List<LabeledSentence> Dev) SplitTenth(List<LabeledSentence> all, int slice)
    {
        if (slice is < 0 or > 9) throw new ArgumentOutOfRangeException(nameof(slice), "the dev slice is a tenth from 0 to 9");
        if (slice == 9) return SplitLastTenth(all);
        int devCount = all.Count / 10;
        int start = slice * devCount;
        return ([.. all.GetRange(0, start), .. all.GetRange(start + devCount, all.Count - start - devCount)], all.GetRange(start, devCount));
    }

    /// <summary>
    /// Groups consecutive sentences into pseudo-documents of <paramref name="size"/> sentences: the corpora mark no
    /// story boundaries, but their sentences run in story order, so neighbours share names.
    /// </summary>
    public static List<List<T>> Chunk<T>(IReadOnlyList<T> sentences, int size)
    {
        var documents = new List<List<T>>();
        for (int i = 0; i < sentences.Count; i += size)
        {
            documents.Add(sentences.Skip(i).Take(size).ToList());
        }
        return documents;
    }

    /// <summary>Tokens of a CoNLL stream for tagging: first column of each line, blank lines between sentences.</summary>
    public static IEnumerable<List<string>> ReadTokens(TextReader reader)
    {
        var words = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var token = FirstField(line);
            if (token.Length == 0)
            {
                if (words.Count > 0) yield return words;
                words = new List<string>();
                continue;
            }
            words.Add(token);
        }
        if (words.Count > 0) yield return words;
    }

    public static string FirstField(string line)
    {
        var span = line.AsSpan().TrimStart();
        int end = 0;
        while (end < span.Length && !char.IsWhiteSpace(span[end])) end++;
        return span[..end].ToString();
    }
}
