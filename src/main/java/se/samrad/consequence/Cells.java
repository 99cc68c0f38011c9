package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** One revision with the name of who made it. */
    public record Revision(RevisionRow row, String who) {
    }

    private final ViewRowRepository views;
    private final AgreedRowRepository agreed;
    private final RevisionRowRepository revisions;
    private final AccountService accounts;
    private final ConsequenceAudit audit;
    private final Clock clock;

    Cells(ViewRowRepository views, AgreedRowRepository agreed, RevisionRowRepository revisions,
          AccountService accounts, ConsequenceAudit audit, Clock clock) {
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
    }

    /** A value pre-filled by Samråd itself (no assessor), e.g. do nothing from an indicator's projection. */
    @Transactional
    public void prefill(CaseRow kase, AlternativeRow alternative, Horizon horizon, String aspect, Rating rating,
                        String note, @Nullable Long accountId) {
        agreed.save(new AgreedRow(null, kase.organisationId(), kase.id(), alternative.id(), horizon, aspect, rating,
                note, accountId, clock.instant()));
        revisions.save(new RevisionRow(null, kase.organisationId(), kase.id(), alternative.id(), horizon, aspect,
                RevisionRow.AGREED, accountId, rating, note, clock.instant()));
    }

    /** Every change to the case's cells, newest first. */
    public List<Revision> history(CaseRow kase) {
        Map<Long, String> people = people(kase.organisationId());
        return revisions.findByOrganisationIdAndCaseIdOrderByIdDesc(kase.organisationId(), kase.id())
                .stream().map(r -> new Revision(r, r.accountId() == null ? "" : people.getOrDefault(r.accountId(), "")))
                .toList();
    }
}
