package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;

/** Reads an enum constant from a form or API value; anything else (tampered, blank) is null. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
