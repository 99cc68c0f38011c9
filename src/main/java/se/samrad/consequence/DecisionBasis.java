package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.RepresentationGaps;
import se.samrad.goals.StakeholderHearing;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision basis (beslutsunderlag) of a case: summary, alternatives with resources, the SKR matrix, goal
 * conflicts, do nothing from the indicators, and what residents and stakeholders said about the case's targets
 * (from every {@code EvidenceSource}: counts and up to five quotes per source kind; a dialogue linked to the case
 * narrows the dialogue evidence to the linked ones), who was not heard (the linked dialogues' under-represented
 * groups, {@code goals.RepresentationGaps}, and the stakeholders linked to the case with no engagement in its
 * dialogues or workshops, {@code goals.StakeholderHearing}), and the decision once recorded. The page, the PDF and
 * the DOCX show this same model.
 */
@Singleton
public class DecisionBasis {

    static final int QUOTES = 5;
    static final Set<String> VOICES = Set.of("dialogue", "workshop", "stakeholder");

    /** What one kind of source said: how many answers or items, from how many sources, and a few quotes. */
    public record Voice(String kind, long answers, int sources, List<Evidence> quotes) {
    }

    public record Basis(CaseRow kase, List<GoalElement> targets, List<AlternativeRow> alternatives,
                        List<Matrix.Row> matrix, List<Prefill.InteractionLine> interactions,
                        List<Prefill.ProjectionLine> projections, List<Voice> voices, List<RepresentationGaps.Gap> gaps,
                        boolean dialoguesLinked, List<StakeholderHearing.Unheard> unheardStakeholders,
                        String unitName, String owner,
                        java.util.Optional<Decisions.Decided> decision) {

        /** The recommended alternatives: those with priority 1. */
        public List<AlternativeRow> recommended() {
            return alternatives.stream().filter(a -> a.priority() != null && a.priority() == 1).toList();
        }
    }

    private final Cases cases;
    private final Cells cells;
    private final Matrix matrix;
    private final Prefill prefill;
    private final EvidenceReader evidence;
    private final Decisions decisions;
    private final List<RepresentationGaps> gaps;
    private final List<StakeholderHearing> hearing;
    private final BasisCache cache;

    DecisionBasis(Cases cases, Cells cells, Matrix matrix, Prefill prefill, EvidenceReader evidence,
                  Decisions decisions, List<RepresentationGaps> gaps, List<StakeholderHearing> hearing,
                  BasisCache cache) {
        this.hearing = hearing;
        this.cache = cache;
        this.gaps = gaps;
        this.decisions = decisions;
        this.cases = cases;
        this.cells = cells;
        this.matrix = matrix;
        this.prefill = prefill;
        this.evidence = evidence;
    }

    /**
     * The basis as a reader of {@code lang} sees it (the dialogues' group names in that language where given), built
     * once per version of the case ({@link BasisCache}).
     */
    public Basis of(CaseRow kase, String lang) {
        return cache.get(kase.id(), lang, () -> build(kase, lang));
    }

    private Basis build(CaseRow kase, String lang) {
        List<GoalElement> targets = cases.targets(kase);
        Map<String, List<Long>> items = cases.items(kase);
        List<Long> dialogues = items.getOrDefault("DIALOGUE", List.of());
        Map<String, List<Evidence>> byKind = new LinkedHashMap<>();
        for (Evidence e : evidence.evidenceFor(kase.organisationId(), targets.stream().map(GoalElement::id).toList())) {
            if (!VOICES.contains(e.source())
                    || (e.source().equals("dialogue") && !dialogues.isEmpty() && !dialogues.contains(e.sourceId()))) {
                continue;
            }
            byKind.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
        }
        List<Voice> voices = new ArrayList<>();
        byKind.forEach((kind, list) -> voices.add(new Voice(kind,
                list.stream().filter(e -> e.type() == Evidence.Type.COUNT).mapToLong(Evidence::count).sum()
                        + list.stream().filter(e -> e.type() != Evidence.Type.COUNT).count(),
                (int) list.stream().map(Evidence::sourceId).distinct().count(),
                list.stream().filter(e -> e.type() == Evidence.Type.STATEMENT).limit(QUOTES).toList())));
        List<RepresentationGaps.Gap> notHeard = new ArrayList<>();
        if (!dialogues.isEmpty()) {
            gaps.forEach(g -> notHeard.addAll(g.gaps(kase.organisationId(), dialogues, lang)));
        }
        List<StakeholderHearing.Unheard> unheard = new ArrayList<>();
        hearing.forEach(h -> unheard.addAll(h.unheard(kase.organisationId(), items.getOrDefault("STAKEHOLDER",
                List.of()), dialogues, items.getOrDefault("WORKSHOP", List.of()))));
        List<AlternativeRow> alternatives = cases.alternatives(kase);
        return new Basis(kase, targets, alternatives, matrix.rows(kase, targets, alternatives),
                prefill.interactions(kase, targets), prefill.projections(kase, targets), voices, notHeard,
                !dialogues.isEmpty(), unheard,
                kase.unitId() == null ? "" : cases.unitNames(kase.organisationId()).getOrDefault(kase.unitId(), ""),
                kase.ownerAccountId() == null ? "" : cells.people(kase.organisationId())
                        .getOrDefault(kase.ownerAccountId(), ""), decisions.of(kase));
    }
}
