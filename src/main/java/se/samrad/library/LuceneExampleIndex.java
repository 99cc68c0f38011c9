package se.samrad.library;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The library's index in Lucene, in the directory {@code samrad.library.index-dir}: writing it
 * ({@link LuceneIndexStore}), searching it ({@link LuceneQueries}, with facets, snippets and the fallbacks), and
 * suggestions and similar examples ({@link LibrarySimilar}), every read on the {@link SearchThreads}.
 */
@Singleton
class LuceneExampleIndex implements ExampleIndex {

    private static final List<String> MULTI_VALUED = List.of("goal", "target", "dimension", "year");

    private final LuceneIndexStore store;
    private final LuceneQueries queries;
    private final LibrarySimilar similar;
    private final SearchThreads threads = new SearchThreads();

    LuceneExampleIndex(String indexDir) {
        this(indexDir, new QuerySynonyms());
    }

    @Inject
    LuceneExampleIndex(@Value("${samrad.library.index-dir}") String indexDir, QuerySynonyms synonyms) {
        Analyzer indexAnalyzer = LibraryAnalyzers.forIndex();
        FacetsConfig facets = new FacetsConfig();
        MULTI_VALUED.forEach(dim -> facets.setMultiValued(dim, true));
        LibraryHits hits = new LibraryHits(indexAnalyzer);
        this.store = new LuceneIndexStore(Path.of(indexDir).toAbsolutePath(), indexAnalyzer,
                new ExampleDocuments(facets));
        this.queries = new LuceneQueries(indexAnalyzer, synonyms, facets, hits);
        this.similar = new LibrarySimilar(indexAnalyzer, hits);
    }

    @Override
    public boolean isCurrent(long publishedInDatabase) {
        return store.isCurrent(publishedInDatabase);
    }

    @Override
    public long feedPosition() {
        return store.feedPosition();
    }

    @Override
    public void feedPosition(long position, boolean commitNow) {
        store.feedPosition(position, commitNow);
    }

    @Override
    public long size() {
        return store.size();
    }

    @Override
    public void put(Collection<Doc> examples) {
        store.put(examples);
    }

    @Override
    public void remove(Collection<Long> ids) {
        store.remove(ids);
    }

    @Override
    public long rebuild(LongFunction<List<Doc>> source) {
        return store.rebuild(source);
    }

    @Override
    public Result search(Search query, Set<String> readerKeys) {
        return threads.run(() -> store.withSearcher(searcher -> queries.search(searcher, query, readerKeys)));
    }

    @Override
    public List<Suggestion> suggest(String prefix, String lang, Set<String> readerKeys, int max) {
        return threads.run(() -> store.withSearcher(searcher ->
                similar.suggest(searcher, prefix, lang, readerKeys, max)));
    }

    @Override
    public List<Hit> similar(long id, String lang, Set<String> readerKeys, int max) {
        return threads.run(() -> store.withSearcher(searcher -> similar.similar(searcher, id, lang, readerKeys, max)));
    }

    @PreDestroy
    void close() {
        threads.shutdown();
        store.close();
    }
}
