package se.samrad.goals;

import se.samrad.platform.i18n.Digits;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds goals and targets by code or by words in the reader's language. Every word of the query must occur;
 * a word matches inside longer words (Swedish compounds: "svinn" finds "matsvinnet"), case, accents and
 * Arabic vowel marks are ignored, Persian and Arabic digits count as 0-9, and a code ("12", "12.3", "1.a",
 * or "۱۲٫۳" from a Persian keyboard) matches that goal's or target's code rather than any number in the text
 * ("1.1" does not find 11.1).
 */
public final class TargetSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CODE = Pattern.compile("\\d{1,2}(\\.[0-9a-z]{0,2})?");
    private static final int MAX_QUERY = 200;
    /** The catalogue's texts recur on every picker and search: their normalised forms are kept, bounded. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> CACHE =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();

    private TargetSearch() {
    }

    public static List<String> words(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        return Arrays.stream(normalise(q).split("[\\s,;]+")).filter(w -> !w.isEmpty()).toList();
    }

    public static boolean matches(GoalElement element, String lang, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String code = element.code().toLowerCase(Locale.ROOT);
        String text = normalise(element.searchText(lang));
        for (String word : words) {
            if (!(codeMatches(code, word) || (!CODE.matcher(word).matches() && text.contains(word)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean codeMatches(String code, String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return code.equals(w) || code.startsWith(w + ".");
    }

    /**
     * Lower case without accents or vowel marks.
     */
    static String normalise(String text) {
        return CACHE.get(text, t ->
                fold(MARKS.matcher(Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")));
    }

    /**
     * What Persian and Arabic keyboards type differently from the texts: Persian and Arabic-Indic digits become
     * 0-9 and the Arabic decimal separator a full stop (so "۱۲٫۳" is the code 12.3), the Arabic yeh and kaf
     * become the Persian letters, and the zero-width non-joiner inside Persian words is dropped.
     */
    private static String fold(String text) {
        String western = Digits.western(text);
        StringBuilder out = new StringBuilder(western.length());
        for (int i = 0; i < western.length(); i++) {
            char c = western.charAt(i);
            if (c == '\u064A') {
                out.append('\u06CC');
            } else if (c == '\u0643') {
                out.append('\u06A9');
            } else if (c != '\u200C') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
