package se.samrad.relevance;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.evidence.EvidenceSource;
import se.samrad.platform.security.CurrentUser;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Samråd already knows about each target, beside the assessment form: everything every evidence source
 * offers through {@link EvidenceReader} (which leaves hidden and erased input in its capability), except this
 * round's own answers. Each item keeps the link to its source.
 */
@Singleton
class EvidencePanel {

    /** At most this many items per target and source kind; the rest are counted. */
    static final int PER_KIND = 8;

    private final EvidenceReader reader;
    private final List<TargetLinkSource> linkSources;
    private final java.util.Set<String> evidenceKinds;

    EvidencePanel(EvidenceReader reader, List<EvidenceSource> sources, List<TargetLinkSource> linkSources) {
        this.reader = reader;
        this.linkSources = linkSources;
        this.evidenceKinds = sources.stream().map(EvidenceSource::kind).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * One target's evidence, grouped by source kind in the reader's order, with how many were left out, and what
     * other capabilities link to the target that is not evidence (good-practice examples, the organisation's own
     * goals).
     */
    public record Panel(Map<String, List<Evidence>> byKind, Map<String, Integer> more, List<Links> links) {
        public boolean isEmpty() {
            return byKind.isEmpty() && links.isEmpty();
        }
    }

    /** The links of one source, under its heading. */
    public record Links(String headingKey, List<TargetLinkSource.TargetLink> items) {
    }

    /** Link sources whose capability is already an evidence source are left out: their input shows as evidence. */
    private List<Links> links(GoalElement target, CurrentUser user, String lang) {
        List<Links> out = new java.util.ArrayList<>();
        for (TargetLinkSource source : linkSources) {
            String capability = source.headingKey().substring(0, source.headingKey().indexOf('.'));
            if (evidenceKinds.contains(capability)) {
                continue;
            }
            List<TargetLinkSource.TargetLink> items = source.linksTo(target, user, lang);
            if (!items.isEmpty()) {
                out.add(new Links(source.headingKey(), items.subList(0, Math.min(PER_KIND, items.size()))));
            }
        }
        return out;
    }

    /** The panel of each target, keyed by element id as text (for the template). */
    Map<String, Panel> forTargets(CurrentUser user, List<GoalElement> targets, long currentRoundId, String lang) {
        long organisationId = user.requireOrganisation();
        List<Long> ids = targets.stream().map(GoalElement::id).toList();
        Map<Long, Map<String, List<Evidence>>> grouped = new LinkedHashMap<>();
        for (Evidence e : reader.evidenceFor(organisationId, ids)) {
            if (e.source().equals(RelevanceEvidence.KIND) && e.sourceId() == currentRoundId) {
                continue;
            }
            grouped.computeIfAbsent(e.elementId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.source(), k -> new java.util.ArrayList<>()).add(e);
        }
        Map<String, Panel> panels = new LinkedHashMap<>();
        for (GoalElement target : targets) {
            long id = target.id();
            Map<String, List<Evidence>> kinds = grouped.getOrDefault(id, Map.of());
            Map<String, List<Evidence>> shown = new LinkedHashMap<>();
            Map<String, Integer> more = new LinkedHashMap<>();
            kinds.forEach((kind, items) -> {
                shown.put(kind, items.subList(0, Math.min(PER_KIND, items.size())));
                more.put(kind, Math.max(0, items.size() - PER_KIND));
            });
            panels.put(Long.toString(id), new Panel(shown, more, links(target, user, lang)));
        }
        return panels;
    }
}
