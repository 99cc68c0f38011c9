package se.samrad.library;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a Swedish compound word into the parts of our word list ({@code library/sv-compound-parts.txt}) only
 * when the parts cover the whole word: "skolköken" is skol(a) + köken, "tallrikssvinnet" tallrik + s + svinnet,
 * "elbil" el + bil. A word that merely contains a listed part is not split ("försvinner" holds "svinn" but
 * "för…" + "svinn" + "er" is no compound), and words the list marks with {@code !} are never split. A part
 * before another may end in the linking s, or have lost its final a or e ("skol" of "skola"); the last part
 * may carry an inflection ending, which the part returned leaves out. Fewest parts win, then the longest
 * first part.
 */
final class SwedishCompounds {

    static final int MIN_WORD = 5;
    static final int MIN_PART = 2;
    private static final int MAX_WORD = 40;
    private static final int MIN_MODIFIER = 3;
    private static final int MIN_HEAD = 4;
    private static final List<String> ENDINGS = List.of("", "n", "t", "s", "a", "e", "en", "et", "er", "ar", "or",
            "na", "ns", "ts", "ens", "ets", "ers", "ars", "ors", "erna", "arna", "orna", "ernas", "arnas", "ornas",
            "ande", "ning", "ningen", "ningar", "ad", "ade", "at");
    private static final SwedishCompounds DEFAULT = load("/library/sv-compound-parts.txt");
    private static final SwedishCompounds WIDE = load("/library/sv-compound-parts.txt",
            "/library/sv-compound-words.txt");

    private final Set<String> parts;
    private final List<String> neverSplit;
    /** Words recur in texts (and in every query for them): each is segmented once. */
    private final Cache<String, List<String>> splits = Caffeine.newBuilder().maximumSize(50_000).build();

    SwedishCompounds(Set<String> parts, List<String> neverSplit) {
        this.parts = parts;
        this.neverSplit = neverSplit;
    }

    static SwedishCompounds standard() {
        return DEFAULT;
    }

    /**
     * Our list together with the words of Debian's Swedish Hunspell dictionary that are no compounds themselves
     * ({@code library/sv-compound-words.txt}, about 42,000): for the separate field of compound parts, where a
     * split reaches far more words ("cykellån" cykel + lån, "snöröjningsordning" snö + röjning + ordning) and a
     * false one only adds a weakly weighted match.
     */
    static SwedishCompounds wide() {
        return WIDE;
    }

    Set<String> parts() {
        return parts;
    }

    /** The surface parts of {@code word} (lower case), linking letters left out; empty when it is no compound. */
    List<String> split(String word) {
        if (word.length() < MIN_WORD || word.length() > MAX_WORD) {
            return List.of();
        }
        return splits.get(word, this::splitAnew);
    }

    private List<String> splitAnew(String word) {
        if (neverSplits(word)) {
            return List.of();
        }
        List<String> best = segment(word, 0);
        return best == null || best.size() < 2 ? List.of() : List.copyOf(best);
    }

    /**
     * For the index: the parts as {@link #split}, or else the head alone when only the last part is listed and
     * what comes before it is at least three letters ("kompost" of "maskkompost", "vermikompost"): a compound
     * is a kind of its head, so a search for the head finds it. Queries split only into covering parts.
     */
    List<String> indexParts(String word) {
        List<String> parts = split(word);
        if (!parts.isEmpty() || word.length() < MIN_WORD + 2 || word.length() > MAX_WORD || neverSplits(word)) {
            return parts;
        }
        for (int from = MIN_MODIFIER; from <= word.length() - MIN_HEAD; from++) {
            String head = lastPart(word.substring(from));
            if (head != null && head.length() >= MIN_HEAD) {
                return List.of(head);
            }
        }
        return List.of();
    }

    private boolean neverSplits(String word) {
        for (String never : neverSplit) {
            if (word.startsWith(never)) {
                return true;
            }
        }
        return false;
    }

    /** The best segmentation of word[from..] into parts, or null. */
    private List<String> segment(String word, int from) {
        List<String> best = null;
        String last = from > 0 ? lastPart(word.substring(from)) : null;
        if (last != null) {
            return List.of(last);
        }
        for (int end = word.length() - MIN_PART; end >= from + MIN_PART; end--) {
            String head = word.substring(from, end);
            if (!isInner(head)) {
                continue;
            }
            for (int next : new int[]{end, end + 1}) {
                if (next > end && (next >= word.length() || word.charAt(end) != 's')) {
                    continue;
                }
                if (word.length() - next < MIN_PART) {
                    continue;
                }
                List<String> rest = segment(word, next);
                if (rest != null && (best == null || rest.size() + 1 < best.size())) {
                    List<String> candidate = new ArrayList<>();
                    candidate.add(head);
                    candidate.addAll(rest);
                    best = candidate;
                }
            }
            if (best != null && best.size() == 2) {
                break; // the longest first part of a two-part split: nothing shorter beats it
            }
        }
        return best;
    }

    /**
     * A part before another: a listed word, or one that has lost its final a or e ("skol" of "skola"), or whose
     * final a became the linking e, o or u ("värmebölje" of "värmebölja", "gatu" of "gata", "kyrko" of "kyrka").
     */
    private boolean isInner(String head) {
        if (parts.contains(head) || parts.contains(head + "a") || parts.contains(head + "e")) {
            return true;
        }
        char last = head.charAt(head.length() - 1);
        return head.length() > MIN_MODIFIER && (last == 'e' || last == 'o' || last == 'u')
                && parts.contains(head.substring(0, head.length() - 1) + "a");
    }

    /**
     * The last part without its inflection ending ("kök" of "köken", "stolp" of "stolpar", so that it is stemmed
     * as the word is when searched for alone), when it is a listed word; else null.
     */
    private String lastPart(String tail) {
        for (String ending : ENDINGS) {
            if (tail.length() - ending.length() >= MIN_PART && tail.endsWith(ending)) {
                String stem = tail.substring(0, tail.length() - ending.length());
                if (parts.contains(stem) || parts.contains(stem + "e") || parts.contains(stem + "a")) {
                    return stem;
                }
            }
        }
        return null;
    }

    static SwedishCompounds load(String... resources) {
        Set<String> parts = new HashSet<>();
        List<String> never = new ArrayList<>();
        for (String resource : resources) {
            read(resource, parts, never);
        }
        return new SwedishCompounds(Set.copyOf(parts), List.copyOf(never));
    }

    private static void read(String resource, Set<String> parts, List<String> never) {
        try (InputStream in = SwedishCompounds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                if (word.startsWith("!")) {
                    never.add(word.substring(1));
                } else if (word.length() >= MIN_PART) {
                    parts.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
