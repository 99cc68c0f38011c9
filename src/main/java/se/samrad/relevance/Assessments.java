package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A unit's answers in a round: read for a goal's targets, saved as drafts (an upsert, so a resend changes nothing). */
@Singleton
public class Assessments {

    private final AnswerRowRepository answers;
    private final Clock clock;

    Assessments(AnswerRowRepository answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    /** The unit's answers for these elements, by element id. */
    public Map<Long, AnswerRow> of(RoundUnitRow unit, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return Map.of();
        }
        return answers.findByOrganisationIdAndRoundIdAndUnitIdAndElementIdIn(unit.organisationId(), unit.roundId(),
                unit.unitId(), elementIds).stream().collect(Collectors.toMap(AnswerRow::elementId,
                Function.identity()));
    }

    /** Saves checked commands by element id, over whatever the unit had for those elements. */
    @Transactional
    public void save(RoundUnitRow unit, Map<Long, AssessmentCommand> commands) {
        Map<Long, AnswerRow> existing = of(unit, commands.keySet());
        Instant now = clock.instant();
        commands.forEach((elementId, c) -> {
            AnswerRow old = existing.get(elementId);
            AnswerRow row = new AnswerRow(old == null ? null : old.id(), unit.organisationId(), unit.roundId(),
                    unit.unitId(), elementId, c.relevance(), c.control(), nz(c.collaborators()),
                    nz(c.contribution()), nz(c.steering()), nz(c.challenges()), nz(c.note()), now);
            if (old == null) {
                answers.save(row);
            } else {
                answers.update(row);
            }
        });
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
