using Hadath.Entities;

namespace Hadath.Entities.Tests;

/// <summary>The embedded model, loaded once for all tests (loading is the slow part).</summary>
internal static class ShippedModel
{
    private static readonly Lazy<NerModel> Model = new(NerModel.LoadEmbedded);

    public static NerModel Instance => Model.Value;
}
