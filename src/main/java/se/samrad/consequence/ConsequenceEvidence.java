package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cases as evidence (kind {@code decision}), so that the next relevance round and the follow-up see what is being
 * decided for each target: per case and linked target, the alternative chosen in the recorded decision (linking to
 * the decision) or, before a decision, the alternatives prioritised first (priority 1), each with the
 * long-term value of their cell for the target (a rating's name, e.g. {@code POSITIVE}, or empty), as
 * {@code <title>: <RATING>} (the title alone without a value), joined by "; "; {@code count} is the alternatives with a value for the target,
 * {@code total} the alternatives beside do nothing.
 */
@Singleton
class ConsequenceEvidence implements EvidenceSource {

    static final String KIND = "decision";

    private final LinkRowRepository links;
    private final CaseRowRepository cases;
    private final AlternativeRowRepository alternatives;
    private final AgreedRowRepository agreed;
    private final DecisionRowRepository decisions;

    ConsequenceEvidence(LinkRowRepository links, CaseRowRepository cases, AlternativeRowRepository alternatives,
                        AgreedRowRepository agreed, DecisionRowRepository decisions) {
        this.decisions = decisions;
        this.links = links;
        this.cases = cases;
        this.alternatives = alternatives;
        this.agreed = agreed;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        List<LinkRow> linked = links.findByOrganisationIdAndKindAndRefIdIn(organisationId, LinkRow.TARGET, elementIds);
        if (linked.isEmpty()) {
            return List.of();
        }
        List<Long> caseIds = linked.stream().map(LinkRow::caseId).distinct().toList();
        Map<Long, CaseRow> byId = cases.findByOrganisationIdAndIdIn(organisationId, caseIds).stream()
                .collect(Collectors.toMap(CaseRow::id, Function.identity()));
        Map<Long, List<AlternativeRow>> alts = alternatives.findByOrganisationIdAndCaseIdInOrderByPosition(
                organisationId, caseIds).stream().collect(Collectors.groupingBy(AlternativeRow::caseId));
        Map<String, AgreedRow> values = new HashMap<>();
        for (AgreedRow a : agreed.findByOrganisationIdAndCaseIdIn(organisationId, caseIds)) {
            if (a.horizon() == Horizon.LONG) {
                values.put(a.alternativeId() + ":" + a.aspect(), a);
            }
        }
        Map<Long, DecisionRow> decided = decisions.findByOrganisationIdAndCaseIdIn(organisationId, caseIds).stream()
                .collect(Collectors.toMap(DecisionRow::caseId, Function.identity()));
        List<Evidence> out = new ArrayList<>();
        for (LinkRow link : linked) {
            CaseRow kase = byId.get(link.caseId());
            if (kase == null) {
                continue;
            }
            List<AlternativeRow> options = alts.getOrDefault(kase.id(), List.of()).stream()
                    .filter(a -> !a.doNothing()).toList();
            String aspect = Aspect.target(link.refId());
            long valued = options.stream().filter(a -> values.containsKey(a.id() + ":" + aspect)).count();
            DecisionRow decision = decided.get(kase.id());
            String label = String.join("; ", alts.getOrDefault(kase.id(), List.of()).stream()
                    .filter(a -> decision != null ? a.id() == decision.alternativeId()
                            : !a.doNothing() && a.priority() != null && a.priority() == 1)
                    .map(a -> a.title() + (values.containsKey(a.id() + ":" + aspect)
                            ? ": " + values.get(a.id() + ":" + aspect).rating().name() : "")).toList());
            out.add(new Evidence(KIND, kase.id(), kase.title(), "/consequence/cases/" + kase.id()
                    + (decision == null ? "/matrix" : "/decision"), link.refId(), Evidence.Type.ITEM, label, "",
                    valued, options.size(), decision == null ? kase.updatedAt() : decision.updatedAt()));
        }
        return out;
    }
}
