package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the library's texts are analysed, one set of fields per content language: Swedish with the light stemmer
 * and, when indexing, compound words split into the parts of a word list we keep
 * ({@code library/sv-compound-parts.txt}, see {@link SwedishCompounds}), so "svinn" finds "matsvinn", and
 * inflections the light stemmer leaves apart joined by {@code library/sv-stem-overrides.txt} ("minskade" finds
 * "minska"); English with the Porter stemmer; Arabic
 * with its normaliser and light stemmer; Persian with its own normaliser (Arabic and Persian yeh and kaf alike,
 * the zero-width non-joiner a word break, so "کتابخانه‌ها" is found by "كتابخانه"); Finnish with its Snowball
 * stemmer ("kirjastoissa" by "kirjasto"); anything else with the standard analyser. Queries are analysed
 * without decompounding, so "matsvinn" does not also find every text with "mat", and with the domain's
 * synonyms ({@link LibraryVocabulary}) in the Swedish and English fields.
 */
final class LibraryAnalyzers {

    /** Raised when analysis changes, so that an index built the old way is rebuilt at start. */
    static final String VERSION = "6";
    /**
     * The Swedish texts once more, compounds split with the wide list ({@link SwedishCompounds#wide}): searched
     * for a query word's parts, weighted below the texts, so that an example with the word itself ranks first.
     */
    static final String PARTS_FIELD = "parts_sv";
    static final List<String> LANGUAGES = List.of("sv", "en", "ar", "fa", "fi");

    private LibraryAnalyzers() {
    }

    static String field(String base, String lang) {
        return base + "_" + (LANGUAGES.contains(lang) ? lang : "other");
    }

    static Analyzer forIndex() {
        return wrapper(true);
    }

    /**
     * The query analyser, with the shipped synonyms and glossary and these further rules in the Swedish and
     * English fields. Each language's field reads the rules stemmed its own way and applies them after its
     * stemmer, so a rule's word matches every inflection of it ("laddstolpar" by "laddstolpe").
     *
     * @throws ParseException when a rule is not in the Solr synonym format
     */
    static Analyzer forQuery(List<String> extraRules) throws ParseException {
        SynonymMap swedish = LibraryVocabulary.synonyms("synonyms-sv.txt", extraRules, swedish(false, null));
        SynonymMap english = LibraryVocabulary.synonyms("synonyms-en.txt", extraRules, english(null));
        return wrapper(false, swedish, english);
    }

    /** The query analyser without synonyms. */
    static Analyzer forPlainQuery() {
        return wrapper(false);
    }

    private static Analyzer wrapper(boolean indexing) {
        return wrapper(indexing, null, null);
    }

    private static Analyzer wrapper(boolean indexing, SynonymMap swedishSynonyms, SynonymMap englishSynonyms) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer swedish = swedish(indexing, swedishSynonyms);
        Analyzer english = english(englishSynonyms);
        Analyzer arabic = new ArabicAnalyzer();
        Analyzer persian = new PersianAnalyzer();
        Analyzer finnish = new FinnishAnalyzer();
        for (String base : List.of("title", "body", "extra", "goals", "tags")) {
            perField.put(base + "_sv", swedish);
            perField.put(base + "_en", english);
            perField.put(base + "_ar", arabic);
            perField.put(base + "_fa", persian);
            perField.put(base + "_fi", finnish);
        }
        perField.put(PARTS_FIELD, indexing ? swedish(SwedishCompounds.wide(), null) : swedish);
        perField.put("suggest", indexing ? prefixes() : folded());
        perField.put("spell", new StandardAnalyzer(CharArraySet.EMPTY_SET));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    static Analyzer swedish(boolean decompound) {
        return swedish(decompound, null);
    }

    private static Analyzer swedish(boolean decompound, SynonymMap synonyms) {
        return swedish(decompound ? SwedishCompounds.standard() : null, synonyms);
    }

    private static Analyzer swedish(SwedishCompounds compounds, SynonymMap synonyms) {
        CharArraySet stop = SwedishAnalyzer.getDefaultStopSet();
        StemmerOverrideFilter.StemmerOverrideMap overrides = LibraryVocabulary.stemOverrides();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if (compounds != null) {
                    stream = new CompoundPartsFilter(stream, compounds);
                }
                stream = new StopFilter(stream, stop);
                stream = new StemmerOverrideFilter(stream, overrides);
                stream = new SwedishStemCleanup(new SwedishLightStemFilter(stream));
                return new TokenStreamComponents(source,
                        synonyms == null ? stream : new SynonymGraphFilter(stream, synonyms, true));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer englishForIndex() {
        return english(null);
    }

    /** As Lucene's {@link EnglishAnalyzer}, with synonyms (at query time) after the stemmer. */
    private static Analyzer english(SynonymMap synonyms) {
        CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                stream = new PorterStemFilter(new StopFilter(stream, stop));
                return new TokenStreamComponents(source,
                        synonyms == null ? stream : new SynonymGraphFilter(stream, synonyms, true));
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
}
