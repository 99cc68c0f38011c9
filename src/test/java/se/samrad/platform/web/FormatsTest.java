package se.samrad.platform.web;

import org.junit.jupiter.api.Test;
import se.samrad.platform.i18n.Messages;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates and numbers are written the way each language writes them, in the configured time zone. */
class FormatsTest {

    private final Messages messages = new Messages();
    private final ZoneId stockholm = ZoneId.of("Europe/Stockholm");
    // 23:30 UTC is already the next day in Stockholm.
    private final Instant midsummerEve = Instant.parse("2026-06-18T23:30:00Z");

    private Formats in(String code) {
        return new Formats(messages.language(code).orElseThrow(), stockholm);
    }

    @Test
    void numbersUseEachLanguagesSeparators() {
        assertEquals("1\u00a0234\u00a0567,5", in("sv").number(1234567.5));
        assertEquals("1,234,567.5", in("en").number(1234567.5));
        assertNotEquals(in("sv").number(1234567.5), in("ar").number(1234567.5));
        // Persian with Western digits, as Arabic has them: template numbers end up in ids, classes and inputs.
        assertEquals("1,234,567.5", in("fa").number(1234567.5));
        assertEquals("", in("sv").number(null));
    }

    @Test
    void datesAreInTheLanguageAndTheConfiguredTimeZone() {
        assertEquals("19 juni 2026", in("sv").date(midsummerEve));
        assertEquals("19 June 2026", in("en").date(midsummerEve));
        assertTrue(in("ar").date(midsummerEve).contains("يونيو"), in("ar").date(midsummerEve));
        assertEquals("19 ژوئن 2026", in("fa").date(midsummerEve));
        assertTrue(in("sv").dateTime(midsummerEve).contains("01:30"), in("sv").dateTime(midsummerEve));
        assertEquals("2026-06-18T23:30:00Z", in("ar").iso(midsummerEve), "machine-readable form is the same everywhere");
        assertEquals("", in("en").date(null));
    }
}
