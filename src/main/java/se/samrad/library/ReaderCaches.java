package se.samrad.library;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is worked out once per index reader and holds until the next change: each near-real-time refresh
 * (publishing, unpublishing, a rebuild) makes a new reader, and a cache made for another reader is dropped, so
 * nothing is ever served from before a change.
 */
final class ReaderCaches {

    private static final int BROWSE_CACHE_ENTRIES = 2_000;

    /** What one browse without words is answered by: the same for everyone with the same visibility keys. */
    record BrowseKey(Set<String> readerKeys, Map<String, List<String>> filters, ExampleIndex.Sort sort, int page,
                     int size, String lang) {
    }

    /** A browse result computed when the cache lacks it. */
    interface Browse {
        ExampleIndex.Result run() throws IOException;
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private record SearchedFields(IndexReader reader, Map<String, Float> weights) {
    }

    private record BrowseCache(IndexReader reader, Map<BrowseKey, ExampleIndex.Result> results) {
    }

    private final FacetsConfig facets;
    private final Map<String, Float> weights;
    private volatile FacetState facetState;
    private volatile SearchedFields searchedFields;
    private volatile BrowseCache browseCache;

    ReaderCaches(FacetsConfig facets, Map<String, Float> weights) {
        this.facets = facets;
        this.weights = weights;
    }

    /** The facet ordinals of a reader, made once per reader; null while the index is empty. */
    SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
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

    /**
     * The weighted fields that the reader's index has (no Arabic field while no example is in Arabic, no
     * attachment text while there is none): each searched field costs analysis and a lookup per query word.
     */
    Map<String, Float> searchedFields(IndexReader reader) {
        SearchedFields current = searchedFields;
        if (current != null && current.reader() == reader) {
            return current.weights();
        }
        Collection<String> indexed = FieldInfos.getIndexedFields(reader);
        Map<String, Float> present = new LinkedHashMap<>();
        weights.forEach((field, weight) -> {
            if (indexed.contains(field)) {
                present.put(field, weight);
            }
        });
        Map<String, Float> chosen = present.isEmpty() ? weights : Collections.unmodifiableMap(present);
        searchedFields = new SearchedFields(reader, chosen);
        return chosen;
    }

    /**
     * Browsing without words (the library's first page, facet filters alone) counts every example the reader
     * may see: the same answer for everyone with the same visibility keys until the index changes, so it is kept
     * per index reader; keys, not users, decide what is shared.
     */
    ExampleIndex.Result browsed(IndexReader reader, BrowseKey key, Browse browse) throws IOException {
        BrowseCache cache = browseCache;
        if (cache == null || cache.reader() != reader) {
            cache = new BrowseCache(reader, new ConcurrentHashMap<>());
            browseCache = cache;
        }
        ExampleIndex.Result cached = cache.results().get(key);
        if (cached != null) {
            return cached;
        }
        ExampleIndex.Result result = browse.run();
        result = new ExampleIndex.Result(result.total(), result.page(), result.size(), List.copyOf(result.hits()),
                List.copyOf(result.facets()), false, null);
        if (cache.results().size() < BROWSE_CACHE_ENTRIES) {
            cache.results().put(key, result);
        }
        return result;
    }
}
