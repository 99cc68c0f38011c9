package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An element's texts in one language: Samråd's or the owner's short title, and imported official texts. */
@MappedEntity("goal_element_text")
record ElementTextRow(
        @Id @GeneratedValue @Nullable Long id,
        long elementId,
        String lang,
        String title,
        String description,
        String officialShort,
        @Nullable String officialTitle) {

    static ElementTextRow empty(long elementId, String lang) {
        return new ElementTextRow(null, elementId, lang, "", "", "", null);
    }

    ElementTextRow withOwn(String title, String description) {
        return new ElementTextRow(id, elementId, lang, title, description, officialShort, officialTitle);
    }

    ElementTextRow withOfficial(String officialShort, @Nullable String officialTitle) {
        return new ElementTextRow(id, elementId, lang, title, description, officialShort, officialTitle);
    }
}
