package se.samrad.library;

import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import se.samrad.platform.search.TextAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The library's Swedish analysis offered to other capabilities through the platform's {@link TextAnalysis}. */
@Singleton
class LibraryTextAnalysis implements TextAnalysis {

    private final Analyzer indexing = LibraryAnalyzers.swedish(true);
    private final Analyzer querying = LibraryAnalyzers.swedish(false);

    @Override
    public List<String> swedishTerms(String text, boolean decompound) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = (decompound ? indexing : querying).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return terms;
    }

    @Override
    public boolean oneTypoApart(String a, String b) {
        return LibrarySpelling.oneEdit(a, b);
    }

    @jakarta.annotation.PreDestroy
    void close() {
        indexing.close();
        querying.close();
    }
}
