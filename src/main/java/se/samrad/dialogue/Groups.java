package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;

/** The groups a respondent belongs to (option keys of the background questions), copied onto every row. */
record Groups(@Nullable String district, @Nullable String ageBand, @Nullable String gender,
              @Nullable String homeLanguage) {
    static final Groups NONE = new Groups(null, null, null, null);
}
