package se.samrad.consequence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.PrioritisedTargetSource;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.OrgUnitRepository;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cases (ärenden) and their alternatives: making and changing a case with its links, and the alternatives A, B, C…
 * beside "do nothing", which every case has from the start.
 */
@Singleton
public class Cases {

    private final CaseRowRepository cases;
    private final LinkRowRepository links;
    private final AlternativeRowRepository alternatives;
    private final OrgUnitRepository units;
    private final GoalCatalogue catalogue;
    private final List<PrioritisedTargetSource> prioritised;
    private final ConsequenceAudit audit;
    private final BasisCache bases;
    private final Clock clock;

    Cases(CaseRowRepository cases, LinkRowRepository links, AlternativeRowRepository alternatives,
          OrgUnitRepository units, GoalCatalogue catalogue, List<PrioritisedTargetSource> prioritised,
          ConsequenceAudit audit, BasisCache bases, Clock clock) {
        this.bases = bases;
        this.cases = cases;
        this.links = links;
        this.alternatives = alternatives;
        this.units = units;
        this.catalogue = catalogue;
        this.prioritised = prioritised;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CaseRow create(CurrentUser user, CaseCommand command, Collection<Long> targets, String doNothingTitle) {
        long org = user.requireOrganisation();
        checkUnit(org, command.unit());
        CaseRow row = cases.save(new CaseRow(null, org, command.title(), text(command.background()),
                text(command.decidingBody()), command.decisionDateValue(), command.unit(), user.accountId(),
                clock.instant(), clock.instant()));
        saveLinks(row, command, targets);
        alternatives.save(new AlternativeRow(null, org, row.id(), 0, true, doNothingTitle, "", null, null, null, null,
                null, ""));
        audit.record(user, row, AuditAction.CONSEQUENCE_CASE_CREATED, "");
        return row;
    }

    @Transactional
    public CaseRow update(CurrentUser user, CaseRow row, CaseCommand command, Collection<Long> targets) {
        checkUnit(row.organisationId(), command.unit());
        CaseRow changed = cases.update(new CaseRow(row.id(), row.organisationId(), command.title(),
                text(command.background()), text(command.decidingBody()), command.decisionDateValue(), command.unit(),
                row.ownerAccountId(), row.createdAt(), clock.instant()));
        links.deleteByOrganisationIdAndCaseId(row.organisationId(), row.id());
        saveLinks(changed, command, targets);
        audit.record(user, changed, AuditAction.CONSEQUENCE_CASE_CHANGED, "");
        bases.forget(row.id());
        return changed;
    }

    private void checkUnit(long org, Long unit) {
        if (unit != null && units.findByIdAndOrganisationId(unit, org).isEmpty()) {
            throw new InvalidRequestException("consequence.error.unit");
        }
    }

    private void saveLinks(CaseRow row, CaseCommand command, Collection<Long> targets) {
        List<LinkRow> rows = new ArrayList<>();
        for (Long target : new LinkedHashSet<>(targets)) {
            if (catalogue.element(target, row.organisationId()).isEmpty()) {
                throw new InvalidRequestException("consequence.error.targets");
            }
            rows.add(new LinkRow(null, row.organisationId(), row.id(), LinkRow.TARGET, target));
        }
        command.items().forEach((kind, ids) -> ids.forEach(id ->
                rows.add(new LinkRow(null, row.organisationId(), row.id(), kind, id))));
        links.saveAll(rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public List<CaseRow> list(long org) {
        return cases.findByOrganisationIdOrderByCreatedAtDesc(org);
    }

    public CaseRow get(long org, long id) {
        return cases.findByIdAndOrganisationId(id, org).orElseThrow(() -> new NotFoundException("case"));
    }

    /** The case's linked targets, in the catalogue's terms, in the order they were linked. */
    public List<GoalElement> targets(CaseRow row) {
        return links.findByOrganisationIdAndCaseId(row.organisationId(), row.id()).stream()
                .filter(l -> l.kind().equals(LinkRow.TARGET))
                .map(l -> catalogue.element(l.refId(), row.organisationId())).flatMap(Optional::stream).toList();
    }

    /** The case's linked items by kind (DIALOGUE, WORKSHOP, EXAMPLE, STAKEHOLDER), ids in the order linked. */
    public Map<String, List<Long>> items(CaseRow row) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        LinkRow.ITEM_KINDS.forEach(k -> out.put(k, new ArrayList<>()));
        links.findByOrganisationIdAndCaseId(row.organisationId(), row.id()).stream()
                .filter(l -> out.containsKey(l.kind())).forEach(l -> out.get(l.kind()).add(l.refId()));
        return out;
    }

    /** Targets to suggest for a new case: the latest prioritised ones, wherever they come from. */
    public Set<Long> suggestedTargets(long org) {
        Set<Long> ids = new LinkedHashSet<>();
        prioritised.forEach(p -> ids.addAll(p.prioritised(org)));
        return ids;
    }

    /** Do nothing first, then A, B, C… */
    public List<AlternativeRow> alternatives(CaseRow row) {
        return alternatives.findByOrganisationIdAndCaseIdOrderByPosition(row.organisationId(), row.id());
    }

    /** The alternatives of these cases of the organisation, each case's in order. */
    public List<AlternativeRow> alternatives(long org, Collection<Long> caseIds) {
        return alternatives.findByOrganisationIdAndCaseIdInOrderByPosition(org, caseIds);
    }

    public AlternativeRow alternative(CaseRow row, long id) {
        return alternatives.findByIdAndOrganisationIdAndCaseId(id, row.organisationId(), row.id())
                .orElseThrow(() -> new NotFoundException("alternative"));
    }

    @Transactional
    public AlternativeRow addAlternative(CurrentUser user, CaseRow row, AlternativeCommand command) {
        int next = alternatives(row).stream().mapToInt(AlternativeRow::position).max().orElse(0) + 1;
        AlternativeRow added = alternatives.save(new AlternativeRow(null, row.organisationId(), row.id(), next, false,
                command.title(), text(command.description()), AlternativeCommand.amountOrNull(command.moneyOnce()),
                AlternativeCommand.amountOrNull(command.moneyYearly()),
                AlternativeCommand.amountOrNull(command.staffOnce()),
                AlternativeCommand.amountOrNull(command.staffYearly()), command.priorityValue(),
                text(command.priorityReason())));
        audit.record(user, row, AuditAction.CONSEQUENCE_ALTERNATIVE_CHANGED, "alternative:" + added.letter());
        bases.forget(row.id());
        return added;
    }

    @Transactional
    public AlternativeRow updateAlternative(CurrentUser user, CaseRow row, AlternativeRow alternative,
                                            AlternativeCommand command) {
        AlternativeRow changed = alternatives.update(alternative.with(command.title(), text(command.description()),
                        AlternativeCommand.amountOrNull(command.moneyOnce()),
                        AlternativeCommand.amountOrNull(command.moneyYearly()),
                        AlternativeCommand.amountOrNull(command.staffOnce()),
                        AlternativeCommand.amountOrNull(command.staffYearly()))
                .withPriority(command.priorityValue(), text(command.priorityReason())));
        audit.record(user, row, AuditAction.CONSEQUENCE_ALTERNATIVE_CHANGED, "alternative:" + changed.letter());
        bases.forget(row.id());
        return changed;
    }

    /** Unit names of the organisation, for the case form. */
    public List<OrgUnit> organisationUnits(long org) {
        return units.findByOrganisationIdOrderByName(org);
    }

    public Map<Long, String> unitNames(long org) {
        return organisationUnits(org).stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
    }
}
