package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the library's texts are analysed, one set of fields per content language: Swedish with the light stemmer
 * and, when indexing, compound words split into the parts of a word list we keep
 * ({@code library/sv-compound-parts.txt}), so "svinn" finds "matsvinn"; English with the Porter stemmer; Arabic
 * with its normaliser and light stemmer; Persian with its own normaliser (Arabic and Persian yeh and kaf alike,
 * the zero-width non-joiner a word break, so "کتابخانه‌ها" is found by "كتابخانه"); Finnish with its Snowball
 * stemmer ("kirjastoissa" by "kirjasto"); anything else with the standard analyser. Queries are analysed
 * without decompounding, so "matsvinn" does not also find every text with "mat".
 */
final class LibraryAnalyzers {

    /** Raised when analysis changes, so that an index built the old way is rebuilt at start. */
    static final String VERSION = "2";
    static final List<String> LANGUAGES = List.of("sv", "en", "ar", "fa", "fi");
    static final int MIN_SUBWORD = 4;

    private LibraryAnalyzers() {
    }

    static String field(String base, String lang) {
        return base + "_" + (LANGUAGES.contains(lang) ? lang : "other");
    }

    static Analyzer forIndex() {
        return wrapper(true);
    }

    static Analyzer forQuery() {
        return wrapper(false);
    }

    private static Analyzer wrapper(boolean indexing) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer swedish = swedish(indexing);
        Analyzer english = new EnglishAnalyzer();
        Analyzer arabic = new ArabicAnalyzer();
        Analyzer persian = new PersianAnalyzer();
        Analyzer finnish = new FinnishAnalyzer();
        for (String base : List.of("title", "body", "extra")) {
            perField.put(base + "_sv", swedish);
            perField.put(base + "_en", english);
            perField.put(base + "_ar", arabic);
            perField.put(base + "_fa", persian);
            perField.put(base + "_fi", finnish);
        }
        perField.put("suggest", indexing ? prefixes() : folded());
        perField.put("spell", new StandardAnalyzer(CharArraySet.EMPTY_SET));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    static Analyzer swedish(boolean decompound) {
        CharArraySet stop = SwedishAnalyzer.getDefaultStopSet();
        CharArraySet parts = decompound ? compoundParts() : null;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if (parts != null) {
                    stream = new DictionaryCompoundWordTokenFilter(stream, parts, 8, MIN_SUBWORD, 20, false);
                }
                stream = new StopFilter(stream, stop);
                return new TokenStreamComponents(source, new SwedishLightStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Title words as their beginnings, accents folded: what autocomplete matches what one has typed so far. */
    private static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new EdgeNGramTokenFilter(stream, 1, 20, true));
            }
        };
    }

    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    static CharArraySet compoundParts() {
        List<String> words = new ArrayList<>();
        try (InputStream in = LibraryAnalyzers.class.getResourceAsStream("/library/sv-compound-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("library/sv-compound-parts.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(java.util.Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#") && word.length() >= MIN_SUBWORD) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CharArraySet(words, true);
    }
}
