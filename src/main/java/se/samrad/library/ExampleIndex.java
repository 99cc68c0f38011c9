package se.samrad.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library's search engine, fed from the database by {@link LibraryIndexer}: it holds published examples
 * only and can be thrown away and rebuilt at any time. Every read takes the reader's visibility keys (see
 * {@link LibraryAccess}) and filters by them inside the query, so counts, facets, suggestions and similar
 * examples never include what the reader may not see. Lucene implements it ({@link LuceneExampleIndex}); another
 * engine (OpenSearch) could.
 */
public interface ExampleIndex {

    enum Sort { RELEVANCE, NEWEST }

    /** Facet dimensions, in the order pages show them. */
    List<String> DIMENSIONS = List.of("goal", "target", "dimension", "organisation", "region", "year", "type");

    /**
     * @param text    what the reader typed (quotes for phrases, {@code -word} to exclude); blank lists everything
     * @param filters facet dimension to chosen values: values of one dimension widen, dimensions narrow
     * @param lang    the reader's language: titles and snippets in it where the example has it
     */
    record Search(String text, Map<String, List<String>> filters, Sort sort, int page, int size, String lang) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Hit(long id, String title, String titleLang, String snippet, String snippetLang, String organisation,
               String municipality, String period, List<String> targets, @Nullable Instant publishedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FacetValue(String value, long count, boolean selected) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Facet(String dimension, List<FacetValue> values) {
    }

    /**
     * @param total     every match, not only this page
     * @param fuzzy     nothing matched exactly, so these are matches allowing typing errors
     * @param suggestion a spelling the reader probably meant, which finds something they may see; null if none
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Result(long total, int page, int size, List<Hit> hits, List<Facet> facets, boolean fuzzy,
                  @Nullable String suggestion) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Suggestion(long id, String title, String lang) {
    }

    /**
     * What the index holds of one published example, flattened by {@link LibraryIndexer}.
     *
     * @param goalTexts per language, the titles of the example's goals and targets: their words find it
     */
    record Doc(long id, String lang, Map<String, ExampleTexts> texts, String attachmentText, List<String> tags,
               String organisation, String municipality, String region, String period, List<String> goals,
               List<String> targets, List<String> dimensions, List<Integer> years, String type,
               Set<String> visibility, Instant publishedAt, Map<String, String> goalTexts) {

        Doc(long id, String lang, Map<String, ExampleTexts> texts, String attachmentText, List<String> tags,
            String organisation, String municipality, String region, String period, List<String> goals,
            List<String> targets, List<String> dimensions, List<Integer> years, String type,
            Set<String> visibility, Instant publishedAt) {
            this(id, lang, texts, attachmentText, tags, organisation, municipality, region, period, goals, targets,
                    dimensions, years, type, visibility, publishedAt, Map.of());
        }
    }

    Result search(Search query, Set<String> readerKeys);

    /** Examples whose titles have words starting with what was typed so far. */
    List<Suggestion> suggest(String prefix, String lang, Set<String> readerKeys, int max);

    /** Examples most like this one (shared words and targets), never itself. */
    List<Hit> similar(long id, String lang, Set<String> readerKeys, int max);

    /** Adds or replaces examples and makes them searchable at once. */
    void put(Collection<Doc> examples);

    /** Removes examples (no longer published, deleted) at once. */
    void remove(Collection<Long> ids);

    /** Empties the index, adds every example from {@code source} (pages until an empty one) and commits. */
    long rebuild(java.util.function.LongFunction<List<Doc>> source);

    /** The last message of the change feed between nodes that this index holds ({@link LibraryFeed}); 0 for none. */
    long feedPosition();

    /** Records the feed position, committed with the next change or at once. */
    void feedPosition(long position, boolean commitNow);

    /** Examples in the index. */
    long size();

    /** Whether the index opened cleanly, was built by this version's analysis and holds this many examples. */
    boolean isCurrent(long publishedInDatabase);
}
