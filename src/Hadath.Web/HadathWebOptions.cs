using Hadath.Core;
using Hadath.Search;
using Hadath.Store;

namespace Hadath.Web;

/// <summary>What the server works with; the CLI builds it from <c>--db</c>, <c>--index</c> and <c>--api-key</c>.</summary>
public sealed record HadathWebOptions(IDocumentStore Store, SearchIndex? Index, Pipeline Pipeline)
{
    /// <summary>Required by write endpoints (ingest, delete); when null they are refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest text <c>POST /api/v1/analyze</c> accepts, in UTF-16 code units.</summary>
    public int MaxAnalyzeChars { get; init; } = 1_000_000;
}
