package se.samrad.goals;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A text and the language it is actually in, which may differ from the page's when a translation is missing:
 * templates mark such text with its own {@code lang} so that screen readers pronounce it right.
 */
@Serdeable
public record Text(String value, String lang) {

    public boolean isEmpty() {
        return value.isEmpty();
    }
}
