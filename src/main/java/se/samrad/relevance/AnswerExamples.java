package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The good-practice examples a unit's answer cites for a target (issue 19: "current contribution ... plus links to
 * library examples"), chosen from the library's examples for the target that the user may see (through the
 * library's {@link TargetLinkSource}) and kept with their title as chosen.
 */
@Singleton
class AnswerExamples {

    /** The link source whose heading key begins so is the good-practice library's. */
    static final String LIBRARY = "library.";

    private final AnswerExampleRowRepository rows;
    private final List<TargetLinkSource> library;
    private final Clock clock;

    AnswerExamples(AnswerExampleRowRepository rows, List<TargetLinkSource> sources, Clock clock) {
        this.rows = rows;
        this.library = sources.stream().filter(s -> s.headingKey().startsWith(LIBRARY)).toList();
        this.clock = clock;
    }

    /** An example the unit can cite: where it is read, its title, whose it is. */
    public record Choice(String href, Text title, Text organisation) {
    }

    /** Per target, the library's examples for it the user may see, then those the unit cites that are not among them. */
    Map<Long, List<Choice>> choices(CurrentUser user, RoundUnitRow unit, List<GoalElement> targets, String lang) {
        Map<Long, List<AnswerExampleRow>> cited = cited(unit, targets.stream().map(GoalElement::id).toList());
        Map<Long, List<Choice>> out = new LinkedHashMap<>();
        for (GoalElement target : targets) {
            List<Choice> choices = new ArrayList<>();
            for (TargetLinkSource source : library) {
                source.linksTo(target, user, lang).forEach(l -> choices.add(new Choice(l.href(), l.title(),
                        l.context())));
            }
            for (AnswerExampleRow row : cited.getOrDefault(target.id(), List.of())) {
                if (choices.stream().noneMatch(c -> c.href().equals(row.href()))) {
                    choices.add(new Choice(row.href(), row.text(), new Text("", "")));
                }
            }
            out.put(target.id(), choices);
        }
        return out;
    }

    /** What the unit cites for these targets, by element id. */
    Map<Long, List<AnswerExampleRow>> cited(RoundUnitRow unit, Collection<Long> elementIds) {
        Map<Long, List<AnswerExampleRow>> out = new LinkedHashMap<>();
        if (elementIds.isEmpty()) {
            return out;
        }
        rows.findByOrganisationIdAndRoundIdAndUnitIdAndElementIdInOrderById(unit.organisationId(), unit.roundId(),
                unit.unitId(), elementIds).forEach(r -> out.computeIfAbsent(r.elementId(), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** The links the unit cites for these targets, by element id (for the form's checked boxes). */
    Map<Long, List<String>> hrefs(RoundUnitRow unit, Collection<Long> elementIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        cited(unit, elementIds).forEach((k, v) -> out.put(k, v.stream().map(AnswerExampleRow::href).toList()));
        return out;
    }

    /** One citation for the report: the unit, the target, the example. */
    public record Cited(String unit, GoalElement target, AnswerExampleRow example) {
    }

    /** Everything a round's units cite, target by target in the round's order, then in the order chosen. */
    List<Cited> ofRound(RoundRow round, Map<Long, String> unitNames, List<GoalElement> leaves) {
        Map<Long, List<AnswerExampleRow>> byElement = new LinkedHashMap<>();
        rows.findByOrganisationIdAndRoundIdOrderById(round.organisationId(), round.id())
                .forEach(r -> byElement.computeIfAbsent(r.elementId(), k -> new ArrayList<>()).add(r));
        List<Cited> out = new ArrayList<>();
        for (GoalElement target : leaves) {
            byElement.getOrDefault(target.id(), List.of()).forEach(r -> out.add(new Cited(
                    unitNames.getOrDefault(r.unitId(), ""), target, r)));
        }
        return out;
    }

    /** What each unit cites for one target, by unit id as text (for the decision page). */
    Map<String, List<AnswerExampleRow>> forTarget(RoundRow round, long elementId) {
        Map<String, List<AnswerExampleRow>> out = new LinkedHashMap<>();
        rows.findByOrganisationIdAndRoundIdOrderById(round.organisationId(), round.id()).stream()
                .filter(r -> r.elementId() == elementId)
                .forEach(r -> out.computeIfAbsent(Long.toString(r.unitId()), k -> new ArrayList<>()).add(r));
        return out;
    }

    /**
     * For each target that had choices, the unit cites exactly the chosen ones among them (a link that was no choice
     * is ignored); a resend changes nothing.
     */
    @Transactional
    void save(RoundUnitRow unit, Map<Long, List<Choice>> choices, Map<Long, List<String>> chosen) {
        Instant now = clock.instant();
        choices.forEach((elementId, offered) -> {
            if (offered.isEmpty()) {
                return;
            }
            List<String> picked = chosen.getOrDefault(elementId, List.of());
            rows.deleteByOrganisationIdAndRoundIdAndUnitIdAndElementId(unit.organisationId(), unit.roundId(),
                    unit.unitId(), elementId);
            offered.stream().filter(c -> picked.contains(c.href())).forEach(c -> rows.save(new AnswerExampleRow(null,
                    unit.organisationId(), unit.roundId(), unit.unitId(), elementId, c.href(), cut(c.title().value()),
                    c.title().lang(), now)));
        });
    }

    /** Next year's round cites what this one did. */
    void copy(long organisationId, long fromRound, long toRound) {
        Instant now = clock.instant();
        rows.findByOrganisationIdAndRoundIdOrderById(organisationId, fromRound).forEach(r -> rows.save(
                new AnswerExampleRow(null, organisationId, toRound, r.unitId(), r.elementId(), r.href(), r.title(),
                        r.titleLang(), now)));
    }

    private static String cut(String title) {
        return title.length() <= 500 ? title : title.substring(0, 500);
    }
}
