package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The analysis group's SWOT per dimension for a round, each point linked to targets of the round. */
@Singleton
public class Swot {

    private final SwotRowRepository points;
    private final Rounds rounds;
    private final SwotEvidence evidence;
    private final Clock clock;

    Swot(SwotRowRepository points, Rounds rounds, SwotEvidence evidence, Clock clock) {
        this.points = points;
        this.rounds = rounds;
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * A point with its targets as the round knows them, the evidence it cites that its sources still offer, and how
     * many of its citations are gone (hidden, erased or changed since).
     */
    public record Point(SwotRow row, List<GoalElement> targets, List<se.samrad.goals.evidence.Evidence> cited,
                        int gone) {
    }

    public List<Point> of(RoundRow round) {
        Map<String, GoalElement> byCode = byCode(round);
        List<SwotRow> rows = points.findByOrganisationIdAndRoundIdOrderById(round.organisationId(), round.id());
        Map<Long, SwotEvidence.Cited> cited = evidence.citedBy(round, rows.stream().map(SwotRow::id).toList());
        return rows.stream().map(p -> {
            SwotEvidence.Cited c = cited.getOrDefault(p.id(), SwotEvidence.Cited.NONE);
            return new Point(p, targets(p, byCode), c.items(), c.gone());
        }).toList();
    }

    /** One point of the round with its targets (404 when it is not the round's). */
    public Point point(RoundRow round, long pointId) {
        SwotRow row = points.findByIdAndOrganisationIdAndRoundId(pointId, round.organisationId(), round.id())
                .orElseThrow(() -> new NotFoundException("swot point"));
        return new Point(row, targets(row, byCode(round)), List.of(), 0);
    }

    private static List<GoalElement> targets(SwotRow point, Map<String, GoalElement> byCode) {
        return point.targetCodes().stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Adds a checked point; a code that is no target of the round is refused. */
    @Transactional
    public SwotRow add(RoundRow round, SwotCommand command) {
        Map<String, GoalElement> byCode = byCode(round);
        List<String> codes = new ArrayList<>();
        String typed = command.targets() == null ? "" : command.targets();
        for (String code : Arrays.stream(typed.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList()) {
            if (!byCode.containsKey(code)) {
                throw new InvalidRequestException("relevance.error.target-code");
            }
            codes.add(code);
        }
        return points.save(new SwotRow(null, round.organisationId(), round.id(), command.dimension(), command.kind(),
                command.text(), String.join(",", codes), clock.instant()));
    }

    @Transactional
    public void remove(RoundRow round, long pointId) {
        points.delete(points.findByIdAndOrganisationIdAndRoundId(pointId, round.organisationId(), round.id())
                .orElseThrow(() -> new NotFoundException("swot point")));
    }

    private Map<String, GoalElement> byCode(RoundRow round) {
        return rounds.leaves(round).stream().filter(e -> e.frameworkKey().equals(se.samrad.goals.Framework.AGENDA_2030))
                .collect(Collectors.toMap(GoalElement::code, Function.identity(), (a, b) -> a));
    }
}
