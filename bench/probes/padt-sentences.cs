#:project ../../src/Hadath.Arabic/Hadath.Arabic.csproj
// Sentence-boundary precision/recall against PADT: surface tokens of 20 consecutive PADT sentences joined by
// single spaces (so headline line breaks are gone: misses before an agency dateline are counted apart).
// dotnet run bench/probes/padt-sentences.cs -- /work/shared/data/ud/padt/ar_padt-ud-dev.txt
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

var path = args.Length > 0 ? args[0] : "../shared/data/ud/padt/ar_padt-ud-dev.txt";
var lines = File.ReadLines(path).Select(SurfaceOnly).ToList();
int tp = 0, fp = 0, fn = 0, beforeDateline = 0;
for (int c = 0; c < lines.Count; c += 20)
{
    var gold = new HashSet<int>();
    var sb = new System.Text.StringBuilder();
    foreach (var l in lines.Skip(c).Take(20))
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(l);
        gold.Add(sb.Length);
    }
    var text = sb.ToString();
    var doc = new SentenceSplitterStage().Process(new TokenizerStage().Process(new AnalyzedDocument(text)));
    var ours = doc.Sentences.Select(s => s.End).ToHashSet();
    tp += ours.Count(gold.Contains);
    fp += ours.Count(e => !gold.Contains(e));
    foreach (var e in gold.Where(e => !ours.Contains(e)))
    {
        fn++;
        if (text.AsSpan(e, Math.Min(45, text.Length - e)).IndexOf(" ب ) -") >= 0) beforeDateline++;
    }
}
Console.WriteLine($"precision {100.0 * tp / (tp + fp):F1}%  recall {100.0 * tp / (tp + fn):F1}%  (tp {tp}, fp {fp}, fn {fn}; " +
    $"{beforeDateline} misses are headline→dateline joins; recall without them {100.0 * tp / (tp + fn - beforeDateline):F1}%)");

// PADT lines list a multiword token and then its parts; keep the surface token, drop the parts.
static string SurfaceOnly(string line)
{
    var cols = line.Split('\t');
    var words = cols[0].Split(' ');
    var tags = cols.Length > 1 ? cols[1].Split(' ') : [];
    var kept = new List<string>();
    for (int i = 0; i < words.Length; i++)
    {
        kept.Add(words[i]);
        if (i >= tags.Length || tags[i] != "_") continue;
        int surfaceLength = words[i].Length, covered = 0;
        while (i + 1 < words.Length && covered < surfaceLength) covered += words[++i].Length;
    }
    return string.Join(' ', kept);
}
