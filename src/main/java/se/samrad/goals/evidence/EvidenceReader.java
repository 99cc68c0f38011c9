package se.samrad.goals.evidence;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The one read-side assessments use: the evidence every source holds for some goal elements. */
@Singleton
public class EvidenceReader {

    private final List<EvidenceSource> sources;

    public EvidenceReader(List<EvidenceSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Evidence for these elements that the organisation may use, newest first within each source kind. */
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        List<Evidence> all = new ArrayList<>();
        for (EvidenceSource source : sources) {
            all.addAll(source.evidenceFor(organisationId, elementIds));
        }
        all.sort(Comparator.comparing(Evidence::source)
                .thenComparing(Evidence::collectedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }
}
