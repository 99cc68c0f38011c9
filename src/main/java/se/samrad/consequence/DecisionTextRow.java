package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A staff translation of one free-text part of the feedback page (QUESTION, WHY or ACTION{@code <position>}). */
@MappedEntity("consequence_decision_text")
public record DecisionTextRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long decisionId,
        String lang,
        String field,
        String value) {
}
