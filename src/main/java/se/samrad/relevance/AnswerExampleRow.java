package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.samrad.goals.Text;

import java.time.Instant;

/** A good-practice example a unit's answer cites for one target: its link and its title when chosen. */
@MappedEntity("relevance_answer_example")
public record AnswerExampleRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        long unitId,
        long elementId,
        String href,
        String title,
        String titleLang,
        Instant createdAt) {

    public Text text() {
        return new Text(title, titleLang);
    }
}
