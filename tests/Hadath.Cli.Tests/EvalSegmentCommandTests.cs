using System.CommandLine;
using Hadath.Cli.Commands;

namespace Hadath.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class EvalSegmentCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hadath-eval-seg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private int Eval(string padt, double baselineF1)
    {
        var data = Path.Combine(_dir, "gold.txt");
        File.WriteAllText(data, padt);
        var baseline = Path.Combine(_dir, "metrics.json");
        File.WriteAllText(baseline, $"{{\"f1\": {baselineF1.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}");
        var root = new RootCommand { EvalSegmentCommand.Create() };
        var output = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null);
            return root.Parse(["segment", data, "--baseline", baseline]).Invoke();
        }
        finally
        {
            Console.SetOut(output);
        }
    }

    [Fact]
    public void test_eval_segment_passes_at_the_baseline()
    {
        Assert.Equal(0, Eval("وبانه و ب أن ه قال\t_ CCONJ ADP SCONJ PRON VERB\n", 100.0));
    }

    [Fact]
    public void test_eval_segment_exits_3_when_f1_falls_below_the_baseline()
    {
        // Gold that no segmenter would produce (وزير split as و+زير) drives F1 far below a perfect baseline.
        Assert.Equal(3, Eval("وزير و زير قال\t_ CCONJ NOUN VERB\n", 100.0));
    }

    [Fact]
    public void test_eval_segment_reports_a_malformed_file()
    {
        Assert.Equal(2, Eval("وزير قال\tNOUN\n", 100.0));
    }
}
