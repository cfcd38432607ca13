using Hadath.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hadath.Search;

/// <summary>
/// Turns what a user types into a Lucene query: every word must match (in the title or the text) under any of
/// its forms, the exact form weighing more; "quoted words" must appear together as a phrase.
/// </summary>
internal static class QueryBuilder
{
    private const float TitleBoost = 2f;
    private const float ExactFormBoost = 2f;

    public static Query? Build(Analyzer analyzer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var query = new BooleanQuery();
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            var positions = Positions(analyzer, parts[i]);
            if (positions.Count == 0) continue;
            bool quoted = i % 2 == 1 && positions.Count > 1;
            if (quoted)
            {
                var phrase = new BooleanQuery
                {
                    { Phrase(IndexFields.Text, positions), Occur.SHOULD },
                    { Boosted(Phrase(IndexFields.Title, positions), TitleBoost), Occur.SHOULD },
                };
                query.Add(phrase, Occur.MUST);
                continue;
            }
            foreach (var forms in positions)
            {
                var word = new BooleanQuery();
                for (int f = 0; f < forms.Count; f++)
                {
                    float boost = f == 0 ? ExactFormBoost : 1f;
                    word.Add(Boosted(new TermQuery(new Term(IndexFields.Text, forms[f])), boost), Occur.SHOULD);
                    word.Add(Boosted(new TermQuery(new Term(IndexFields.Title, forms[f])), boost * TitleBoost), Occur.SHOULD);
                }
                query.Add(word, Occur.MUST);
            }
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The analyzed words of <paramref name="text"/>, each with its stacked forms (exact form first).</summary>
    public static List<List<string>> Positions(Analyzer analyzer, string text)
    {
        var positions = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0) positions.Add([]);
            positions[^1].Add(term.ToString());
        }
        stream.End();
        return positions;
    }

    private static MultiPhraseQuery Phrase(string field, List<List<string>> positions)
    {
        var phrase = new MultiPhraseQuery();
        foreach (var forms in positions)
        {
            phrase.Add(forms.Select(f => new Term(field, f)).ToArray());
        }
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    public static Query Filters(Query? main, SearchRequest request)
    {
        var query = new BooleanQuery { { main ?? new MatchAllDocsQuery(), Occur.MUST } };
        void Filter(Query filter) => query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.From) || !string.IsNullOrWhiteSpace(request.To))
        {
            Filter(TermRangeQuery.NewStringRange(IndexFields.Date, Blank(request.From), Blank(request.To), true, true));
        }
        if (!string.IsNullOrWhiteSpace(request.Source)) Filter(new TermQuery(new Term(IndexFields.Source, request.Source.Trim())));
        if (!string.IsNullOrWhiteSpace(request.Entity)) Filter(new TermQuery(new Term(IndexFields.Entity, request.Entity.Trim())));
        if (!string.IsNullOrWhiteSpace(request.EventCode)) Filter(new PrefixQuery(new Term(IndexFields.Event, request.EventCode.Trim())));
        return query.Clauses.Count == 1 ? main ?? new MatchAllDocsQuery() : query;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
