package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Swedish–English glossary of the domain ({@code library/glossary-sv-en.txt}, "svenska, english" a line):
 * a query word in one language is also searched as its translation, so an English query finds Swedish examples
 * and the reverse. Words are matched by their stems in their own language ("laddstolpar" by "laddstolpe"),
 * which a synonym filter in one language's field could not do for the other's words.
 */
final class Glossary {

    private static final Glossary STANDARD = new Glossary(LibraryVocabulary.lines("glossary-sv-en.txt"),
            LibraryVocabulary.lines("synonyms-sv.txt"), LibraryVocabulary.lines("synonyms-en.txt"));
    /** Translations per word at most: each is a phrase searched in the Swedish and English fields. */
    private static final int MAX_TRANSLATIONS = 8;

    private final Analyzer swedish = LibraryAnalyzers.swedish(false);
    private final Analyzer english = LibraryAnalyzers.englishForIndex();
    private final Map<String, List<String>> toEnglish = new HashMap<>();
    private final Map<String, List<String>> toSwedish = new HashMap<>();
    private final Map<String, Set<String>> swedishSynonyms = new HashMap<>();
    private final Map<String, Set<String>> englishSynonyms = new HashMap<>();

    Glossary(List<String> lines) {
        this(lines, List.of(), List.of());
    }

    /**
     * @param swedishSynonyms the Swedish synonym list's lines: a word without a translation of its own is
     *                        translated as its synonyms are ("sopor" as "avfall"); the same for English
     */
    Glossary(List<String> lines, List<String> swedishSynonyms, List<String> englishSynonyms) {
        groups(swedishSynonyms, swedish, this.swedishSynonyms);
        groups(englishSynonyms, english, this.englishSynonyms);
        for (String line : lines) {
            String[] pair = line.split(",");
            if (pair.length == 2) {
                String sv = pair[0].strip();
                String en = pair[1].strip();
                toEnglish.computeIfAbsent(stem(swedish, sv), k -> new ArrayList<>()).add(en);
                toSwedish.computeIfAbsent(stem(english, en), k -> new ArrayList<>()).add(sv);
            }
        }
    }

    static Glossary standard() {
        return STANDARD;
    }

    /**
     * The word's translations (phrases of one or more words), and its synonyms' when it has none of its own
     * ("garbage" as "waste" is: "avfall", "sopor"); none when neither has an entry.
     */
    Set<String> translations(String word) {
        String sv = stem(swedish, word);
        String en = stem(english, word);
        Set<String> found = new LinkedHashSet<>(toEnglish.getOrDefault(sv, List.of()));
        found.addAll(toSwedish.getOrDefault(en, List.of()));
        if (found.isEmpty()) {
            for (String synonym : swedishSynonyms.getOrDefault(sv, Set.of())) {
                found.addAll(toEnglish.getOrDefault(synonym, List.of()));
            }
            for (String synonym : englishSynonyms.getOrDefault(en, Set.of())) {
                found.addAll(toSwedish.getOrDefault(synonym, List.of()));
            }
        }
        found.remove(word);
        return found.size() <= MAX_TRANSLATIONS ? found
                : new LinkedHashSet<>(List.copyOf(found).subList(0, MAX_TRANSLATIONS));
    }

    /** Each stemmed word of an equivalence line ("a, b, c") to the stems of the others. */
    private static void groups(List<String> lines, Analyzer analyzer, Map<String, Set<String>> into) {
        for (String line : lines) {
            if (line.contains("=>")) {
                continue;
            }
            List<String> stems = new ArrayList<>();
            for (String term : line.split(",")) {
                stems.add(stem(analyzer, term.strip()));
            }
            for (String stem : stems) {
                Set<String> others = into.computeIfAbsent(stem, k -> new LinkedHashSet<>());
                stems.stream().filter(other -> !other.equals(stem)).forEach(others::add);
            }
        }
    }

    private static String stem(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", words);
    }
}
