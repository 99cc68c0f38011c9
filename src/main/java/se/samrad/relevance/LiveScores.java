package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.RelevanceInbox;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Levels agreed live in a workshop's relevance scoring land here (issue 19): each becomes the unit's relevance
 * for the target (what else the unit wrote stays), with a note of where it came from. Only to units of open
 * rounds the user answers for (their contact, or an admin or analyst); audited.
 */
@Singleton
class LiveScores implements RelevanceInbox {

    private final Rounds rounds;
    private final RoundUnitRowRepository units;
    private final AnswerRowRepository answers;
    private final LiveScoreRowRepository live;
    private final RelevancePermissions permissions;
    private final RelevanceAudit audit;
    private final Clock clock;

    LiveScores(Rounds rounds, RoundUnitRowRepository units, AnswerRowRepository answers, LiveScoreRowRepository live,
               RelevancePermissions permissions, RelevanceAudit audit, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.answers = answers;
        this.live = live;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Destination> destinations(CurrentUser user) {
        if (user.organisationId() == null) {
            return List.of();
        }
        long org = user.organisationId();
        Map<Long, String> names = rounds.unitNames(org);
        List<Destination> found = new ArrayList<>();
        for (RoundRow round : rounds.list(org)) {
            if (round.closed()) {
                continue;
            }
            units.findByOrganisationIdAndRoundId(org, round.id()).stream()
                    .filter(u -> permissions.canAnswer(user, u))
                    .map(u -> new Destination(round.id() + ":" + u.unitId(), round.title() + " (" + round.year()
                            + ") – " + names.getOrDefault(u.unitId(), "")))
                    .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
                    .forEach(found::add);
        }
        return found;
    }

    @Override
    @Transactional
    public int receive(CurrentUser user, String destination, List<Agreed> agreed, String source, String href) {
        RoundUnitRow unit = unit(user, destination);
        RoundRow round = rounds.get(unit.organisationId(), unit.roundId());
        if (round.closed()) {
            throw new InvalidRequestException("relevance.error.closed");
        }
        Set<Long> leaves = rounds.leaves(round).stream().map(GoalElement::id).collect(Collectors.toSet());
        Map<Long, Relevance> levels = new LinkedHashMap<>();
        for (Agreed a : agreed) {
            if (leaves.contains(a.elementId()) && a.level() >= 0 && a.level() < Relevance.values().length) {
                levels.put(a.elementId(), Relevance.values()[a.level()]);
            }
        }
        if (levels.isEmpty()) {
            throw new InvalidRequestException("relevance.live.error.no-targets");
        }
        Instant now = clock.instant();
        Map<Long, AnswerRow> existing = byElement(answers.findByOrganisationIdAndRoundIdAndUnitIdAndElementIdIn(
                unit.organisationId(), unit.roundId(), unit.unitId(), levels.keySet()), AnswerRow::elementId);
        Map<Long, LiveScoreRow> noted = byElement(live.findByOrganisationIdAndRoundIdAndUnitIdAndElementIdIn(
                unit.organisationId(), unit.roundId(), unit.unitId(), levels.keySet()), LiveScoreRow::elementId);
        String title = source.length() > 700 ? source.substring(0, 700) : source;
        levels.forEach((element, level) -> {
            AnswerRow old = existing.get(element);
            if (old == null) {
                answers.save(new AnswerRow(null, unit.organisationId(), unit.roundId(), unit.unitId(), element, level,
                        null, "", "", "", "", "", now));
            } else {
                answers.update(new AnswerRow(old.id(), old.organisationId(), old.roundId(), old.unitId(), element,
                        level, old.control(), old.collaborators(), old.contribution(), old.steering(),
                        old.challenges(), old.note(), now));
            }
            LiveScoreRow before = noted.get(element);
            LiveScoreRow row = new LiveScoreRow(before == null ? null : before.id(), unit.organisationId(),
                    unit.roundId(), unit.unitId(), element, level, title, href, user.accountId(), now);
            if (before == null) {
                live.save(row);
            } else {
                live.update(row);
            }
        });
        audit.record(user, unit.organisationId(), unit.roundId(), AuditAction.RELEVANCE_LIVE_SCORES_RECEIVED,
                "unit:" + unit.unitId() + " " + levels.size() + " " + title);
        return levels.size();
    }

    /** Where each of these elements' level came from, when it was agreed live, by element id. */
    Map<Long, LiveScoreRow> of(RoundUnitRow unit, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return Map.of();
        }
        return byElement(live.findByOrganisationIdAndRoundIdAndUnitIdAndElementIdIn(unit.organisationId(),
                unit.roundId(), unit.unitId(), elementIds), LiveScoreRow::elementId);
    }

    private RoundUnitRow unit(CurrentUser user, String destination) {
        String[] parts = destination == null ? new String[0] : destination.split(":");
        try {
            if (parts.length != 2 || user.organisationId() == null) {
                throw new InvalidRequestException("relevance.live.error.destination");
            }
            RoundUnitRow unit = rounds.unit(user.organisationId(), Long.parseLong(parts[0].strip()),
                    Long.parseLong(parts[1].strip()));
            if (!permissions.canAnswer(user, unit)) {
                throw new InvalidRequestException("relevance.live.error.destination");
            }
            return unit;
        } catch (NumberFormatException | NotFoundException e) {
            throw new InvalidRequestException("relevance.live.error.destination");
        }
    }

    private static <T> Map<Long, T> byElement(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
