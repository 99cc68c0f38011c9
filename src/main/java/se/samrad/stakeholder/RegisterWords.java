package se.samrad.stakeholder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import se.samrad.platform.search.TextAnalysis;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of the register's search, analysed as the library analyses Swedish (through the platform's
 * {@link TextAnalysis}): a query word is found in an organisation's name or description in any inflection
 * ("föreningarna" finds "Idrottsföreningen"), as a part of a compound ("förbund" in "Grundskoleförbundet"), with one
 * typing error in a word of five letters or more ("polismyndigheen"), or as a plain part of a word ("skole"). In
 * timeline text each word's stem is looked for as a word part, so inflections are found there too. Every query word
 * must be found.
 */
@Singleton
class RegisterWords {

    /** Shorter words are too often one typing error from another word to be widened. */
    static final int TYPO_MIN_LENGTH = 5;

    /** An organisation's analysed terms, by id and last change (an edit makes a new key). */
    private record Key(long id, Instant updatedAt) {
    }

    private final Cache<Key, Set<String>> terms = Caffeine.newBuilder().maximumSize(50_000).build();
    private final TextAnalysis analysis;
    private final EngagementRowRepository engagements;

    RegisterWords(TextAnalysis analysis, EngagementRowRepository engagements) {
        this.analysis = analysis;
        this.engagements = engagements;
    }

    /** A query: its text lower-cased and its terms as the library analyses a query. */
    record Query(String text, List<String> terms) {

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    Query query(String q) {
        String text = q.strip().toLowerCase(Locale.ROOT);
        return new Query(text, text.isEmpty() ? List.of() : analysis.swedishTerms(text, false));
    }

    /** Whether every word of the query is in the organisation's name or description. */
    boolean matches(StakeholderRow stakeholder, Query query) {
        String text = (stakeholder.name() + " " + stakeholder.description()).toLowerCase(Locale.ROOT);
        if (text.contains(query.text())) {
            return true;
        }
        if (query.terms().isEmpty()) {
            return false;
        }
        Set<String> indexed = terms.get(new Key(stakeholder.id(), stakeholder.updatedAt()),
                k -> new HashSet<>(analysis.swedishTerms(text, true)));
        return query.terms().stream().allMatch(t -> indexed.contains(t) || text.contains(t)
                || (t.length() >= TYPO_MIN_LENGTH && indexed.stream().anyMatch(i -> analysis.oneTypoApart(t, i))));
    }

    /**
     * The organisations whose timeline text has the query, or every word's stem of it. The query as typed is looked
     * for only when a stem is not a part of it (a stem found in the text is almost always a part of the word typed).
     */
    Set<Long> mentioning(long organisationId, Query query) {
        boolean stemsInText = !query.terms().isEmpty() && query.terms().stream().allMatch(query.text()::contains);
        Set<Long> found = stemsInText ? new HashSet<>() : new HashSet<>(engagements.stakeholdersMentioning(
                organisationId, StakeholderFinder.like(query.text())));
        Set<Long> all = null;
        for (String term : query.terms()) {
            Set<Long> with = new HashSet<>(engagements.stakeholdersMentioning(organisationId,
                    StakeholderFinder.like(term)));
            if (all == null) {
                all = with;
            } else {
                all.retainAll(with);
            }
            if (all.isEmpty()) {
                break;
            }
        }
        if (all != null) {
            found.addAll(all);
        }
        return found;
    }
}
