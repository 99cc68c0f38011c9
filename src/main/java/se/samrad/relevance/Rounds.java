package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.Framework;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.OrgUnitRepository;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assessment rounds: opening one, its units and their progress, and next year's round started from this one. */
@Singleton
public class Rounds {

    private final RoundRowRepository rounds;
    private final RoundUnitRowRepository units;
    private final AnswerRowRepository answers;
    private final OrgUnitRepository orgUnits;
    private final AccountService accounts;
    private final GoalCatalogue catalogue;
    private final RelevanceAudit audit;
    private final AnswerExamples examples;
    private final Clock clock;

    Rounds(RoundRowRepository rounds, RoundUnitRowRepository units, AnswerRowRepository answers,
           OrgUnitRepository orgUnits, AccountService accounts, GoalCatalogue catalogue, RelevanceAudit audit,
           AnswerExamples examples, Clock clock) {
        this.audit = audit;
        this.examples = examples;
        this.rounds = rounds;
        this.units = units;
        this.answers = answers;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * A unit of a round with its name, contact, progress (assessed elements out of all) and who last reminded it.
     */
    public record UnitProgress(RoundUnitRow row, String name, String contactName, String remindedBy, int assessed,
                               int total) {
        public boolean submitted() {
            return row.submittedAt() != null;
        }

        public boolean reminded() {
            return row.remindedAt() != null;
        }

        public int percent() {
            return total == 0 ? 0 : assessed * 100 / total;
        }
    }

    /** A round the user answers for, with the unit. */
    public record Task(RoundRow round, UnitProgress unit) {
    }

    @Transactional
    public RoundRow open(CurrentUser user, OpenRoundCommand command) {
        long org = user.requireOrganisation();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Framework.AGENDA_2030);
        for (String key : command.frameworks()) {
            keys.add(catalogue.framework(key, org).key());
        }
        Set<Long> staff = accounts.staff(org).stream().map(s -> s.id()).collect(Collectors.toSet());
        String instructions = command.instructions() == null ? "" : command.instructions();
        RoundRow round = rounds.save(new RoundRow(null, org, command.yearValue(), command.title(),
                String.join(",", keys), command.deadlineDate(), instructions, null, false, clock.instant(), false));
        for (Long unitId : new LinkedHashSet<>(command.units())) {
            orgUnits.findByIdAndOrganisationId(unitId, org).orElseThrow(() -> new InvalidRequestException(
                    "relevance.error.units"));
            Long contact = command.contactOf(unitId);
            if (contact != null && !staff.contains(contact)) {
                throw new InvalidRequestException("relevance.error.contact");
            }
            units.save(RoundUnitRow.of(org, round.id(), unitId, contact));
        }
        audit.round(user, round, AuditAction.RELEVANCE_ROUND_OPENED);
        return round;
    }

    public List<RoundRow> list(long organisationId) {
        return rounds.findByOrganisationIdOrderByYearDesc(organisationId);
    }

    public RoundRow get(long organisationId, long id) {
        return rounds.findByIdAndOrganisationId(id, organisationId).orElseThrow(() -> new NotFoundException("round"));
    }

    public RoundUnitRow unit(long organisationId, long roundId, long unitId) {
        return units.findByOrganisationIdAndRoundIdAndUnitId(organisationId, roundId, unitId)
                .orElseThrow(() -> new NotFoundException("round unit"));
    }

    /** The frameworks of a round as the organisation sees them now. */
    public List<Framework> frameworks(RoundRow round) {
        List<Framework> found = new ArrayList<>();
        for (String key : round.frameworkKeys()) {
            try {
                found.add(catalogue.framework(key, round.organisationId()));
            } catch (NotFoundException e) {
                // An own framework deleted since the round opened: its answers stay, its form goes.
            }
        }
        return found;
    }

    /** Every element assessed in the round: targets, and goals without targets. */
    public List<GoalElement> leaves(RoundRow round) {
        return frameworks(round).stream().flatMap(f -> f.leaves().stream()).toList();
    }

    public List<UnitProgress> progress(RoundRow round) {
        List<RoundUnitRow> rows = units.findByOrganisationIdAndRoundId(round.organisationId(), round.id());
        return describe(round, rows, answers.findByOrganisationIdAndRoundId(round.organisationId(), round.id()));
    }

