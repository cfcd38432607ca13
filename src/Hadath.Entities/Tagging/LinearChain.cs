using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hadath.Entities.Tagging;

/// <summary>
/// One trained pass of the tagger: feature rows, their weights per label, and label transitions. A pass read from a
/// model file keeps its weights where loading put them (half precision as stored, or the model's joint table) and
/// makes its own lookup table and float weights on first use: tagging reads the model's <see cref="JointFeatureTable"/>,
/// so loading builds neither.
/// </summary>
internal sealed class LinearChain
{
    private FeatureTable? _table;
    private float[]? _weights;
    private readonly Half[]? _stored;
    private readonly JointFeatureTable? _joint;
    private readonly int _pass;

    public LinearChain(FeatureTable table, float[] weights, float[] transitions)
        : this(table.Keys, transitions, weights.Length)
    {
        _table = table;
        _weights = weights;
    }

    /// <summary>A pass as a model file stores it: its keys in row order and its weights in half precision.</summary>
    public LinearChain(ulong[] keys, Half[] weights, float[] transitions)
        : this(keys, transitions, weights.Length)
    {
        _stored = weights;
    }

    /// <summary>A pass whose weights live in a joint table (pass 0 or 1 of its rows), as a model file of version 7 is read.</summary>
    public LinearChain(ulong[] keys, float[] transitions, JointFeatureTable joint, int pass)
        : this(keys, transitions, keys.Length * EntityLabels.Count)
    {
        _joint = joint;
        _pass = pass;
    }

    private LinearChain(ulong[] keys, float[] transitions, int weightCount)
    {
        if (weightCount != keys.Length * EntityLabels.Count) throw new ArgumentException("weights do not match the feature table");
        if (transitions.Length != Viterbi.TransitionSize) throw new ArgumentException("bad transition matrix size");
        Keys = keys;
        Transitions = transitions;
    }

    /// <summary>The feature keys in row order.</summary>
    public ulong[] Keys { get; }

    /// <summary>Feature rows.</summary>
    public int Count => Keys.Length;

    public FeatureTable Table => _table ?? Interlocked.CompareExchange(ref _table, new FeatureTable(Keys), null) ?? _table;

    /// <summary>Row r's weights at [r × labels, (r + 1) × labels).</summary>
    public float[] Weights => _weights ?? Interlocked.CompareExchange(ref _weights, MakeWeights(), null) ?? _weights;

    public float[] Transitions { get; }

    private Viterbi.PreparedTransitions? _prepared;

    /// <summary>The transitions laid out for decoding (made on first use; a pass's transitions never change once it is made).</summary>
    public Viterbi.PreparedTransitions PreparedTransitions =>
        _prepared ?? Interlocked.CompareExchange(ref _prepared, new Viterbi.PreparedTransitions(Transitions), null) ?? _prepared;

    /// <summary>Row <paramref name="row"/>'s weights into <paramref name="destination"/> (labels floats), without widening the whole pass.</summary>
    public void CopyRow(int row, Span<float> destination)
    {
        if (_weights is { } weights)
        {
            weights.AsSpan(row * EntityLabels.Count, EntityLabels.Count).CopyTo(destination);
            return;
        }
        if (_joint is not null)
        {
            _joint.CopyRow(_joint.Find(Keys[row]), _pass, destination);
            return;
        }
        var stored = _stored.AsSpan(row * EntityLabels.Count, EntityLabels.Count);
        for (int l = 0; l < stored.Length; l++) destination[l] = (float)stored[l];
    }

    private float[] MakeWeights()
    {
        var weights = new float[Keys.Length * EntityLabels.Count];
        for (int r = 0; r < Keys.Length; r++) CopyRow(r, weights.AsSpan(r * EntityLabels.Count, EntityLabels.Count));
        return weights;
    }

    /// <summary>Labels the words whose features <paramref name="extract"/> fills in.</summary>
    [SkipLocalsInit]   // rows and emissions are written in full before they are read
    public int[] Decode(List<ulong> keys, int[] starts, int count)
    {
        var emissions = count * EntityLabels.Count <= 8192 ? stackalloc float[count * EntityLabels.Count] : new float[count * EntityLabels.Count];
        FillEmissions(keys, starts, count, emissions);
        var labels = new int[count];
        Viterbi.Decode(emissions, PreparedTransitions, labels);
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
