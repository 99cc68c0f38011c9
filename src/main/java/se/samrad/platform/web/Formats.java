package se.samrad.platform.web;

import se.samrad.platform.i18n.Language;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates, times and numbers as the page's language writes them; templates call it as {@code fmt}. */
public final class Formats {

    private final Language language;
    private final ZoneId zone;

    public Formats(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(zone).format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).withZone(zone)
                .format(instant);
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(language.locale()).format(number);
    }
}
