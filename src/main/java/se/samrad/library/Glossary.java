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

    private static final Glossary STANDARD = new Glossary(LibraryVocabulary.lines("glossary-sv-en.txt"));

    private final Analyzer swedish = LibraryAnalyzers.swedish(false);
    private final Analyzer english = LibraryAnalyzers.englishForIndex();
    private final Map<String, List<String>> toEnglish = new HashMap<>();
    private final Map<String, List<String>> toSwedish = new HashMap<>();

    Glossary(List<String> lines) {
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

    /** The word's translations (phrases of one or more words), none when the glossary has no entry. */
    Set<String> translations(String word) {
        Set<String> found = new LinkedHashSet<>(toEnglish.getOrDefault(stem(swedish, word), List.of()));
        found.addAll(toSwedish.getOrDefault(stem(english, word), List.of()));
        found.remove(word);
        return found;
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
