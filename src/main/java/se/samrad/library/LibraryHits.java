package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of matches as the reader sees them: the title in the reader's language where the example has it, else
 * the original's, and a snippet with the query's words marked ({@link LibraryHighlights}), else the summary.
 */
final class LibraryHits {

    private static final int SNIPPET_LENGTH = 240;

    private final Analyzer indexAnalyzer;

    LibraryHits(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The hits of {@code docs}; {@code text} marks the snippets unless {@code noText} (browsing, similar). */
    List<ExampleIndex.Hit> of(IndexSearcher searcher, ScoreDoc[] docs, Query text, String lang, boolean noText)
            throws IOException {
        Map<String, String[]> highlights = Map.of();
        if (!noText && docs.length > 0) {
            highlights = LibraryHighlights.of(searcher, indexAnalyzer, docs, text, lang);
        }
        StoredFields stored = searcher.storedFields();
        List<ExampleIndex.Hit> hits = new ArrayList<>(docs.length);
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
            hits.add(new ExampleIndex.Hit(Long.parseLong(doc.get("id")), titles.getOrDefault(titleLang, ""),
                    titleLang, snippet, snippetLang, doc.get("organisation"), doc.get("municipality"),
                    doc.get("period"), List.of(doc.getValues("targets")),
                    published == 0 ? null : Instant.ofEpochMilli(published)));
        }
        return hits;
    }

    /** Stored values written as {@code <lang>:<text>}, by language. */
    static Map<String, String> prefixed(String[] values) {
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

    /** The language to show: the reader's, the original, Swedish, English, Arabic, else any. */
    static String pick(Map<String, String> byLang, String lang, String own) {
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
}
