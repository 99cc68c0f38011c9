package se.samrad.platform.i18n;

import java.util.Locale;

/**
 * A user-interface language: its code ({@code sv}, {@code ar}), its own name for the switcher, its writing
 * direction and the locale whose conventions dates and numbers follow (British English for {@code en}, not
 * American), all read from its message bundle.
 */
public record Language(String code, String nativeName, boolean rtl, Locale locale) {

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }
}
