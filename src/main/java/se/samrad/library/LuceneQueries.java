package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search of the index: browsing without words (cached per reader), or the words with what is tried when they
 * find nothing ({@link LibraryFallbacks}), always within what the reader may see and the facet filters, with
 * facet counts and a page of hits.
 */
final class LuceneQueries {

    /** The languages with fields of their own, and "other" for the rest. */
    static final List<String> CONTENT_LANGUAGES = contentLanguages();
    private static final int MAX_WINDOW = 10_000;
    /** Newest first; examples published at the same instant (an import) the later made first. */
    private static final SortField[] RECENCY = {new SortField("published", SortField.Type.LONG, true),
        new SortField(ExampleDocuments.ORDER, SortField.Type.LONG, true)};
    private static final Sort NEWEST = new Sort(RECENCY);
    /**
     * Best match first, equal matches (a code's examples, all tagged alike) newest first: the same order on every
     * node and after every rebuild, where Lucene's own tie-break, the position in the index, differs, so a
     * reader's next page could repeat or skip examples.
     */
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, RECENCY[0], RECENCY[1]);

    private final Analyzer indexAnalyzer;
    private final QuerySynonyms synonyms;
    private final FacetsConfig facets;
    private final ReaderCaches caches;
    private final LibraryHits hits;

    LuceneQueries(Analyzer indexAnalyzer, QuerySynonyms synonyms, FacetsConfig facets, LibraryHits hits) {
        this.indexAnalyzer = indexAnalyzer;
        this.synonyms = synonyms;
        this.facets = facets;
        this.hits = hits;
        this.caches = new ReaderCaches(facets, weights());
    }

    private static List<String> contentLanguages() {
        List<String> languages = new ArrayList<>(LibraryAnalyzers.LANGUAGES);
        languages.add("other");
        return List.copyOf(languages);
    }

    /** Every text field and its weight: titles above tags above texts above attachments and goal titles. */
    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String lang : CONTENT_LANGUAGES) {
            weights.put("title_" + lang, 3f);
            weights.put("body_" + lang, 1f);
            weights.put("extra_" + lang, 0.3f);
            weights.put("goals_" + lang, 0.5f);
            weights.put("tags_" + lang, 2f);
        }
        weights.put("place", 1f);
        return Collections.unmodifiableMap(weights);
    }

    ExampleIndex.Result search(IndexSearcher searcher, ExampleIndex.Search query, Set<String> readerKeys)
            throws IOException {
        if (query.text().isBlank()) {
            ReaderCaches.BrowseKey key = new ReaderCaches.BrowseKey(Set.copyOf(readerKeys),
                    Map.copyOf(query.filters()), query.sort(), query.page(), query.size(), query.lang());
            return caches.browsed(searcher.getIndexReader(), key,
                    () -> run(searcher, new MatchAllDocsQuery(), query, readerKeys, false, null));
        }
        Map<String, Float> fields = LibraryQueryBuilder.favouring(caches.searchedFields(searcher.getIndexReader()),
                query.lang());
        return new LibraryFallbacks(searcher, synonyms.analyzer(), indexAnalyzer, fields,
                new LibraryFallbacks.Runner() {
                    @Override
                    public ExampleIndex.Result run(Query text, boolean fuzzy, String suggestion) throws IOException {
                        return LuceneQueries.this.run(searcher, text, query, readerKeys, fuzzy, suggestion);
                    }

                    @Override
                    public long visible(Query text) throws IOException {
                        return searcher.count(LuceneQueries.visible(text, readerKeys));
                    }

                    @Override
                    public long filtered(Query text) throws IOException {
                        return searcher.count(drillDown(text, query, readerKeys));
                    }
                }).search(query.text());
    }

    /** Any of the reader's visibility keys. */
    static Query visibility(Set<String> readerKeys) {
        BooleanQuery.Builder keys = new BooleanQuery.Builder();
        readerKeys.forEach(key -> keys.add(new TermQuery(new Term("visible", key)), Occur.SHOULD));
        return keys.build();
    }

    private static Query visible(Query text, Set<String> readerKeys) {
        return new BooleanQuery.Builder().add(text, Occur.MUST).add(visibility(readerKeys), Occur.FILTER).build();
    }

    /** The words, limited to what the reader may see and to the search's facet filters. */
    private DrillDownQuery drillDown(Query text, ExampleIndex.Search query, Set<String> readerKeys) {
        DrillDownQuery drill = new DrillDownQuery(facets, visible(text, readerKeys));
        query.filters().forEach((dimension, values) -> values.forEach(v -> drill.add(dimension, v)));
        return drill;
    }

    private ExampleIndex.Result run(IndexSearcher searcher, Query text, ExampleIndex.Search query,
                                    Set<String> readerKeys, boolean fuzzy, String suggestion) throws IOException {
        DrillDownQuery drill = drillDown(text, query, readerKeys);
        int size = Math.max(1, query.size());
        int page = Math.max(1, query.page());
        int window = Math.min(page * size, MAX_WINDOW);
        FacetsCollectorManager manager = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, drill, window,
                query.sort() == ExampleIndex.Sort.NEWEST ? NEWEST : RELEVANCE, manager);
        TopDocs top = found.topDocs();
        FacetsCollector collector = found.facetsCollector();
        long total = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min((page - 1) * size, all.length);
        ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, all.length);
        List<ExampleIndex.Hit> shown = hits.of(searcher, pageDocs, text, query.lang(), query.text().isBlank());
        return new ExampleIndex.Result(total, page, size, shown,
                LibraryFacetCounts.of(caches.facetState(searcher.getIndexReader()), collector, query.filters()),
                fuzzy, suggestion);
    }
}
