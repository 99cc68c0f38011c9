package se.samrad.platform.i18n;

import java.util.Locale;

/**
 * A user-interface language: its code ({@code sv}, {@code ar}), its own name for the switcher and its
 * writing direction, both read from its message bundle.
 */
public record Language(String code, String nativeName, boolean rtl) {

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
