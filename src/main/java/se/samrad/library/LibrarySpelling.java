package se.samrad.library;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query with each plain word the index does not have (neither quoted nor excluded) widened to the words
 * of the index nearest to it: {@code (maskkompsot | maskkompost)}, and the nearest alone as a spelling.
 * One {@link DirectSpellChecker} lookup per such word, in the unstemmed {@code spell} field (titles, texts and
 * tags): the first letter must be right, one typing error in words up to five letters, two in longer ones (the
 * field holds inflected words, which differ from the stems a word is searched by: "remiss" finds "remisser").
 * Words we know to be spelled right ({@link LibraryVocabulary#isKnown}: "sopor", which the index may lack) and
 * stop words are left as they are. Much cheaper than fuzzy queries over every language's fields, and the widened
 * words are then analysed like any query (stemming), so the ranking is the ordinary one.
 */
final class LibrarySpelling {

    record Typos(String widened, String spelling, boolean any) {
    }

    private static final int TYPO_ALTERNATIVES = 4;

    private LibrarySpelling() {
    }

    static Typos typos(IndexSearcher searcher, String text) throws IOException {
        StringBuilder widened = new StringBuilder();
        StringBuilder spelling = new StringBuilder();
        boolean any = false;
        boolean quoted = false;
        for (String part : text.split("(?<=\\s)|(?=\\s)")) {
            long quotes = part.chars().filter(c -> c == '"').count();
            String lower = part.toLowerCase(Locale.ROOT);
            boolean plain = !quoted && quotes == 0 && !part.isBlank() && !part.startsWith("-")
                    && part.codePoints().allMatch(Character::isLetterOrDigit) && !LibraryVocabulary.isKnown(lower);
            List<String> near = plain ? nearest(searcher, lower) : List.of();
            if (near.isEmpty()) {
                widened.append(part);
                spelling.append(part);
            } else {
                any = true;
                widened.append('(').append(part);
                near.forEach(word -> widened.append(" | ").append(word));
                widened.append(')');
                spelling.append(near.get(0));
            }
            if (quotes % 2 == 1) {
                quoted = !quoted;
            }
        }
        return new Typos(widened.toString(), spelling.toString(), any);
    }

    /**
     * The words among {@code words} (lower case) that are one typing error from a word of the index, which lacks
     * them: "upphandlig" of "upphandling", "ungdomsmotagning" of "ungdomsmottagning". Such a word is taken for a
     * typing error rather than a compound of its own (the first letter right, as in {@link #typos}).
     */
    static java.util.Set<String> oneEditFromIndexed(IndexSearcher searcher, List<String> words) throws IOException {
        java.util.Set<String> typos = new java.util.HashSet<>();
        for (String word : words) {
            if (!LibraryVocabulary.isKnown(word) && nearest(searcher, word).stream()
                    .anyMatch(near -> near.length() > 0 && oneEdit(word, near))) {
                typos.add(word);
            }
        }
        return typos;
    }

    /** Whether a and b differ by one letter added, left out, replaced, or two neighbours swapped. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int restA = endA - start;
        int restB = endB - start;
        if (restA <= 1 && restB <= 1) {
            return true;
        }
        return restA == 2 && restB == 2 && a.charAt(start) == b.charAt(start + 1)
                && a.charAt(start + 1) == b.charAt(start);
    }

    /**
     * The nearest words per index reader and word: building the Levenshtein automata is most of a lookup's cost,
     * and the answer changes only with the index (each change opens a new reader, so a new key).
     */
    private record Looked(Object reader, String word) {
    }

    private static final Cache<Looked, List<String>> NEAREST = Caffeine.newBuilder().maximumSize(20_000).build();

    private static List<String> nearest(IndexSearcher searcher, String word) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return lookUp(searcher, word);
        }
        try {
            return NEAREST.get(new Looked(helper.getKey(), word), key -> {
                try {
                    return lookUp(searcher, word);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> lookUp(IndexSearcher searcher, String word) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(word.length() > 5 ? 2 : 1);
        SuggestWord[] found = checker.suggestSimilar(new Term("spell", word), TYPO_ALTERNATIVES,
                searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        List<String> words = new ArrayList<>(found.length);
        for (SuggestWord suggestion : found) {
            if (suggestion.string.codePoints().allMatch(Character::isLetterOrDigit)) {
                words.add(suggestion.string);
            }
        }
        return List.copyOf(words);
    }
}
