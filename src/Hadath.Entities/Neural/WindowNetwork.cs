using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Entities.Neural;

/// <summary>
/// A window tagger in the manner of Collobert et al. (2011): each word of a five-word window becomes a vector
/// (pretrained skip-gram part, fixed, plus the sum of its learned sparse-feature embeddings), a tanh hidden layer
/// reads the five, and a softmax gives the 17 BIOES label posteriors of the middle word. Small on purpose: its
/// posteriors are features of the perceptron's second pass, which learns how far to trust them.
/// The first layer is linear in each window position, so tagging caches W_p·x(word) per word type
/// (<see cref="Project"/>) and a token then costs five vector additions, a tanh and a 17×H product.
/// </summary>
internal sealed class WindowNetwork
{
    public const int Window = 5;
    public const int Labels = EntityLabels.Count;

    public WindowNetwork(int vectorDimensions, int sparseDimensions, int sparseBuckets, int hidden)
    {
        VectorDimensions = vectorDimensions;
        SparseDimensions = sparseDimensions;
        SparseBuckets = sparseBuckets;
        Hidden = hidden;
        Sparse = new float[sparseBuckets * sparseDimensions];
        W1 = new float[Window * hidden * Input];
        B1 = new float[hidden];
        W2 = new float[Labels * hidden];
        B2 = new float[Labels];
    }

    public int VectorDimensions { get; }
    public int SparseDimensions { get; }
    public int SparseBuckets { get; }
    public int Hidden { get; }
    public int Input => VectorDimensions + SparseDimensions;

    /// <summary>Sparse-feature embeddings, <see cref="SparseDimensions"/> per bucket.</summary>
    public float[] Sparse { get; }

    /// <summary>First layer: position p, hidden unit h, input d at <c>(p·Hidden + h)·Input + d</c>.</summary>
    public float[] W1 { get; }
    public float[] B1 { get; }

    /// <summary>Output layer: label l, hidden unit h at <c>l·Hidden + h</c>.</summary>
    public float[] W2 { get; }
    public float[] B2 { get; }

    /// <summary>Uniform Glorot-style initial weights from a seeded generator (sparse embeddings small).</summary>
    public void Initialize(int seed)
    {
        ulong state = (ulong)seed * 0x9E3779B97F4A7C15UL + 17;
        float Uniform(float scale) => ((float)(SplitMix.Next(ref state) >> 40) / (1 << 24) * 2 - 1) * scale;
        for (int i = 0; i < Sparse.Length; i++) Sparse[i] = Uniform(0.1f);
        float s1 = MathF.Sqrt(6f / (Window * Input + Hidden));
        for (int i = 0; i < W1.Length; i++) W1[i] = Uniform(s1);
        float s2 = MathF.Sqrt(6f / (Hidden + Labels));
        for (int i = 0; i < W2.Length; i++) W2[i] = Uniform(s2);
    }

    /// <summary>
    /// The input vector x(word): its pretrained vector (zeros when it has none) and the sum of its sparse embeddings,
    /// without the first <paramref name="skip"/> of them (training leaves out a word's identity features at times).
    /// </summary>
    public void Represent(WordCode code, float[] vectors, Span<float> x, int skip = 0)
    {
        x.Clear();
        if (code.Vector >= 0) vectors.AsSpan(code.Vector * VectorDimensions, VectorDimensions).CopyTo(x);
        var sparse = x[VectorDimensions..];
        for (int k = skip; k < code.Sparse.Length; k++) VectorMath.AddScaled(sparse, Sparse.AsSpan(code.Sparse[k] * SparseDimensions, SparseDimensions), 1f);
    }

    /// <summary>W_p·x for every window position p (Window × Hidden floats): what a word adds to the hidden layer from each position.</summary>
    public void Project(ReadOnlySpan<float> x, Span<float> projection)
    {
        for (int p = 0; p < Window; p++)
        {
            for (int h = 0; h < Hidden; h++) projection[p * Hidden + h] = VectorMath.Dot(W1.AsSpan((p * Hidden + h) * Input, Input), x);
        }
    }

    /// <summary>Hidden activations and posteriors of word i from its window's projections (<paramref name="projections"/>: entry j+2 is word j, two padding entries each side).</summary>
    public void FromProjections(float[][] projections, int i, Span<float> hidden, Span<float> posteriors)
    {
        B1.AsSpan().CopyTo(hidden);
        for (int p = 0; p < Window; p++) VectorMath.AddScaled(hidden, projections[i + p].AsSpan(p * Hidden, Hidden), 1f);
        for (int h = 0; h < Hidden; h++) hidden[h] = MathF.Tanh(hidden[h]);
        Output(hidden, posteriors);
    }

