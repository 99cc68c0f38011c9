package se.samrad.indicator;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.OrgUnitRepository;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation's indicators: definitions, target levels and the goal targets each follows. */
@Singleton
public class Indicators {

    private final IndicatorRowRepository indicators;
    private final TargetLevelRowRepository targets;
    private final GoalLinkRowRepository links;
    private final OrgUnitRepository units;
    private final GoalCatalogue catalogue;
    private final IndicatorPermissions permissions;
    private final AuditLog audit;
    private final SummaryCache summaries;
    private final Clock clock;

    Indicators(IndicatorRowRepository indicators, TargetLevelRowRepository targets, GoalLinkRowRepository links,
               OrgUnitRepository units, GoalCatalogue catalogue, IndicatorPermissions permissions, AuditLog audit,
               SummaryCache summaries, Clock clock) {
        this.summaries = summaries;
        this.indicators = indicators;
        this.targets = targets;
        this.links = links;
        this.units = units;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<IndicatorRow> list(CurrentUser user) {
        return indicators.findByOrganisationIdOrderByTitle(permissions.requireRead(user));
    }

    public IndicatorRow get(CurrentUser user, long id) {
        return find(permissions.requireRead(user), id);
    }

    IndicatorRow find(long organisationId, long id) {
        return indicators.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("indicator " + id));
    }

    List<IndicatorRow> all(long organisationId) {
        return indicators.findByOrganisationIdOrderByTitle(organisationId);
    }

    Map<Long, IndicatorRow> byId(long organisationId, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : indicators.findByOrganisationIdAndIdIn(organisationId, ids).stream()
                .collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
    }

    /** The organisation's units, to choose the one responsible. */
    List<OrgUnit> units(long organisationId) {
        return units.findByOrganisationIdOrderByName(organisationId);
    }

    @Transactional
    public IndicatorRow create(CurrentUser user, IndicatorCommand command) {
        long organisationId = permissions.requireEdit(user);
        checkUnit(organisationId, command);
        String koladaId = command.koladaIdOrNull();
        if (koladaId != null && indicators.findByOrganisationIdAndKoladaId(organisationId, koladaId).isPresent()) {
            throw new InvalidRequestException("indicator.error.kolada-exists");
        }
        Instant now = clock.instant();
        IndicatorRow saved = indicators.save(row(null, organisationId, command, now, now));
        audit.record(organisationId, user, AuditAction.INDICATOR_CREATED, ref(saved.id()), saved.title());
        summaries.invalidate(organisationId);
        return saved;
    }

    @Transactional
    public IndicatorRow update(CurrentUser user, long id, IndicatorCommand command) {
        long organisationId = permissions.requireEdit(user);
        IndicatorRow existing = find(organisationId, id);
        checkUnit(organisationId, command);
        String koladaId = command.koladaIdOrNull();
        if (koladaId != null && indicators.findByOrganisationIdAndKoladaId(organisationId, koladaId)
                .filter(other -> other.id() != id).isPresent()) {
            throw new InvalidRequestException("indicator.error.kolada-exists");
        }
        IndicatorRow saved = indicators.update(row(id, organisationId, command, existing.createdAt(), clock.instant()));
        audit.record(organisationId, user, AuditAction.INDICATOR_CHANGED, ref(id), saved.title());
        summaries.invalidate(organisationId);
        return saved;
    }

    private void checkUnit(long organisationId, IndicatorCommand command) {
        Long unitId = command.unitIdOrNull();
        if (unitId != null && units.findByIdAndOrganisationId(unitId, organisationId).isEmpty()) {
            throw new InvalidRequestException("form.error.choose");
        }
    }

    private static IndicatorRow row(Long id, long organisationId, IndicatorCommand c, Instant created, Instant now) {
        return new IndicatorRow(id, organisationId, c.koladaIdOrNull(), c.title().strip(),
                IndicatorCommand.or(c.description()), IndicatorCommand.or(c.unit()), c.direction(),
                IndicatorCommand.or(c.source()), IndicatorCommand.or(c.keyword()),
                IndicatorCommand.or(c.steeringDocument()), c.unitIdOrNull(), c.baselineYearOrNull(), c.byGender(),
                created, now);
    }

    /** The indicator's target levels, earliest year first. */
    public List<TargetLevelRow> targets(long organisationId, long indicatorId) {
        return targets.findByOrganisationIdAndIndicatorIdOrderByYear(organisationId, indicatorId);
    }

    Map<Long, List<TargetLevelRow>> targets(long organisationId, Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? Map.of() : targets.findByOrganisationIdAndIndicatorIdInOrderByYear(
                organisationId, indicatorIds).stream().collect(Collectors.groupingBy(TargetLevelRow::indicatorId));
    }

    /** Sets (or with a blank value removes) the target level of a year. */
    @Transactional
    public void setTarget(CurrentUser user, long indicatorId, TargetCommand command) {
        long organisationId = permissions.requireEdit(user);
        find(organisationId, indicatorId);
        int year = Integer.parseInt(command.targetYear());
        Double value = Numbers.decimal(command.targetValue());
        var existing = targets.findByOrganisationIdAndIndicatorIdAndYear(organisationId, indicatorId, year);
        String note = IndicatorCommand.or(command.note());
        if (value == null) {
            existing.ifPresent(targets::delete);
        } else if (existing.isPresent()) {
            targets.update(new TargetLevelRow(existing.get().id(), organisationId, indicatorId, year, value, note));
        } else {
            targets.save(new TargetLevelRow(null, organisationId, indicatorId, year, value, note));
        }
        audit.record(organisationId, user, AuditAction.INDICATOR_CHANGED, ref(indicatorId),
                "target " + year + " = " + Numbers.text(value));
        summaries.invalidate(organisationId);
    }

    /** The goal elements the indicator follows. */
    public List<GoalElement> goals(long organisationId, long indicatorId) {
        return links.findByOrganisationIdAndIndicatorId(organisationId, indicatorId).stream()
                .flatMap(l -> catalogue.element(l.elementId(), organisationId).stream()).toList();
    }

    Map<Long, List<Long>> goalIds(long organisationId, Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? Map.of() : links.findByOrganisationIdAndIndicatorIdIn(organisationId,
                indicatorIds).stream().collect(Collectors.groupingBy(GoalLinkRow::indicatorId,
                Collectors.mapping(GoalLinkRow::elementId, Collectors.toList())));
    }

    /** The links to any of these elements (for targets' pages and evidence). */
    List<GoalLinkRow> linksTo(long organisationId, Collection<Long> elementIds) {
        return elementIds.isEmpty() ? List.of() : links.findByOrganisationIdAndElementIdIn(organisationId, elementIds);
    }

    /** Replaces the goal elements the indicator follows; an element the organisation cannot see is refused. */
    @Transactional
    public void setGoals(CurrentUser user, long indicatorId, Set<Long> elementIds) {
        long organisationId = permissions.requireEdit(user);
        find(organisationId, indicatorId);
        for (long id : elementIds) {
            if (catalogue.element(id, organisationId).isEmpty()) {
                throw new InvalidRequestException("indicator.error.target");
            }
        }
        links.deleteByOrganisationIdAndIndicatorId(organisationId, indicatorId);
        for (long id : elementIds) {
            links.save(new GoalLinkRow(null, organisationId, indicatorId, id));
        }
        audit.record(organisationId, user, AuditAction.INDICATOR_CHANGED, ref(indicatorId),
                elementIds.size() + " targets");
        summaries.invalidate(organisationId);
    }

    static String ref(long id) {
        return "indicator:" + id;
    }
}
