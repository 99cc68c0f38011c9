package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions as one types (titles with words beginning with what was typed) and the examples most like one
 * (shared words, {@link MoreLikeThis}, and shared targets), both within what the reader may see.
 */
final class LibrarySimilar {

    private final Analyzer indexAnalyzer;
    private final LibraryHits hits;
    private final String[] similarFields;

    LibrarySimilar(Analyzer indexAnalyzer, LibraryHits hits) {
        this.indexAnalyzer = indexAnalyzer;
        this.hits = hits;
        List<String> similar = new ArrayList<>();
        for (String lang : LuceneQueries.CONTENT_LANGUAGES) {
            similar.add("title_" + lang);
            similar.add("body_" + lang);
        }
        this.similarFields = similar.toArray(String[]::new);
    }

    List<ExampleIndex.Suggestion> suggest(IndexSearcher searcher, String prefix, String lang, Set<String> readerKeys,
                                          int max) throws IOException {
        List<String> words = words(LibraryAnalyzers.folded(), prefix == null ? "" : prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : words) {
            builder.add(new TermQuery(new Term("suggest", word.length() > 20 ? word.substring(0, 20) : word)),
                    Occur.MUST);
        }
        builder.add(LuceneQueries.visibility(readerKeys), Occur.FILTER);
        TopDocs top = searcher.search(builder.build(), max * 2);
        StoredFields stored = searcher.storedFields();
        Map<String, ExampleIndex.Suggestion> unique = new LinkedHashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            Map<String, String> titles = LibraryHits.prefixed(doc.getValues("titles"));
            String titleLang = LibraryHits.pick(titles, lang, doc.get("lang"));
            String title = titles.getOrDefault(titleLang, "");
            unique.putIfAbsent(title.toLowerCase(Locale.ROOT),
                    new ExampleIndex.Suggestion(Long.parseLong(doc.get("id")), title, titleLang));
        }
        return unique.values().stream().limit(max).toList();
    }

    List<ExampleIndex.Hit> similar(IndexSearcher searcher, long id, String lang, Set<String> readerKeys, int max)
            throws IOException {
        TopDocs self = searcher.search(new TermQuery(LuceneIndexStore.idTerm(id)), 1);
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
        builder.add(new TermQuery(LuceneIndexStore.idTerm(id)), Occur.MUST_NOT);
        builder.add(LuceneQueries.visibility(readerKeys), Occur.FILTER);
        TopDocs top = searcher.search(builder.build(), max);
        return hits.of(searcher, top.scoreDocs, new MatchAllDocsQuery(), lang, true);
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
}
