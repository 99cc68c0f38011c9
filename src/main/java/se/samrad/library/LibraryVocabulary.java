package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the library's search keeps in {@code src/main/resources/library}: the words a question carries
 * no meaning with ({@code query-stopwords.txt} and Lucene's stop words of every content language), the Swedish
 * stemmer's exceptions, and the synonyms ({@code synonyms-sv.txt}, {@code synonyms-en.txt}) and Swedish–English
 * glossary ({@code glossary-sv-en.txt}) applied to queries.
 */
final class LibraryVocabulary {

    static final List<String> SYNONYM_FILES = List.of("synonyms-sv.txt", "synonyms-en.txt", "glossary-sv-en.txt");
    private static final Set<String> STOP = stopWords();
    private static final Set<String> KNOWN = knownWords();
    private static final Set<String> PHRASES = phrases();

    private LibraryVocabulary() {
    }

    /**
     * Whether a query word (lower case) carries no meaning of its own in any of the library's languages: a word of
     * the lists, or a verb form of a listed word of four letters or more ("minskar", "minskade" of "minska";
     * "reduces", "reduced" of "reduce"), so that the list need not spell out every inflection.
     */
    static boolean isStopWord(String word) {
        if (STOP.contains(word)) {
            return true;
        }
        for (String ending : VERB_ENDINGS) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)
                    && QUESTION_WORDS.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Endings of Swedish and English verb forms (present, past, supine, passive, participle). */
    private static final List<String> VERB_ENDINGS = List.of("r", "de", "t", "s", "d", "ed", "nde");
    /** The library's own question words ({@code query-stopwords.txt}) of four letters or more. */
    private static final Set<String> QUESTION_WORDS = Set.copyOf(lines("query-stopwords.txt").stream()
            .filter(w -> w.length() >= 4).toList());

    /** Words we know to be spelled right although the index may not have them ("sopor"): never "corrected". */
    static boolean isKnown(String word) {
        return KNOWN.contains(word) || STOP.contains(word) || SwedishCompounds.standard().parts().contains(word);
    }

    /**
     * Whether two words (lower case) are a term of the synonym lists or glossary ("food waste", "öppna data"):
     * searched together, so that the term's synonyms and translations apply.
     */
    static boolean isPhrase(String words) {
        return PHRASES.contains(words);
    }

    private static Set<String> phrases() {
        Set<String> phrases = new HashSet<>();
        for (String file : SYNONYM_FILES) {
            for (String line : lines(file)) {
                for (String term : line.split("\\s*(?:,|=>)\\s*")) {
                    if (term.strip().split("\\s+").length == 2) {
                        phrases.add(term.strip());
                    }
                }
            }
        }
        return Set.copyOf(phrases);
    }

    private static Set<String> stopWords() {
        Set<String> words = new HashSet<>(lines("query-stopwords.txt"));
        for (CharArraySet set : List.of(SwedishAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                ArabicAnalyzer.getDefaultStopSet(), PersianAnalyzer.getDefaultStopSet(),
                FinnishAnalyzer.getDefaultStopSet())) {
            for (Object word : set) {
                words.add(new String((char[]) word));
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> knownWords() {
        Set<String> words = new HashSet<>();
        for (String file : SYNONYM_FILES) {
            for (String line : lines(file)) {
                for (String word : line.split("[\\s,=>]+")) {
                    if (!word.isBlank()) {
                        words.add(word);
                    }
                }
            }
        }
        lines("sv-stem-overrides.txt").forEach(line -> words.add(line.split("\t")[0]));
        return Set.copyOf(words);
    }

    static StemmerOverrideFilter.StemmerOverrideMap stemOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(true);
        for (String line : lines("sv-stem-overrides.txt")) {
            String[] pair = line.split("\t");
            if (pair.length == 2) {
                builder.add(pair[0], pair[1]);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped synonyms of a language, and these further rules in the same format (lines added by staff), each
     * word analysed by {@code analyzer} as the field the map serves analyses queries.
     */
    static SynonymMap synonyms(String file, List<String> extraRules, Analyzer analyzer) throws ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(String.join("\n", lines(file))));
            if (!extraRules.isEmpty()) {
                parser.parse(new StringReader(String.join("\n", extraRules)));
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a list in resources/library, comments and blank lines left out. */
    static List<String> lines(String file) {
        try (InputStream in = LibraryVocabulary.class.getResourceAsStream("/library/" + file)) {
            if (in == null) {
                throw new IllegalStateException("library/" + file + " is missing");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String kept = line.strip().toLowerCase(Locale.ROOT);
                if (!kept.isEmpty() && !kept.startsWith("#")) {
                    lines.add(kept);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
