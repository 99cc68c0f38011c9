package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as date fields send them ({@code yyyy-mm-dd}) and as forms show them again. */
final class Dates {

    private Dates() {
    }

    static @Nullable LocalDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Whether a period runs backwards (both ends given, the end before the start). */
    static boolean backwards(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from != null && to != null && to.isBefore(from);
    }
}
