package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An element's texts in one language: {@code title} is the short title Samråd (for built-in frameworks) or the
 * owning organisation wrote; {@code officialShort} and {@code officialTitle} come from an import of official
 * texts (UN SDG API, Open SDG translations).
 */
@Serdeable
public record ElementText(String title, String description, String officialShort, @Nullable String officialTitle) {

    static ElementText of(ElementTextRow row) {
        return new ElementText(row.title(), row.description(), row.officialShort(), row.officialTitle());
    }
}