    /// <summary>Hidden activations and posteriors of token i from the input vectors of its sentence (<paramref name="inputs"/>: row j+2 is word j; rows 0, 1 and the last two are padding).</summary>
    public void Forward(float[] inputs, int i, Span<float> hidden, Span<float> posteriors)
    {
        for (int h = 0; h < Hidden; h++)
        {
            float a = B1[h];
            for (int p = 0; p < Window; p++) a += VectorMath.Dot(W1.AsSpan((p * Hidden + h) * Input, Input), inputs.AsSpan((i + p) * Input, Input));
            hidden[h] = MathF.Tanh(a);
        }
        Output(hidden, posteriors);
    }

    private void Output(ReadOnlySpan<float> hidden, Span<float> posteriors)
    {
        float max = float.NegativeInfinity;
        for (int l = 0; l < Labels; l++)
        {
            posteriors[l] = B2[l] + VectorMath.Dot(W2.AsSpan(l * Hidden, Hidden), hidden);
            max = Math.Max(max, posteriors[l]);
        }
        float sum = 0;
        for (int l = 0; l < Labels; l++) sum += posteriors[l] = MathF.Exp(posteriors[l] - max);
        for (int l = 0; l < Labels; l++) posteriors[l] /= sum;
    }

    /// <summary>
    /// One SGD step on the cross-entropy of token i's gold label: updates both layers at once, and adds the gradient
    /// of the loss with respect to each window word's sparse part to <paramref name="inputGradients"/> (same rows as
    /// <paramref name="inputs"/>, <see cref="SparseDimensions"/> floats each), for <see cref="ApplySparse"/> after the sentence.
    /// <paramref name="mask"/> (inverted dropout, already applied to <paramref name="hidden"/>) may be empty.
    /// Every gradient is taken before the weights it passes through are changed.
    /// </summary>
    public void Backward(float[] inputs, int i, int gold, ReadOnlySpan<float> hidden, ReadOnlySpan<float> posteriors, ReadOnlySpan<float> mask,
        float rate, float[] inputGradients, Span<float> scratch)
    {
        var dHidden = scratch[..Hidden];
        dHidden.Clear();
        for (int l = 0; l < Labels; l++)
        {
            float dz = posteriors[l] - (l == gold ? 1f : 0f);
            var row = W2.AsSpan(l * Hidden, Hidden);
            VectorMath.AddScaled(dHidden, row, dz);
            VectorMath.AddScaled(row, hidden, -rate * dz);
            B2[l] -= rate * dz;
        }
        for (int h = 0; h < Hidden; h++)
        {
            // hidden is tanh(a)·mask/keep; d tanh = 1 − tanh², and the mask scales the path through the unit.
            float scale = mask.IsEmpty ? 1f : mask[h];
            float t = scale == 0 ? 0 : hidden[h] / scale;
            float da = dHidden[h] * scale * (1 - t * t);
            if (da == 0) continue;
            B1[h] -= rate * da;
            for (int p = 0; p < Window; p++)
            {
                var row = W1.AsSpan((p * Hidden + h) * Input, Input);
                var x = inputs.AsSpan((i + p) * Input, Input);
                VectorMath.AddScaled(inputGradients.AsSpan((i + p) * SparseDimensions, SparseDimensions), row[VectorDimensions..], da);
                VectorMath.AddScaled(row, x, -rate * da);
            }
        }
    }

    /// <summary>Moves each sparse embedding of a word against the gradient its sum received.</summary>
    public void ApplySparse(WordCode code, ReadOnlySpan<float> gradient, float rate, int skip = 0)
    {
        for (int k = skip; k < code.Sparse.Length; k++) VectorMath.AddScaled(Sparse.AsSpan(code.Sparse[k] * SparseDimensions, SparseDimensions), gradient, -rate);
    }
}

/// <summary>SplitMix64: a fixed generator, so training depends only on the seed.</summary>
internal static class SplitMix
{
    public static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A float in [0, 1).</summary>
    public static float NextFloat(ref ulong state) => (Next(ref state) >> 40) / (float)(1 << 24);
}
