package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An assessment round (bedömningsomgång) of one organisation for one year. */
@MappedEntity("relevance_round")
public record RoundRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        int year,
        String title,
        String frameworks,
        LocalDate deadline,
        String instructions,
        @Nullable Long previousRoundId,
        boolean closed,
        Instant createdAt,
        boolean published) {

    RoundRow withPublished(boolean value) {
        return new RoundRow(id, organisationId, year, title, frameworks, deadline, instructions, previousRoundId,
                closed, createdAt, value);
    }

    RoundRow withClosed(boolean value) {
        return new RoundRow(id, organisationId, year, title, frameworks, deadline, instructions, previousRoundId,
                value, createdAt, published);
    }

    /** The framework keys taking part, Agenda 2030 first. */
    public List<String> frameworkKeys() {
        return Arrays.stream(frameworks.split(",")).filter(k -> !k.isBlank()).toList();
    }
}
