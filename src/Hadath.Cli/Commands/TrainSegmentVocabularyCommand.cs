using System.CommandLine;
using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Tokenization;
using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Corpus.Reading;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath train segment-vocabulary</c>: the trained segmenter's analyses of the most frequent words of unlabeled
/// news, worked out ahead of time (<see cref="SegmenterVocabulary"/>). Rebuild it whenever the segmenter model changes:
/// a vocabulary built from another model is not used.
/// </summary>
internal static class TrainSegmentVocabularyCommand
{
    public static Command Create()
    {
        var corpora = new Option<string[]>("--corpus")
        {
            Description = "Files or folders of unlabeled news (any format `hadath ingest` reads); repeat for several.",
            DefaultValueFactory = _ => ["../shared/data/corpus/saudinewsnet", "../shared/data/corpus/ant-jawharafm"],
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string>("--model") { Description = "The segmenter model the analyses come from.", DefaultValueFactory = _ => "models/segmenter/segmenter.bin" };
        var types = new Option<int>("--types") { Description = "Keep at most this many of the most frequent word spellings.", DefaultValueFactory = _ => 200_000 };
        var minCount = new Option<int>("--min-count") { Description = "Keep only spellings seen at least this often (once-seen words rarely come again).", DefaultValueFactory = _ => 2 };
        var output = new Option<string>("--out") { Description = "Where the vocabulary goes.", DefaultValueFactory = _ => "models/segmenter/segmenter-vocabulary.bin" };
        var command = new Command("segment-vocabulary",
            "Work out the segmenter's analyses of the most frequent words of unlabeled news ahead of time (rebuild with the model).")
        {
            corpora, model, types, minCount, output,
        };
        command.SetAction(parse => Run(parse.GetValue(corpora)!, parse.GetValue(model)!, Math.Max(1, parse.GetValue(types)), Math.Max(1, parse.GetValue(minCount)),
            parse.GetValue(output)!));
        return command;
    }

    private static int Run(string[] corpora, string modelPath, int types, int minCount, string outPath)
    {
        if (!File.Exists(modelPath)) { Console.Error.WriteLine($"hadath train segment-vocabulary: {modelPath}: no such file"); return 2; }
        var files = CorpusReader.Files(corpora, out var missing);
        if (missing.Count > 0) { Console.Error.WriteLine($"hadath train segment-vocabulary: {string.Join(", ", missing)}: not found"); return 2; }
        SegmenterModel model;
        using (var stream = File.OpenRead(modelPath)) model = SegmenterModel.Load(stream);
        var log = Console.Out;
        var counts = CountSpellings(files, model, log);
        // Most frequent first; ties in spelling order, so a rebuild writes the same file.
        var kept = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(types).Select(p => p.Key).ToList();
        var analyzer = new TrainedWordAnalyzer(model);
        var entries = new List<(string, WordAnalysis)>(kept.Count);
        foreach (var word in kept)
        {
            var analysis = analyzer.Analyze(word);
            if (SegmenterVocabulary.CanHold(word, analysis)) entries.Add((word, analysis));
        }
        var directory = Path.GetDirectoryName(outPath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using (var stream = File.Create(outPath)) SegmenterVocabulary.Write(stream, model, entries);
        long tokens = kept.Sum(w => (long)counts[w]), all = counts.Values.Sum(c => (long)c);
        log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes): {entries.Count:N0} words of {counts.Count:N0} candidates, " +
            $"{(double)tokens / Math.Max(1, all):P1} of their tokens");
        return 0;
    }

    /// <summary>
    /// How often each spelling the vocabulary could hold occurs as a token (as the pipeline's tokenizer cuts them):
    /// plain Arabic words short enough to pack whole, which the model has not memorized (those it answers at once).
    /// </summary>
    private static Dictionary<string, int> CountSpellings(IReadOnlyList<string> files, SegmenterModel model, TextWriter log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new CorpusReader(new ReaderOptions());
        var tokenizer = new TokenizerStage();
        int documents = 0;
        foreach (var file in files)
        {
            foreach (var input in reader.ReadFile(file))
            {
                if (input.IsError || string.IsNullOrEmpty(input.Text)) continue;
                documents++;
                var document = tokenizer.Process(new AnalyzedDocument(input.Text));
                foreach (var token in document.Tokens)
                {
                    var word = input.Text.AsSpan(token.Start, token.Span.Length);
                    if (word.Length > SegmenterVocabulary.MaxWordLength || !ArabicWordText.IsArabicWord(word) || ArabicWordText.ContainsMark(word)) continue;
                    if (lookup.TryGetValue(word, out int seen)) lookup[word] = seen + 1;
                    else if (!model.Memorized.ContainsKey(word.ToString())) lookup[word] = 1;
                }
            }
        }
        log.WriteLine($"corpus: {files.Count} files, {documents:N0} documents, {counts.Count:N0} distinct plain Arabic words");
        return counts;
    }
}
