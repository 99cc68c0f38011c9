package se.samrad.platform.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

import java.util.HashMap;
import java.util.Map;

/**
 * Contextual forms for Arabic-script text where no shaping engine lays it out (the PDF renderer draws one glyph
 * per character): each letter becomes its isolated, initial, medial or final presentation form by whether it
 * joins the letters beside it, and lam followed by alef becomes their ligature.
 * <p>
 * ICU's {@code ArabicShaping} covers only the letters of Arabic itself: Persian's پ چ ژ ک گ ی stayed in their
 * isolated form inside words. Here the forms of every letter come from Unicode's own data (the compatibility
 * decompositions of the presentation forms), and which letters join from their Joining_Type, so zero-width
 * non-joiner (U+200C, Persian می‌خواهیم) parts letters and combining marks (harakat) neither join nor part them.
 * Text must be in logical order; anything that is not an Arabic-script letter passes through unchanged.
 */
public final class ArabicShaper {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final char LAM = '\u0644';

    /** Letter to its four forms (0 where Unicode has none). */
    private static final Map<Character, char[]> FORMS = new HashMap<>();
    /** Alef after lam to the ligature's isolated and final forms. */
    private static final Map<Character, char[]> LAM_ALEF = new HashMap<>();
    /** Presentation form back to the letter(s) it shows. */
    private static final Map<Character, String> BASE = new HashMap<>();

    static {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (char c = '\uFB50'; c <= '\uFEFC'; c++) {
            if (c > '\uFDFF' && c < '\uFE70') {
                continue;
            }
            int form = switch (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)) {
                case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
                case UCharacter.DecompositionType.FINAL -> FINAL;
                case UCharacter.DecompositionType.INITIAL -> INITIAL;
                case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
                default -> -1;
            };
            String base = nfkc.getRawDecomposition(c);
            if (form < 0 || base == null) {
                continue;
            }
            if (base.length() == 1) {
                FORMS.computeIfAbsent(base.charAt(0), k -> new char[4])[form] = c;
                BASE.put(c, base);
            } else if (base.length() == 2 && base.charAt(0) == LAM && (form == ISOLATED || form == FINAL)
                    && joiningType(base.charAt(1)) == UCharacter.JoiningType.RIGHT_JOINING) {
                LAM_ALEF.computeIfAbsent(base.charAt(1), k -> new char[2])[form] = c;
                BASE.put(c, base);
            }
        }
    }

    private ArabicShaper() {
    }

    /** The text with each Arabic-script letter in its contextual presentation form. */
    public static String shape(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            boolean afterJoin = joinsBackward(c) && joinsForward(previousLetter(text, i));
            int next = nextLetter(text, i);
            if (c == LAM && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                char[] ligature = LAM_ALEF.get(text.charAt(next));
                char shaped = ligature[afterJoin ? FINAL : ISOLATED];
                if (shaped != 0) {
                    out.append(shaped).append(text, i + 1, next);
                    i = next;
                    continue;
                }
            }
            boolean dual = joiningType(c) == UCharacter.JoiningType.DUAL_JOINING;
            boolean beforeJoin = dual && next >= 0 && joinsBackward(text.charAt(next));
            int form = afterJoin ? (beforeJoin ? MEDIAL : FINAL) : (beforeJoin ? INITIAL : ISOLATED);
            char shaped = forms[form];
            if (shaped == 0 && form == MEDIAL) {
                shaped = forms[FINAL];
            } else if (shaped == 0 && form == INITIAL) {
                shaped = forms[ISOLATED];
            }
            out.append(shaped == 0 ? c : shaped);
        }
        return out == null ? text : out.toString();
    }

    /** The letters the presentation forms in the text stand for (the text unchanged where it has none). */
    public static String unshape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(BASE.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }

    private static int joiningType(int c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
    }

    /** The nearest character before {@code i} that is not a combining mark, or -1. */
    private static int previousLetter(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (joiningType(text.charAt(j)) != UCharacter.JoiningType.TRANSPARENT) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    /** The index of the nearest character after {@code i} that is not a combining mark, or -1. */
    private static int nextLetter(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (joiningType(text.charAt(j)) != UCharacter.JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the character joins the letter after it (a dual-joining letter, a joiner, a tatweel). */
    private static boolean joinsForward(int c) {
        if (c < 0) {
            return false;
        }
        int type = joiningType(c);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING
                || type == UCharacter.JoiningType.LEFT_JOINING;
    }

    /** Whether the character joins the letter before it. */
    private static boolean joinsBackward(int c) {
        int type = joiningType(c);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING
                || type == UCharacter.JoiningType.RIGHT_JOINING;
    }
}
