package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searching the library on behalf of a reader (null: an anonymous visitor): the reader's visibility keys go into
 * every query, and what a request may ask for is bounded (page size, depth, filter values).
 */
@Singleton
public class LibrarySearch {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_PAGE = 100;
    private static final int MAX_QUERY = 300;
    private static final int MAX_FILTER_VALUES = 20;
    private static final int SUGGESTIONS = 8;
    private static final int SIMILAR = 5;

    private final ExampleIndex index;
    private final LibraryAccess access;

    LibrarySearch(ExampleIndex index, LibraryAccess access) {
        this.index = index;
        this.access = access;
    }

    public ExampleIndex.Result search(@Nullable CurrentUser reader, ExampleIndex.Search search) {
        String text = search.text() == null ? "" : search.text().strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        search.filters().forEach((dimension, values) -> {
            if (ExampleIndex.DIMENSIONS.contains(dimension)) {
                List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).distinct()
                        .limit(MAX_FILTER_VALUES).toList();
                if (!kept.isEmpty()) {
                    filters.put(dimension, kept);
                }
            }
        });
        int size = Math.min(Math.max(1, search.size()), MAX_PAGE_SIZE);
        int page = Math.min(Math.max(1, search.page()), MAX_PAGE);
        return index.search(new ExampleIndex.Search(text, filters, search.sort(), page, size, search.lang()),
                access.readerKeys(reader));
    }

    public List<ExampleIndex.Suggestion> suggest(@Nullable CurrentUser reader, String prefix, String lang) {
        if (prefix == null || prefix.isBlank() || prefix.length() > MAX_QUERY) {
            return List.of();
        }
        return index.suggest(prefix, lang, access.readerKeys(reader), SUGGESTIONS);
    }

    /** Examples like one the reader may see. */
    public List<ExampleIndex.Hit> similar(@Nullable CurrentUser reader, long id, String lang) {
        return index.similar(id, lang, access.readerKeys(reader), SIMILAR);
    }
}
