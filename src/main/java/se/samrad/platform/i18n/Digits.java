package se.samrad.platform.i18n;

/**
 * Numbers as Persian and Arabic keyboards type them. The pages write the digits 0-9 in every language, but a
 * resident typing on a Persian keyboard gets Persian digits (۱۲٫۵) and on an Arabic one Arabic-Indic digits
 * (١٢٫٥); whatever reads a typed number or code passes it through here first.
 */
public final class Digits {

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private Digits() {
    }

    /**
     * A number as people type it: a decimal comma or point, spaces (also no-break and narrow) between thousands, a
     * Unicode minus, and Persian or Arabic-Indic digits with the Arabic separators; null when the text is not
     * one (exponents, "NaN" and the like included).
     */
    public static java.math.BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String plain = western(text).replace('\u2212', '-').replace(',', '.').replaceAll("[\\s\u00a0\u202f]", "");
        return DECIMAL.matcher(plain).matches() ? new java.math.BigDecimal(plain) : null;
    }

    /**
     * The text with Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits as 0-9, the Arabic decimal
     * separator (U+066B) as a full stop and the Arabic thousands separator (U+066C) left out; all else unchanged.
     */
    public static String western(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660'))
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + (c - '\u06F0'))
                    : c == '\u066B' ? '.' : c;
            if (out == null && (replacement != c || c == '\u066C')) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && c != '\u066C') {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }
}
