package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.SecureTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a SWOT point cites (issue 19): single pieces of evidence for its targets, chosen from what
 * {@link EvidenceReader} offers (an answer, a workshop result, an indicator, a stakeholder engagement, a decision).
 * A citation keeps only the item's key: it shows what the source offers now, so input hidden or erased since is
 * not shown (it is counted as gone).
 */
@Singleton
class SwotEvidence {

    private final SwotEvidenceRowRepository rows;
    private final EvidenceReader reader;
    private final Clock clock;

    SwotEvidence(SwotEvidenceRowRepository rows, EvidenceReader reader, Clock clock) {
        this.rows = rows;
        this.reader = reader;
        this.clock = clock;
    }

    /** A point's citations that its sources still offer, in the order they were cited, and how many are gone. */
    record Cited(List<Evidence> items, int gone) {
        static final Cited NONE = new Cited(List.of(), 0);
    }

    /** One citable item with its key, for the choosing form. */
    public record Item(String key, Evidence evidence) {
    }

    /** The key naming one piece of evidence: its source, id, target, type, link and words. */
    static String key(Evidence e) {
        return SecureTokens.sha256Hex(String.join("\u0000", e.source(), Long.toString(e.sourceId()),
                Long.toString(e.elementId()), e.type().name(), e.href(), e.label()));
    }

    /** One target's citable items. */
    public record Group(GoalElement target, List<Item> items) {
    }

    /** What a point with these targets can cite, target by target in the reader's order; this round left out. */
    List<Group> citable(RoundRow round, List<GoalElement> targets) {
        Map<Long, List<Item>> byTarget = new LinkedHashMap<>();
        targets.forEach(t -> byTarget.put(t.id(), new java.util.ArrayList<>()));
        for (Evidence e : offered(round, targets.stream().map(GoalElement::id).toList())) {
            List<Item> items = byTarget.get(e.elementId());
            if (items != null) {
                items.add(new Item(key(e), e));
            }
        }
        return targets.stream().map(t -> new Group(t, byTarget.get(t.id()))).toList();
    }

    /** The keys a point cites. */
    Set<String> keys(RoundRow round, long pointId) {
        Set<String> keys = new LinkedHashSet<>();
        rows.findByOrganisationIdAndPointIdInOrderById(round.organisationId(), List.of(pointId))
                .forEach(r -> keys.add(r.itemKey()));
        return keys;
    }

    /** Each point's citations, by point id (points citing nothing are absent). */
    Map<Long, Cited> citedBy(RoundRow round, Collection<Long> pointIds) {
        if (pointIds.isEmpty()) {
            return Map.of();
        }
        List<SwotEvidenceRow> cited = rows.findByOrganisationIdAndPointIdInOrderById(round.organisationId(), pointIds);
        if (cited.isEmpty()) {
            return Map.of();
        }
        Map<String, Evidence> byKey = new HashMap<>();
        offered(round, cited.stream().map(SwotEvidenceRow::elementId).distinct().toList())
                .forEach(e -> byKey.putIfAbsent(key(e), e));
        Map<Long, Cited> out = new HashMap<>();
        for (SwotEvidenceRow row : cited) {
            Cited was = out.getOrDefault(row.pointId(), Cited.NONE);
            Evidence e = byKey.get(row.itemKey());
            List<Evidence> items = e == null ? was.items()
                    : java.util.stream.Stream.concat(was.items().stream(), java.util.stream.Stream.of(e)).toList();
            out.put(row.pointId(), new Cited(items, was.gone() + (e == null ? 1 : 0)));
        }
        return out;
    }

    /** Replaces what a point cites by these keys, each one an item its targets offer now (else refused). */
    @Transactional
    void cite(RoundRow round, long pointId, List<GoalElement> targets, Collection<String> keys) {
        Map<String, Evidence> citable = new HashMap<>();
        citable(round, targets).forEach(g -> g.items().forEach(i -> citable.put(i.key(), i.evidence())));
        if (!citable.keySet().containsAll(keys)) {
            throw new InvalidRequestException("relevance.error.evidence-gone");
        }
        rows.deleteByOrganisationIdAndPointId(round.organisationId(), pointId);
        Instant now = clock.instant();
        new LinkedHashSet<>(keys).forEach(k -> rows.save(new SwotEvidenceRow(null, round.organisationId(), pointId,
                citable.get(k).elementId(), k, now)));
    }

    private List<Evidence> offered(RoundRow round, List<Long> elementIds) {
        return reader.evidenceFor(round.organisationId(), elementIds).stream()
                .filter(e -> !(e.source().equals(RelevanceEvidence.KIND) && e.sourceId() == round.id())).toList();
    }
}
