package se.samrad.relevance;

import jakarta.inject.Singleton;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The relevance rounds as evidence (kind {@code relevance}): per round and target, the overall relevance (an enum
 * name readers translate, e.g. {@code HIGH}), then "PRIORITISED" and the justification when the analysis group
 * prioritised it; {@code count} is the units that found it relevant, {@code total} the units that assessed it.
 */
@Singleton
class RelevanceEvidence implements EvidenceSource {

    static final String KIND = "relevance";
    static final String PRIORITISED = "PRIORITISED";

    private final AnswerRowRepository answers;
    private final DecisionRowRepository decisions;
    private final RoundRowRepository rounds;

    RelevanceEvidence(AnswerRowRepository answers, DecisionRowRepository decisions, RoundRowRepository rounds) {
        this.answers = answers;
        this.decisions = decisions;
        this.rounds = rounds;
    }

    @Override
    public String kind() {
        return KIND;
    }

    private record Key(long roundId, long elementId) {
    }

    @Override
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        Map<Key, List<AnswerRow>> byKey = answers.findByOrganisationIdAndElementIdIn(organisationId, elementIds)
                .stream().filter(a -> a.relevance() != null)
                .collect(Collectors.groupingBy(a -> new Key(a.roundId(), a.elementId())));
        Map<Key, DecisionRow> decided = decisions.findByOrganisationIdAndElementIdIn(organisationId, elementIds)
                .stream().collect(Collectors.toMap(d -> new Key(d.roundId(), d.elementId()), Function.identity()));
        java.util.Set<Key> keys = new java.util.LinkedHashSet<>(byKey.keySet());
        keys.addAll(decided.keySet());
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Long, RoundRow> roundsById = rounds.findByOrganisationIdAndIdIn(organisationId,
                keys.stream().map(Key::roundId).distinct().toList()).stream()
                .collect(Collectors.toMap(RoundRow::id, Function.identity()));
        List<Evidence> out = new ArrayList<>();
        for (Key key : keys) {
            RoundRow round = roundsById.get(key.roundId());
            if (round == null) {
                continue;
            }
            List<AnswerRow> rows = byKey.getOrDefault(key, List.of());
            Overall overall = Overall.of(rows, decided.get(key));
            DecisionRow decision = decided.get(key);
            String label = (overall.value() == null ? "" : overall.value().name())
                    + (decision != null && decision.prioritised() ? " " + PRIORITISED + ": " + decision.justification()
                    : "");
            long relevant = rows.stream().filter(a -> a.relevance() != Relevance.NOT_RELEVANT).count();
            out.add(new Evidence(KIND, round.id(), round.title() + " " + round.year(),
                    "/relevance/rounds/" + round.id() + "/result", key.elementId(), Evidence.Type.ITEM, label.strip(),
                    "", relevant, rows.size(), round.createdAt()));
        }
        return out;
    }
}
