using System.Numerics;

namespace Hadath.Entities.Training;

/// <summary>The dense-vector arithmetic the unsupervised word-vector trainers share (SIMD where the CPU has it).</summary>
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int d = 0;
        for (; d <= a.Length - Vector<float>.Count; d += Vector<float>.Count)
        {
            sum += new Vector<float>(a[d..]) * new Vector<float>(b[d..]);
        }
        float result = Vector.Sum(sum);
        for (; d < a.Length; d++) result += a[d] * b[d];
        return result;
    }

    /// <summary><paramref name="target"/> += <paramref name="scale"/> × <paramref name="source"/>.</summary>
    public static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        int d = 0;
        var s = new Vector<float>(scale);
        for (; d <= target.Length - Vector<float>.Count; d += Vector<float>.Count)
        {
            (new Vector<float>(target[d..]) + new Vector<float>(source[d..]) * s).CopyTo(target[d..]);
        }
        for (; d < target.Length; d++) target[d] += source[d] * scale;
    }
}
