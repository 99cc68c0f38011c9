package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search's query is built once per text, analyser and fields; new synonyms are never answered from before. */
class LibraryQueryCacheTest {

    private static final Map<String, Float> FIELDS = Map.of("title_sv", 3f, "body_sv", 1f, "title_en", 3f,
            "body_en", 1f, "tags", 2f);

    @Test
    void theSameSearchReusesItsQuery() throws Exception {
        Analyzer analyzer = LibraryAnalyzers.forQuery(List.of());
        Query first = LibraryQueryBuilder.build(analyzer, "hur minskar vi matsvinn i skolan", FIELDS);
        assertSame(first, LibraryQueryBuilder.build(analyzer, "hur minskar vi matsvinn i skolan", FIELDS));
        assertEquals(first, LibraryQueryBuilder.buildAnew(analyzer, "hur minskar vi matsvinn i skolan", FIELDS));
        assertNotSame(first, LibraryQueryBuilder.build(analyzer, "matsvinn i skolan", FIELDS));
        assertNotSame(first, LibraryQueryBuilder.build(analyzer, "hur minskar vi matsvinn i skolan",
                Map.of("title_sv", 3f)));
    }

    @Test
    void newSynonymsBuildTheQueryAnew() throws Exception {
        QuerySynonyms synonyms = new QuerySynonyms();
        Query before = LibraryQueryBuilder.build(synonyms.analyzer(), "gurkmeja", FIELDS);
        assertTrue(!before.toString().contains("saffran"), before.toString());
        synonyms.use(List.of("gurkmeja, saffran"));
        Query after = LibraryQueryBuilder.build(synonyms.analyzer(), "gurkmeja", FIELDS);
        assertNotEquals(before, after);
        assertTrue(after.toString().contains("saffran"), after.toString());
    }
}
