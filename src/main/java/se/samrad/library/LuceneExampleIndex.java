package se.samrad.library;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The library's index in Lucene, in the directory {@code samrad.library.index-dir}. Near-real-time: every change
 * is committed and a {@link SearcherManager} over the writer is refreshed before the call returns. An index that
 * cannot be opened (missing, damaged, another format) is emptied; {@link LibraryIndexer} then rebuilds it.
 */
@Singleton
class LuceneExampleIndex implements ExampleIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneExampleIndex.class);
    private static final int MAX_WINDOW = 10_000;
    private static final int SNIPPET_LENGTH = 240;
    private static final List<String> MULTI_VALUED = List.of("goal", "target", "dimension", "year");

    private final Path path;
    private final Analyzer indexAnalyzer = LibraryAnalyzers.forIndex();
    private final QuerySynonyms synonyms;
    private final FacetsConfig facets = new FacetsConfig();
    private final ExampleDocuments documents = new ExampleDocuments(facets);
    private final Map<String, Float> weights = new LinkedHashMap<>();
    private final String[] similarFields;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean openedCleanly;
    private volatile FacetState facetState;
    private volatile SearchedFields searchedFields;
    private volatile BrowseCache browseCache;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    LuceneExampleIndex(String indexDir) {
        this(indexDir, new QuerySynonyms());
    }

    @jakarta.inject.Inject
    LuceneExampleIndex(@Value("${samrad.library.index-dir}") String indexDir, QuerySynonyms synonyms) {
        this.path = Path.of(indexDir).toAbsolutePath();
        this.synonyms = synonyms;
        MULTI_VALUED.forEach(dim -> facets.setMultiValued(dim, true));
        List<String> languages = new ArrayList<>(LibraryAnalyzers.LANGUAGES);
        languages.add("other");
        List<String> similar = new ArrayList<>();
        for (String lang : languages) {
            weights.put("title_" + lang, 3f);
            weights.put("body_" + lang, 1f);
            weights.put("extra_" + lang, 0.3f);
            weights.put("goals_" + lang, 0.5f);
            similar.add("title_" + lang);
            similar.add("body_" + lang);
        }
        weights.put("tags", 2f);
        weights.put("place", 1f);
        this.similarFields = similar.toArray(String[]::new);
        open();
    }

    /** Opens the index, or starts an empty one when what is on disk cannot be read. */
    private void open() {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                searchers = new SearcherManager(writer, null);
                IndexSearcher probe = searchers.acquire();
                try {
                    probe.search(new MatchAllDocsQuery(), 1);
                    String version = writer.getLiveCommitData() == null ? null : userData().get("analysis");
                    openedCleanly = probe.getIndexReader().numDocs() == 0 || LibraryAnalyzers.VERSION.equals(version);
                } finally {
                    searchers.release(probe);
                }
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                throw new IllegalStateException("The library index in " + path + " is in use by another server", e);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The library index in {} cannot be read ({}); starting an empty one to rebuild", path,
                        e.toString());
                closeQuietly();
                wipe();
                directory = FSDirectory.open(path);
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
                writer.commit();
                searchers = new SearcherManager(writer, null);
                openedCleanly = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the library index in " + path, e);
        }
    }

    private Map<String, String> userData() {
        Map<String, String> data = new LinkedHashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    @Override
    public boolean isCurrent(long publishedInDatabase) {
        return openedCleanly && size() == publishedInDatabase;
    }

    @Override
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void put(Collection<Doc> examples) {
        try {
            for (Doc doc : examples) {
                writer.updateDocument(idTerm(doc.id()), documents.document(doc));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(Collection<Long> ids) {
        try {
            for (long id : ids) {
                writer.deleteDocuments(idTerm(id));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized long rebuild(LongFunction<List<Doc>> source) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            writer.deleteAll();
            long count = 0;
            long after = 0;
            List<Future<?>> pending = new ArrayList<>();
            for (List<Doc> page = source.apply(after); !page.isEmpty(); page = source.apply(after)) {
                after = page.get(page.size() - 1).id();
                count += page.size();
                List<Doc> batch = page;
                pending.add(pool.submit(() -> {
                    for (Doc doc : batch) {
                        writer.addDocument(documents.document(doc));
                    }
                    return null;
                }));
                if (pending.size() > threads * 2) {
                    pending.remove(0).get();
                }
            }
            for (Future<?> future : pending) {
                future.get();
            }
            // One segment: facet counts need no ordinal map across segments, and searches visit one segment.
            writer.forceMerge(1);
            commit();
            openedCleanly = true;
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Rebuilding the library index failed", e.getCause());
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("analysis", LibraryAnalyzers.VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Term idTerm(long id) {
        return new Term("id", Long.toString(id));
    }

    @Override
    public Result search(ExampleIndex.Search query, Set<String> readerKeys) {
        return onSearchThread(() -> searchHere(query, readerKeys));
    }

    /**
     * Searches run on a pool of one platform thread per core. Requests arrive on a new virtual thread each, and
     * Lucene keeps each analyser's token streams per thread: on a fresh thread every query built them anew.
     * The pool also keeps no more searches running than there are cores.
     */
    private final ExecutorService searchPool = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("library-search-", 1).daemon(true).factory());

    private <T> T onSearchThread(java.util.concurrent.Callable<T> work) {
        if (Thread.currentThread().getName().startsWith("library-search-")) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return searchPool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while searching the library", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw se.samrad.platform.Futures.unwrapped(e.getCause());
        }
    }

    private Result searchHere(ExampleIndex.Search query, Set<String> readerKeys) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (query.text().isBlank()) {
                    return browse(searcher, query, readerKeys);
                }
                Map<String, Float> fields = LibraryQueryBuilder.favouring(searchedFields(searcher.getIndexReader()),
                        query.lang());
                return new LibraryFallbacks(searcher, synonyms.analyzer(), indexAnalyzer, fields,
                        new LibraryFallbacks.Runner() {
                            @Override
                            public Result run(Query text, boolean fuzzy, String suggestion) throws IOException {
                                return LuceneExampleIndex.this.run(searcher, text, query, readerKeys, fuzzy,
                                        suggestion);
                            }

                            @Override
                            public long visible(Query text) throws IOException {
                                return searcher.count(LuceneExampleIndex.visible(text, readerKeys));
                            }

                            @Override
                            public long filtered(Query text) throws IOException {
                                return searcher.count(drillDown(text, query, readerKeys));
                            }
                        }).search(query.text());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Browsing without words (the library's first page, facet filters alone) counts every example the reader
     * may see: the same answer for everyone with the same visibility keys until the index changes, so it is kept
     * per index reader. Each change (publishing, unpublishing, a rebuild) refreshes the reader, which starts an
     * empty cache: nothing is served from before the change, and keys, not users, decide what is shared.
     */
    private Result browse(IndexSearcher searcher, ExampleIndex.Search query, Set<String> readerKeys)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        BrowseCache cache = browseCache;
        if (cache == null || cache.reader() != reader) {
            cache = new BrowseCache(reader, new java.util.concurrent.ConcurrentHashMap<>());
            browseCache = cache;
        }
        BrowseKey key = new BrowseKey(Set.copyOf(readerKeys), Map.copyOf(query.filters()), query.sort(),
                query.page(), query.size(), query.lang());
        Result cached = cache.results().get(key);
        if (cached != null) {
            return cached;
        }
        Result result = run(searcher, new MatchAllDocsQuery(), query, readerKeys, false, null);
        result = new Result(result.total(), result.page(), result.size(), List.copyOf(result.hits()),
                List.copyOf(result.facets()), false, null);
        if (cache.results().size() < BROWSE_CACHE_ENTRIES) {
            cache.results().put(key, result);
        }
        return result;
    }

    private static final int BROWSE_CACHE_ENTRIES = 2_000;

    private record BrowseKey(Set<String> readerKeys, Map<String, List<String>> filters, Sort sort, int page, int size,
                             String lang) {
    }

    private record BrowseCache(IndexReader reader, Map<BrowseKey, Result> results) {
    }

    private static Query visible(Query text, Set<String> readerKeys) {
        return new BooleanQuery.Builder().add(text, Occur.MUST).add(visibility(readerKeys), Occur.FILTER).build();
    }

    /**
     * The weighted fields that the reader's index has (no Arabic field while no example is in Arabic, no
     * attachment text while there is none): each searched field costs analysis and a lookup per query word.
     */
    private Map<String, Float> searchedFields(IndexReader reader) {
        SearchedFields current = searchedFields;
        if (current != null && current.reader() == reader) {
            return current.weights();
        }
        Collection<String> indexed = org.apache.lucene.index.FieldInfos.getIndexedFields(reader);
        Map<String, Float> present = new LinkedHashMap<>();
        weights.forEach((field, weight) -> {
            if (indexed.contains(field)) {
                present.put(field, weight);
            }
        });
        Map<String, Float> chosen = present.isEmpty() ? weights : java.util.Collections.unmodifiableMap(present);
        searchedFields = new SearchedFields(reader, chosen);
        return chosen;
    }

    private record SearchedFields(IndexReader reader, Map<String, Float> weights) {
    }

    private static Query visibility(Set<String> readerKeys) {
        BooleanQuery.Builder keys = new BooleanQuery.Builder();
        readerKeys.forEach(key -> keys.add(new TermQuery(new Term("visible", key)), Occur.SHOULD));
        return keys.build();
    }

    /** The words, limited to what the reader may see and to the search's facet filters. */
    private DrillDownQuery drillDown(Query text, ExampleIndex.Search query, Set<String> readerKeys) {
        DrillDownQuery drill = new DrillDownQuery(facets, visible(text, readerKeys));
        query.filters().forEach((dimension, values) -> values.forEach(v -> drill.add(dimension, v)));
        return drill;
    }

    private Result run(IndexSearcher searcher, Query text, ExampleIndex.Search query, Set<String> readerKeys,
                       boolean fuzzy, String suggestion) throws IOException {
        DrillDownQuery drill = drillDown(text, query, readerKeys);
        int size = Math.max(1, query.size());
        int page = Math.max(1, query.page());
        int window = Math.min(page * size, MAX_WINDOW);
        FacetsCollectorManager manager = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult found = query.sort() == Sort.NEWEST
                ? FacetsCollectorManager.search(searcher, drill, window,
                new org.apache.lucene.search.Sort(new SortField("published", SortField.Type.LONG, true)), manager)
                : FacetsCollectorManager.search(searcher, drill, window, manager);
        TopDocs top = found.topDocs();
        FacetsCollector collector = found.facetsCollector();
        long total = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min((page - 1) * size, all.length);
        ScoreDoc[] pageDocs = java.util.Arrays.copyOfRange(all, from, all.length);
        List<Hit> hits = hits(searcher, pageDocs, text, query.lang(), query.text().isBlank());
        return new Result(total, page, size, hits, facetCounts(searcher, collector, query.filters()), fuzzy,
                suggestion);
    }

    private List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query text, String lang, boolean noText)
            throws IOException {
        Map<String, String[]> highlights = Map.of();
        if (!noText && docs.length > 0) {
            highlights = LibraryHighlights.of(searcher, indexAnalyzer, docs, text, lang);
        }
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc);
            Map<String, String> titles = prefixed(doc.getValues("titles"));
            Map<String, String> summaries = prefixed(doc.getValues("summaries"));
            String titleLang = pick(titles, lang, doc.get("lang"));
            String snippet = null;
            String snippetLang = titleLang;
            for (String candidate : preference(lang, doc.get("lang"))) {
                String[] values = highlights.get(LibraryAnalyzers.field("body", candidate));
                if (values != null && values[i] != null && !values[i].isBlank()) {
                    snippet = values[i];
                    snippetLang = candidate;
                    break;
                }
            }
            if (snippet == null) {
                snippet = escape(shorten(summaries.getOrDefault(titleLang, "")));
            }
            long published = doc.getField("published").numericValue().longValue();
            hits.add(new Hit(Long.parseLong(doc.get("id")), titles.getOrDefault(titleLang, ""), titleLang, snippet,
                    snippetLang, doc.get("organisation"), doc.get("municipality"), doc.get("period"),
                    List.of(doc.getValues("targets")), published == 0 ? null : Instant.ofEpochMilli(published)));
        }
        return hits;
    }

    private static Map<String, String> prefixed(String[] values) {
        Map<String, String> byLang = new LinkedHashMap<>();
        for (String value : values) {
            int colon = value.indexOf(':');
            byLang.put(value.substring(0, colon), value.substring(colon + 1));
        }
        return byLang;
    }

    private static List<String> preference(String lang, String own) {
        List<String> order = new ArrayList<>(List.of(lang, own, "sv", "en", "ar"));
        return order.stream().distinct().toList();
    }

    private static String pick(Map<String, String> byLang, String lang, String own) {
        for (String candidate : preference(lang, own)) {
            if (byLang.containsKey(candidate)) {
                return candidate;
            }
        }
        return byLang.isEmpty() ? own : byLang.keySet().iterator().next();
    }

    private static String shorten(String text) {
        if (text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + " …";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private List<Facet> facetCounts(IndexSearcher searcher, FacetsCollector collector,
                                    Map<String, List<String>> filters) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        List<Facet> result = new ArrayList<>();
        if (state == null) {
            return result;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : DIMENSIONS) {
            List<String> chosen = filters.getOrDefault(dimension, List.of());
            Map<String, FacetValue> values = new LinkedHashMap<>();
            FacetResult top;
            try {
                top = counts.getTopChildren(dimension.equals("target") || dimension.equals("organisation") ? 30 : 20,
                        dimension);
            } catch (IllegalArgumentException e) {
                top = null; // a dimension no example has yet
            }
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.put(lv.label, new FacetValue(lv.label, lv.value.longValue(), chosen.contains(lv.label)));
                }
            }
            for (String value : chosen) {
                if (!values.containsKey(value)) {
                    long count;
                    try {
                        Number n = counts.getSpecificValue(dimension, value);
                        count = n == null ? 0 : n.longValue();
                    } catch (IllegalArgumentException e) {
                        count = 0;
                    }
                    values.put(value, new FacetValue(value, Math.max(count, 0), true));
                }
            }
            if (!values.isEmpty()) {
                List<FacetValue> list = new ArrayList<>(values.values());
                if (dimension.equals("year")) {
                    list.sort(Comparator.comparing(FacetValue::value).reversed());
                }
                result.add(new Facet(dimension, list));
            }
        }
        return result;
    }

    /** The facet ordinals of a reader, made once per reader (each near-real-time refresh makes a new reader). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            SortedSetDocValuesReaderState state;
            try {
                state = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, facets);
            } catch (IllegalArgumentException e) {
                state = null;
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    private static List<String> words(Analyzer analyzer, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("spell", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    @Override
    public List<Suggestion> suggest(String prefix, String lang, Set<String> readerKeys, int max) {
        return onSearchThread(() -> suggestHere(prefix, lang, readerKeys, max));
    }

    private List<Suggestion> suggestHere(String prefix, String lang, Set<String> readerKeys, int max) {
        try {
            List<String> words = words(LibraryAnalyzers.folded(), prefix == null ? "" : prefix);
            if (words.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            for (String word : words) {
                builder.add(new TermQuery(new Term("suggest", word.length() > 20 ? word.substring(0, 20) : word)),
                        Occur.MUST);
            }
            builder.add(visibility(readerKeys), Occur.FILTER);
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(builder.build(), max * 2);
                StoredFields stored = searcher.storedFields();
                Map<String, Suggestion> unique = new LinkedHashMap<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = stored.document(sd.doc);
                    Map<String, String> titles = prefixed(doc.getValues("titles"));
                    String titleLang = pick(titles, lang, doc.get("lang"));
                    String title = titles.getOrDefault(titleLang, "");
                    unique.putIfAbsent(title.toLowerCase(java.util.Locale.ROOT),
                            new Suggestion(Long.parseLong(doc.get("id")), title, titleLang));
                }
                return unique.values().stream().limit(max).toList();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Hit> similar(long id, String lang, Set<String> readerKeys, int max) {
        return onSearchThread(() -> similarHere(id, lang, readerKeys, max));
    }

    private List<Hit> similarHere(long id, String lang, Set<String> readerKeys, int max) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs self = searcher.search(new TermQuery(idTerm(id)), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                int docId = self.scoreDocs[0].doc;
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(indexAnalyzer);
                mlt.setFieldNames(similarFields);
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(30);
                mlt.setBoost(true);
                BooleanQuery.Builder builder = new BooleanQuery.Builder();
                builder.add(mlt.like(docId), Occur.SHOULD);
                for (String target : searcher.storedFields().document(docId).getValues("targets")) {
                    builder.add(new BoostQuery(new TermQuery(new Term("target_kw", target)), 2f), Occur.SHOULD);
                }
                builder.setMinimumNumberShouldMatch(1);
                builder.add(new TermQuery(idTerm(id)), Occur.MUST_NOT);
                builder.add(visibility(readerKeys), Occur.FILTER);
                TopDocs top = searcher.search(builder.build(), max);
                return hits(searcher, top.scoreDocs, new MatchAllDocsQuery(), lang, true);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void close() {
        searchPool.shutdown();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the library searchers", e);
        }
        try {
            if (writer != null && writer.isOpen()) {
                writer.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the library index writer", e);
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing the library index directory", e);
        }
        searchers = null;
        writer = null;
        directory = null;
    }

    private void wipe() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
