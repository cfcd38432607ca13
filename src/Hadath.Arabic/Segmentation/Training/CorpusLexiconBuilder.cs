using System.IO.Compression;
using System.Text.Json;

namespace Hadath.Arabic.Segmentation.Training;

/// <summary>
/// Counts free-standing Arabic words (marks removed) in gzip JSON Lines news articles (<c>title</c>,
/// <c>abstract</c>, <c>text</c>); keeps the words seen at least <c>minCount</c> times.
/// </summary>
public static class CorpusLexiconBuilder
{
    public static CorpusLexicon Build(string directory, int minCount, TextWriter? log = null)
    {
        var files = Directory.GetFiles(directory, "*.jsonl.gz").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new FileNotFoundException($"no *.jsonl.gz files in {directory}");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        long words = 0;
        foreach (var file in files)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            int lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0) continue;
                try
                {
                    using var json = JsonDocument.Parse(line);
                    foreach (var field in (ReadOnlySpan<string>)["title", "abstract", "text"])
                    {
                        if (json.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                            words += CountWords(value.GetString()!, lookup);
                    }
                }
                catch (JsonException e)
                {
                    log?.WriteLine($"{file}:{lineNumber}: skipped ({e.Message})");
                }
            }
        }
        var kept = counts.Where(p => p.Value >= minCount).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        log?.WriteLine($"corpus: {files.Length} files, {words:N0} words, {counts.Count:N0} distinct, {kept.Count:N0} kept (>= {minCount})");
        return new CorpusLexicon(kept);
    }

    private static long CountWords(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts)
    {
        long n = 0;
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        while (i < text.Length)
        {
            if (!ArabicWordText.IsArabicLetter(text[i])) { i++; continue; }
            int length = 0;
            bool tooLong = false;
            while (i < text.Length && (ArabicWordText.IsArabicLetter(text[i]) || ArabicWordText.IsMark(text[i])))
            {
                if (!ArabicWordText.IsMark(text[i]))
                {
                    if (length < buffer.Length) buffer[length++] = text[i];
                    else tooLong = true;
                }
                i++;
            }
            if (tooLong || length == 0) continue;
            var word = buffer[..length];
            counts[word] = counts.TryGetValue(word, out var c) ? c + 1 : 1;
            n++;
        }
        return n;
    }
}
