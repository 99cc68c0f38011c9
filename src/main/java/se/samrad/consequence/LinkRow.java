package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A case's link to a goal element ({@code TARGET}) or to a dialogue, workshop, example or stakeholder. */
@MappedEntity("consequence_link")
public record LinkRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        String kind,
        long refId) {

    public static final String TARGET = "TARGET";
    /** The kinds of item a case links to besides targets, in the order the form shows them. */
    public static final java.util.List<String> ITEM_KINDS = java.util.List.of("DIALOGUE", "WORKSHOP", "EXAMPLE",
            "STAKEHOLDER");
}
