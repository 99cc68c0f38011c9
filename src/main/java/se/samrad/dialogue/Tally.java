package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;

/** Counts per question and option (or scale value) among submitted answers matching a filter. */
record Tally(String questionKey, @Nullable String optionKey, long count, long respondents, double sum,
             double min, double max) {
}
