package se.samrad.platform.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, so tests can move time, and the one time zone people read dates in. */
@Factory
public class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The time zone of dates shown to people and read from forms ({@code SAMRAD_TIME_ZONE}). */
    @Singleton
    ZoneId zone(@Value("${samrad.time-zone:Europe/Stockholm}") String zone) {
        return ZoneId.of(zone);
    }
}
