using Hadath.Entities.Training;

namespace Hadath.Entities;

/// <summary>
/// Tags pre-tokenized CoNLL text: every token line (first column = token; further columns ignored) comes back as
/// the token, a space and its IOB2 tag; blank lines stay blank, so output aligns with input line by line.
/// </summary>
public static class ConllTagging
{
    /// <summary>Sentences tagged together as one document when the input marks no -DOCSTART- boundaries.</summary>
    public const int DocumentSentences = 20;

    /// <summary>Copies every line through, appending tags to token lines; tags a document at a time.</summary>
    public static void Run(NerModel model, TextReader input, TextWriter output)
    {
        var lines = new List<string?>();   // null marks a blank line
        var sentences = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            string token = ConllCorpus.FirstField(line);
            bool boundary = token == "-DOCSTART-";
            if (token.Length == 0 || boundary)
            {
                if (words.Count > 0) { sentences.Add(words); words = new List<string>(); }
                if (boundary || sentences.Count >= DocumentSentences) Flush(model, lines, sentences, output);
                lines.Add(boundary ? token : null);
                continue;
            }
            lines.Add(token);
            words.Add(token);
        }
        if (words.Count > 0) sentences.Add(words);
        Flush(model, lines, sentences, output);
        output.Flush();
    }

    private static void Flush(NerModel model, List<string?> lines, List<IReadOnlyList<string>> sentences, TextWriter output)
    {
        var tags = model.TagDocumentIob(sentences);
        int s = 0, w = 0;
        foreach (var line in lines)
        {
            if (line is null) { output.WriteLine(); continue; }
            if (line == "-DOCSTART-") { output.WriteLine("-DOCSTART- O"); continue; }
            while (w >= tags[s].Length) { s++; w = 0; }
            output.Write(line);
            output.Write(' ');
            output.WriteLine(tags[s][w++]);
        }
        lines.Clear();
        sentences.Clear();
    }
}
