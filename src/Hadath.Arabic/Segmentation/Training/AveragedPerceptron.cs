namespace Hadath.Arabic.Segmentation.Training;

/// <summary>A ranking perceptron over hashed features, averaged (the lazy-update trick) to generalise better.</summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, float> _weights = new();
    private readonly Dictionary<ulong, float> _sums = new();
    private int _step = 1;

    public float Score(ulong[] features)
    {
        float s = 0;
        foreach (var f in features) s += _weights.GetValueOrDefault(f);
        return s;
    }

    /// <summary>Trains on one example; returns whether the current weights already ranked the gold first.</summary>
    public bool Learn(ulong[][] candidates, int gold)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int i = 0; i < candidates.Length; i++)
        {
            float s = Score(candidates[i]);
            if (s > bestScore) { bestScore = s; best = i; }
        }
        if (best != gold)
        {
            Update(candidates[gold], +1);
            Update(candidates[best], -1);
        }
        _step++;
        return best == gold;
    }

    private void Update(ulong[] features, float delta)
    {
        foreach (var f in features)
        {
            _weights[f] = _weights.GetValueOrDefault(f) + delta;
            _sums[f] = _sums.GetValueOrDefault(f) + _step * delta;
        }
    }

    public Dictionary<ulong, float> Averaged()
    {
        var averaged = new Dictionary<ulong, float>(_weights.Count);
        foreach (var (f, w) in _weights)
        {
            float a = w - _sums[f] / _step;
            if (Math.Abs(a) > 1e-6f) averaged[f] = a;
        }
        return averaged;
    }
}
