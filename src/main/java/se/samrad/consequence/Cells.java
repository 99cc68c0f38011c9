package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assessment cells of a case: each assessor's own view (saved per alternative and horizon, every aspect of the
 * form at once), the value the owner settles, and every change kept as a revision.
 */
@Singleton
public class Cells {

    /** What an assessor entered for one aspect. */
    public record Entry(String aspect, Rating rating, String reason, String evidence) {
    }

    /** An alternative's expected effect (the cells' scores added up) and how many of its cells have a value. */
    public record Effect(int effect, int assessed) {
        static final Effect NONE = new Effect(0, 0);

        Effect plus(Effect other) {
            return new Effect(effect + other.effect, assessed + other.assessed);
        }
    }

    /** One revision with the name of who made it. */
    public record Revision(RevisionRow row, String who) {
    }

    private final ViewRowRepository views;
    private final AgreedRowRepository agreed;
    private final RevisionRowRepository revisions;
    private final AccountService accounts;
    private final ConsequenceAudit audit;
    private final BasisCache bases;
    private final Clock clock;

    Cells(ViewRowRepository views, AgreedRowRepository agreed, RevisionRowRepository revisions,
          AccountService accounts, ConsequenceAudit audit, BasisCache bases, Clock clock) {
        this.bases = bases;
        this.views = views;
        this.agreed = agreed;
        this.revisions = revisions;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public Map<Long, String> people(long org) {
        return accounts.staff(org).stream().collect(Collectors.toMap(s -> s.id(), s -> s.displayName(), (a, b) -> a));
    }

    public Sheet sheet(CaseRow kase) {
        Map<Long, String> people = people(kase.organisationId());
        Map<Sheet.Key, List<Sheet.View>> byKey = new HashMap<>();
        for (ViewRow v : views.findByOrganisationIdAndCaseId(kase.organisationId(), kase.id())) {
            byKey.computeIfAbsent(new Sheet.Key(v.alternativeId(), v.horizon(), v.aspect()), k -> new ArrayList<>())
                    .add(new Sheet.View(v, people.getOrDefault(v.assessorAccountId(), "")));
        }
        byKey.values().forEach(l -> l.sort(Comparator.comparing(Sheet.View::assessor, String.CASE_INSENSITIVE_ORDER)));
        Map<Sheet.Key, AgreedRow> settled = agreed.findByOrganisationIdAndCaseId(kase.organisationId(), kase.id())
                .stream().collect(Collectors.toMap(a -> new Sheet.Key(a.alternativeId(), a.horizon(), a.aspect()),
                        a -> a, (a, b) -> a));
        return new Sheet(byKey, settled);
    }

    /**
     * Every cell of the case that has a view or an agreed value, summed up: two grouped reads (the views counted per
     * cell in the database, and the agreed values), not every view.
     */
    public Map<Sheet.Key, Sheet.Summary> summaries(CaseRow kase) {
        Map<Sheet.Key, Sheet.Summary> out = new HashMap<>();
        for (CellTally t : views.tallies(kase.organisationId(), kase.id())) {
            out.put(new Sheet.Key(t.alternativeId(), t.horizon(), t.aspect()),
                    new Sheet.Summary(t.ratings() == 1 ? t.rating() : null, t.ratings() > 1, t.assessors()));
        }
        for (AgreedRow a : agreed.findByOrganisationIdAndCaseId(kase.organisationId(), kase.id())) {
            Sheet.Key key = new Sheet.Key(a.alternativeId(), a.horizon(), a.aspect());
            Sheet.Summary viewed = out.get(key);
            out.put(key, new Sheet.Summary(a.rating(), viewed != null && viewed.disagreement(),
                    viewed == null ? 0 : viewed.assessors()));
        }
        return out;
    }

    /**
     * Each alternative's effect and number of assessed cells, for one case ({@code caseId}) or every case of the
     * organisation ({@code caseId} 0), counted by one grouped read: a cell's value scores −2 … +2 ("uncertain" 0),
     * twice on the {@code weighted} aspects.
     */
    public Map<Long, Effect> effects(long org, long caseId, Set<String> weighted) {
        Map<Long, Effect> out = new HashMap<>();
        // An empty IN () is not SQL; no aspect is called "".
        Set<String> weightedOrNone = weighted.isEmpty() ? Set.of("") : weighted;
        List<String> fixed = Arrays.stream(Aspect.values()).map(Aspect::name).toList();
        for (AlternativeTally t : views.effects(org, caseId, weightedOrNone, fixed)) {
            out.merge(t.alternativeId(), new Effect(t.rating().score() * t.weight() * t.cells(), t.cells()),
                    Effect::plus);
        }
        return out;
    }

    /** Saves the user's own view of each entered aspect; an unchanged view is left alone (no revision). */
    @Transactional
    public int saveViews(CurrentUser user, CaseRow kase, AlternativeRow alternative, Horizon horizon,
                         List<Entry> entries) {
        Map<String, ViewRow> mine = views.findByOrganisationIdAndCaseId(kase.organisationId(), kase.id()).stream()
                .filter(v -> v.alternativeId() == alternative.id() && v.horizon() == horizon
                        && v.assessorAccountId() == user.accountId())
                .collect(Collectors.toMap(ViewRow::aspect, v -> v, (a, b) -> a));
        int changed = 0;
        for (Entry e : entries) {
            ViewRow old = mine.get(e.aspect());
            if (old != null && old.rating() == e.rating() && old.reason().equals(e.reason())
                    && old.evidence().equals(e.evidence())) {
                continue;
            }
            ViewRow row = new ViewRow(old == null ? null : old.id(), kase.organisationId(), kase.id(), alternative.id(),
                    horizon, e.aspect(), user.accountId(), e.rating(), e.reason(), e.evidence(), clock.instant());
            if (old == null) {
                views.save(row);
            } else {
                views.update(row);
            }
            revisions.save(new RevisionRow(null, kase.organisationId(), kase.id(), alternative.id(), horizon,
                    e.aspect(), RevisionRow.VIEW, user.accountId(), e.rating(), e.reason(), clock.instant()));
            changed++;
        }
        if (changed > 0) {
            bases.forget(kase.id());
        }
        return changed;
    }

    /** The owner's agreed value of one cell, with the note on why. */
    @Transactional
    public void settle(CurrentUser user, CaseRow kase, AlternativeRow alternative, Horizon horizon, String aspect,
                       Rating rating, String note) {
        AgreedRow old = agreed.findByOrganisationIdAndCaseId(kase.organisationId(), kase.id()).stream()
                .filter(a -> a.alternativeId() == alternative.id() && a.horizon() == horizon
                        && a.aspect().equals(aspect)).findFirst().orElse(null);
        if (old != null && old.rating() == rating && Objects.equals(old.note(), note)) {
            return;
        }
        AgreedRow row = new AgreedRow(old == null ? null : old.id(), kase.organisationId(), kase.id(),
                alternative.id(), horizon, aspect, rating, note, user.accountId(), clock.instant());
        if (old == null) {
            agreed.save(row);
        } else {
            agreed.update(row);
        }
        revisions.save(new RevisionRow(null, kase.organisationId(), kase.id(), alternative.id(), horizon, aspect,
                RevisionRow.AGREED, user.accountId(), rating, note, clock.instant()));
        audit.record(user, kase, AuditAction.CONSEQUENCE_CELL_SETTLED,
                alternative.letter() + "/" + horizon.name() + "/" + aspect + "=" + rating.name());
        bases.forget(kase.id());
    }

    /** A value pre-filled by Samråd itself (no assessor), e.g. do nothing from an indicator's projection. */
    @Transactional
    public void prefill(CaseRow kase, AlternativeRow alternative, Horizon horizon, String aspect, Rating rating,
                        String note, @Nullable Long accountId) {
        agreed.save(new AgreedRow(null, kase.organisationId(), kase.id(), alternative.id(), horizon, aspect, rating,
                note, accountId, clock.instant()));
        revisions.save(new RevisionRow(null, kase.organisationId(), kase.id(), alternative.id(), horizon, aspect,
                RevisionRow.AGREED, accountId, rating, note, clock.instant()));
        bases.forget(kase.id());
    }

    /** Every change to the case's cells, newest first. */
    public List<Revision> history(CaseRow kase) {
        Map<Long, String> people = people(kase.organisationId());
        return revisions.findByOrganisationIdAndCaseIdOrderByIdDesc(kase.organisationId(), kase.id())
                .stream().map(r -> new Revision(r, r.accountId() == null ? "" : people.getOrDefault(r.accountId(), "")))
                .toList();
    }
}