    /** The open rounds' units the user answers for, newest round first. */
    public List<Task> tasks(CurrentUser user) {
        long org = user.requireOrganisation();
        Map<Long, List<RoundUnitRow>> byRound = units.findByOrganisationIdAndContactAccountId(org, user.accountId())
                .stream().collect(Collectors.groupingBy(RoundUnitRow::roundId));
        if (byRound.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (RoundRow round : rounds.findByOrganisationIdAndIdIn(org, byRound.keySet())) {
            if (round.closed()) {
                continue;
            }
            List<AnswerRow> all = answers.findByOrganisationIdAndRoundId(org, round.id());
            describe(round, byRound.get(round.id()), all).forEach(u -> tasks.add(new Task(round, u)));
        }
        tasks.sort((a, b) -> Integer.compare(b.round().year(), a.round().year()));
        return tasks;
    }

    private List<UnitProgress> describe(RoundRow round, List<RoundUnitRow> rows, List<AnswerRow> all) {
        Set<Long> leafIds = leaves(round).stream().map(GoalElement::id).collect(Collectors.toSet());
        Map<Long, Long> assessed = all.stream().filter(a -> a.relevance() != null && leafIds.contains(a.elementId()))
                .collect(Collectors.groupingBy(AnswerRow::unitId, Collectors.counting()));
        Map<Long, String> names = unitNames(round.organisationId());
        Map<Long, String> people = accounts.staff(round.organisationId()).stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.displayName()));
        return rows.stream().map(r -> new UnitProgress(r, names.getOrDefault(r.unitId(), ""),
                        nameOf(people, r.contactAccountId()), nameOf(people, r.remindedBy()),
                        assessed.getOrDefault(r.unitId(), 0L).intValue(), leafIds.size()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    private static String nameOf(Map<Long, String> people, Long accountId) {
        return accountId == null ? "" : people.getOrDefault(accountId, "");
    }

    public Map<Long, String> unitNames(long organisationId) {
        return orgUnits.findByOrganisationIdOrderByName(organisationId).stream()
                .collect(Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
    }

    /** Hands a unit in; handing in again changes nothing. A closed round takes no hand-in. */
    @Transactional
    public void submit(CurrentUser user, RoundRow round, RoundUnitRow unit) {
        RoundClosing.requireOpen(round);
        if (unit.submittedAt() == null) {
            units.update(unit.submitted(clock.instant()));
            audit.unit(user, unit, AuditAction.RELEVANCE_UNIT_SUBMITTED);
        }
    }

    /**
     * Next year's round, started from this one: the same frameworks, units and contacts, and every answer
     * copied as a draft to revise. Asking twice gives the round already started.
     */
    @Transactional
    public RoundRow startNext(CurrentUser user, long roundId) {
        long org = user.requireOrganisation();
        RoundRow last = get(org, roundId);
        for (RoundRow existing : list(org)) {
            if (existing.previousRoundId() != null && existing.previousRoundId() == roundId) {
                return existing;
            }
        }
        RoundRow next = rounds.save(new RoundRow(null, org, last.year() + 1, last.title(), last.frameworks(),
                last.deadline().plusYears(1), last.instructions(), last.id(), false, clock.instant(), false));
        for (RoundUnitRow u : units.findByOrganisationIdAndRoundId(org, last.id())) {
            units.save(RoundUnitRow.of(org, next.id(), u.unitId(), u.contactAccountId()));
        }
        List<AnswerRow> copies = answers.findByOrganisationIdAndRoundId(org, last.id()).stream()
                .map(a -> new AnswerRow(null, org, next.id(), a.unitId(), a.elementId(), a.relevance(), a.control(),
                        a.collaborators(), a.contribution(), a.steering(), a.challenges(), a.note(), clock.instant()))
                .toList();
        answers.saveAll(copies);
        examples.copy(org, last.id(), next.id());
        audit.round(user, next, AuditAction.RELEVANCE_ROUND_OPENED);
        return next;
    }

    /** Publishes or withdraws the round's public summary. */
    @Transactional
    public RoundRow publish(CurrentUser user, RoundRow round, boolean published) {
        if (round.published() == published) {
            return round;
        }
        audit.round(user, round, published ? AuditAction.RELEVANCE_ROUND_PUBLISHED
                : AuditAction.RELEVANCE_ROUND_WITHDRAWN);
        return rounds.update(round.withPublished(published));
    }

    /** A published round, by id alone: the public summary belongs to no signed-in organisation. */
    public RoundRow published(long id) {
        return rounds.findById(id).filter(RoundRow::published).orElseThrow(() -> new NotFoundException("round"));
    }

    /** Units of the organisation, for the form that opens a round. */
    public List<OrgUnit> organisationUnits(long organisationId) {
        return orgUnits.findByOrganisationIdOrderByName(organisationId);
    }

    /** Looks up an element of the round's frameworks by id, for the forms. */
    public Map<Long, GoalElement> goalsById(RoundRow round) {
        return frameworks(round).stream().flatMap(f -> f.goals().stream())
                .collect(Collectors.toMap(GoalElement::id, Function.identity()));
    }
}
