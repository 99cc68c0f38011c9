package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The snippets of a page of hits: the query's words marked in the Swedish and English texts and the reader's own
 * language's. Words are marked by the terms the query holds per field, not by asking the whole query which
 * positions match ("weight matches"): that rewrote and weighed the query, with its synonyms and every language's
 * fields, once per hit and field, and took half a search's time. Phrases are not required to be whole to be
 * marked, for the same reason.
 */
final class LibraryHighlights {

    private static final int PASSAGES = 2;

    private LibraryHighlights() {
    }

    /** Per highlighted field ({@code body_<lang>}), the snippet of each doc, in the order of {@code docs}. */
    static Map<String, String[]> of(IndexSearcher searcher, Analyzer indexAnalyzer, ScoreDoc[] docs, Query query,
                                    String lang) throws IOException {
        String[] fields = fields(lang);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withMaxLength(100_000).build();
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        return highlighter.highlightFields(fields, query,
                new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), passages);
    }

    /** Snippets come from the Swedish and English texts, and the reader's own language's: fewer fields, faster. */
    private static String[] fields(String lang) {
        Set<String> languages = new LinkedHashSet<>(List.of("sv", "en"));
        if (LibraryAnalyzers.LANGUAGES.contains(lang)) {
            languages.add(lang);
        }
        return languages.stream().map(l -> "body_" + l).toArray(String[]::new);
    }
}
