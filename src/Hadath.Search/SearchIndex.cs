using System.Diagnostics;
using Hadath.Search.Analysis;
using Hadath.Search.Facets;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Hadath.Search;

/// <summary>
/// The Lucene index of the corpus, in a folder beside the store. Adding a story with an id already indexed
/// replaces it, so re-ingesting is harmless. Searches see what this instance committed at once, and what another
/// process committed a second or so later (a refresh runs in the background); the writer is opened on first write
/// (one process writes, any number read).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly ArabicSearchAnalyzer _analyzer = new();
    private readonly FacetCache _facetCache = new();
    private readonly System.Threading.Lock _lock = new();
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _lastRefresh = long.MinValue / 2;

    /// <summary>How long another process's commit may stay unseen by searches here.</summary>
    private const long RefreshIntervalMs = 1000;

    public SearchIndex(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(Path);
        _directory = FSDirectory.Open(Path);
    }

    public string Path { get; }

    /// <summary>Adds or replaces stories; they become searchable after <see cref="Commit"/>, not before.</summary>
    public void Add(IEnumerable<IndexedDocument> documents)
    {
        var writer = Writer();
        foreach (var doc in documents)
        {
            writer.UpdateDocument(new Term(IndexFields.Id, doc.Id), ToLucene(doc));
        }
    }

    public void Delete(string id) => Writer().DeleteDocuments(new Term(IndexFields.Id, id));

    public void Commit()
    {
        lock (_lock)
        {
            _writer?.Commit();
        }
        // Blocking: a background refresh already running may have started before this commit. Without searchers
        // (nothing has searched: an ingest) no reader is opened or warmed.
        _searchers?.MaybeRefreshBlocking();
    }

    /// <summary>Number of stories in the committed index.</summary>
    public int Count()
    {
        var searcher = AcquireOrNull(out var manager);
        if (searcher is null) return 0;
        try { return searcher.IndexReader.NumDocs; }
        finally { manager!.Release(searcher); }
    }

    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var searcher = AcquireOrNull(out var manager);
        if (searcher is null) return new SearchResult(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), 0);
        try
        {
            var textQuery = QueryBuilder.Build(_analyzer, request.Query);
            var query = QueryBuilder.Filters(textQuery, request);
            int limit = Math.Clamp(request.Limit, 0, 200);
            int offset = Math.Max(0, request.Offset);
            bool byDate = textQuery is null || string.Equals(request.Sort, "date", StringComparison.OrdinalIgnoreCase);
            int wanted = Math.Max(1, offset + limit);
            ITopDocsCollector top = byDate
                ? TopFieldCollector.Create(new Sort(new SortField(IndexFields.DateSort, SortFieldType.STRING, true)), wanted, true, false, false, false)
                : TopScoreDocCollector.Create(wanted, true);
            var facets = request.Facets ? new FacetCollector(_facetCache.For(searcher.IndexReader)) : null;
            searcher.Search(query, facets is null ? top : MultiCollector.Wrap(top, facets));
            var docs = top.GetTopDocs(offset, limit);
            var forms = textQuery is null || !request.Snippets ? null
                : new SnippetMaker.QueryForms(QueryBuilder.Positions(_analyzer, request.Query!.Replace('"', ' ')).SelectMany(p => p));
            var hits = new List<SearchHit>(docs.ScoreDocs.Length);
            var packedByLeaf = new Dictionary<int, BinaryDocValues?>();
            foreach (var scoreDoc in docs.ScoreDocs)
            {
                var stored = HitFields.Read(searcher, scoreDoc.Doc, request.Snippets, packedByLeaf);
                var (snippet, highlights) = request.Snippets ? SnippetMaker.Make(forms, stored.Text ?? "") : ("", []);
                hits.Add(new SearchHit(stored.Id, stored.Title, stored.Date, stored.Source, snippet, highlights,
                    float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score));
            }
            var facetValues = facets?.Results(15) ?? new Dictionary<string, IReadOnlyList<FacetValue>>();
            return new SearchResult(top.TotalHits, hits, facetValues, clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            manager!.Release(searcher);
        }
    }

    private static Document ToLucene(IndexedDocument doc)
    {
        var fields = new Document
        {
            new StringField(IndexFields.Id, doc.Id, Field.Store.YES),
            // The text is kept once, packed with the other fields a hit shows, not as a stored field.
            new TextField(IndexFields.Text, doc.Text, Field.Store.NO),
            new BinaryDocValuesField(IndexFields.Hit, HitFields.Pack(doc)),
        };
        if (doc.Title is not null) fields.Add(new TextField(IndexFields.Title, doc.Title, Field.Store.YES));
        if (doc.Date is not null)
        {
            fields.Add(new StringField(IndexFields.Date, doc.Date, Field.Store.YES));
            fields.Add(new SortedDocValuesField(IndexFields.DateSort, new BytesRef(doc.Date)));
            if (doc.Date.Length >= 7) fields.Add(new SortedDocValuesField(IndexFields.MonthFacet, new BytesRef(doc.Date[..7])));
        }
        if (doc.Source is not null)
        {
            fields.Add(new StringField(IndexFields.Source, doc.Source, Field.Store.YES));
            fields.Add(new SortedDocValuesField(IndexFields.SourceFacet, new BytesRef(doc.Source)));
        }
        foreach (var entity in doc.Entities.Distinct(StringComparer.Ordinal))
        {
            fields.Add(new StringField(IndexFields.Entity, entity, Field.Store.NO));
            fields.Add(new SortedSetDocValuesField(IndexFields.EntityFacet, new BytesRef(entity)));
        }
        foreach (var code in doc.EventCodes.Distinct(StringComparer.Ordinal))
        {
            fields.Add(new StringField(IndexFields.Event, code, Field.Store.NO));
        }
        foreach (var root in doc.EventCodes.Where(c => c.Length >= 2).Select(c => c[..2]).Distinct(StringComparer.Ordinal))
        {
            fields.Add(new SortedSetDocValuesField(IndexFields.EventRootFacet, new BytesRef(root)));
        }
        return fields;
    }

    private IndexWriter Writer()
    {
        lock (_lock)
        {
            if (_writer is null)
            {
                var config = new IndexWriterConfig(ArabicSearchAnalyzer.Version, _analyzer)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 64,
                };
                // Searches keep reading commits from the folder: a manager tied to the writer would open near-real-time
                // readers, and its refreshes (every second while searches run) would show, and warm facets for,
                // stories added but not committed, flushing the writer into a small segment each time.
                _writer = new IndexWriter(_directory, config);
            }
            return _writer;
        }
    }

    private IndexSearcher? AcquireOrNull(out SearcherManager? manager)
    {
        lock (_lock)
        {
            if (_searchers is null)
            {
                if (!DirectoryReader.IndexExists(_directory)) { manager = null; return null; }
                _searchers = new SearcherManager(_directory, new WarmingSearcherFactory(_facetCache));
            }
            manager = _searchers;
        }
        // Another process (an ingest) may have committed since. Checking lists the index folder and reads its
        // segments file (about 2 ms), and a new reader is warmed (facet ordinals of its new segments), so the
        // check runs at most once per RefreshInterval and off the request: this search uses the searcher at hand.
        // This process's own commits refresh at once (Commit).
        long now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastRefresh) >= RefreshIntervalMs)
        {
            Interlocked.Exchange(ref _lastRefresh, now);
            ThreadPool.QueueUserWorkItem(static m => RefreshQuietly(m), manager, preferLocal: false);
        }
        return manager.Acquire();
    }

    /// <summary>
    /// The reader the next search gets (no background refresh started), and whether its facet ordinals are already
    /// built, for tests: a search must never be the one that pays for them.
    /// </summary>
    internal (int Documents, bool FacetsWarm)? Current()
    {
        SearcherManager? manager;
        lock (_lock) manager = _searchers;
        if (manager is null) return null;
        var searcher = manager.Acquire();
        try { return (searcher.IndexReader.NumDocs, _facetCache.IsWarm(searcher.IndexReader)); }
        finally { manager.Release(searcher); }
    }

    /// <summary>Sees another process's commits now, as the background refresh would within a second (tests).</summary>
    internal void RefreshNow()
    {
        SearcherManager? manager;
        lock (_lock) manager = _searchers;
        manager?.MaybeRefreshBlocking();
    }

    private static void RefreshQuietly(SearcherManager manager)
    {
        try
        {
            manager.MaybeRefresh();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or IOException)
        {
            // Closed while the check was queued (or its writer opened), or files changing under a concurrent
            // commit: a background thread must not take the server down; the next search tries again.
        }
    }

    /// <summary>Builds a new reader's facet ordinals when the reader opens, not on the first search that needs them.</summary>
    private sealed class WarmingSearcherFactory(FacetCache facets) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            facets.For(reader);
            return new IndexSearcher(reader);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }
}
