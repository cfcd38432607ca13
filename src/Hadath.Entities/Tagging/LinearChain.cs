using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hadath.Entities.Tagging;

/// <summary>One trained pass of the tagger: feature rows, their weights per label, and label transitions.</summary>
internal sealed class LinearChain
{
    public LinearChain(FeatureTable table, float[] weights, float[] transitions)
    {
        if (weights.Length != table.Count * EntityLabels.Count) throw new ArgumentException("weights do not match the feature table");
        if (transitions.Length != Viterbi.TransitionSize) throw new ArgumentException("bad transition matrix size");
        Table = table;
        Weights = weights;
        Transitions = transitions;
    }

    public FeatureTable Table { get; }
    public float[] Weights { get; }
    public float[] Transitions { get; }

    /// <summary>Labels the words whose features <paramref name="extract"/> fills in.</summary>
    [SkipLocalsInit]   // rows and emissions are written in full before they are read
    public int[] Decode(List<ulong> keys, int[] starts, int count)
    {
        var emissions = count * EntityLabels.Count <= 8192 ? stackalloc float[count * EntityLabels.Count] : new float[count * EntityLabels.Count];
        FillEmissions(keys, starts, count, emissions);
        var labels = new int[count];
        Viterbi.Decode(emissions, Transitions, labels);
        return labels;
    }

    /// <summary>The label scores (count × labels) of the words whose features are in <paramref name="keys"/>.</summary>
    public float[] Emissions(List<ulong> keys, int[] starts, int count)
    {
        var emissions = new float[count * EntityLabels.Count];
        FillEmissions(keys, starts, count, emissions);
        return emissions;
    }

    [SkipLocalsInit]   // rows are written in full before they are read
    private void FillEmissions(List<ulong> keys, int[] starts, int count, Span<float> emissions)
    {
        var rows = keys.Count <= 4096 ? stackalloc int[keys.Count] : new int[keys.Count];
        Table.FindAll(CollectionsMarshal.AsSpan(keys), rows);
        Viterbi.Emissions(Weights, rows, starts.AsSpan(0, count + 1), emissions);
    }
}
