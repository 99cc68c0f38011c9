package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finding stakeholders (issue 17, "who have we not heard from"): by words in names, descriptions and timeline
 * text, analysed as the library analyses Swedish ({@link RegisterWords}: inflections, compound parts, a typing
 * error), kind, current overall quadrant, a
 * linked target, and the last engagement; with counts per kind and quadrant of what was found, and the coverage of
 * one dialogue or workshop by stakeholder kind.
 */
@Singleton
public class StakeholderFinder {

    /** A stakeholder found, with its current overall quadrant and last engagement (either may be missing). */
    public record Hit(StakeholderRow stakeholder, @Nullable Quadrant quadrant, @Nullable LocalDate lastEngaged) {

        public String lastEngagedText() {
            return Dates.text(lastEngaged);
        }
    }

    /** The hits, by name, and how many of them there are per kind and per quadrant (the facets). */
    public record Result(List<Hit> hits, Map<StakeholderKind, Long> byKind, Map<Quadrant, Long> byQuadrant) {
    }

    /** One stakeholder kind's part in a dialogue or workshop: how many the register has, how many took part. */
    public record Coverage(StakeholderKind kind, long inRegister, long tookPart) {
    }

    private final StakeholderRegister register;
    private final Placements placements;
    private final EngagementRowRepository engagements;
    private final TargetRowRepository targets;
    private final GoalCatalogue catalogue;
    private final StakeholderPermissions permissions;
    private final RegisterWords words;

    StakeholderFinder(StakeholderRegister register, Placements placements, EngagementRowRepository engagements,
                      TargetRowRepository targets, GoalCatalogue catalogue, StakeholderPermissions permissions,
                      RegisterWords words) {
        this.words = words;
        this.register = register;
        this.placements = placements;
        this.engagements = engagements;
        this.targets = targets;
        this.catalogue = catalogue;
        this.permissions = permissions;
    }

    public Result find(CurrentUser user, FindCommand filter) {
        long organisationId = permissions.requireRead(user);
        Map<Long, Quadrant> quadrants = new HashMap<>();
        placements.current(organisationId).stream().filter(c -> c.placement().issueKey().isEmpty())
                .forEach(c -> quadrants.put(c.stakeholder().id(), c.placement().quadrant()));
        Map<Long, LocalDate> last = engagements.lastEngagements(organisationId).stream()
                .collect(Collectors.toMap(LastEngagement::id, LastEngagement::lastOn));
        RegisterWords.Query query = words.query(filter.q());
        Set<Long> mentioned = query.isEmpty() ? Set.of() : words.mentioning(organisationId, query);
        Set<Long> linked = filter.target() == null ? Set.of()
                : targets.findByOrganisationIdAndElementIdIn(organisationId, List.of(filter.target())).stream()
                .map(TargetRow::stakeholderId).collect(Collectors.toSet());
        LocalDate since = filter.silentSinceDate();
        List<Hit> hits = register.list(user).stream()
                .filter(s -> query.isEmpty() || mentioned.contains(s.id()) || words.matches(s, query))
                .filter(s -> filter.kind() == null || s.kind() == filter.kind())
                .filter(s -> filter.quadrant() == null || filter.quadrant() == quadrants.get(s.id()))
                .filter(s -> filter.target() == null || linked.contains(s.id()))
                .filter(s -> !filter.never() || !last.containsKey(s.id()))
                .filter(s -> since == null || !last.containsKey(s.id()) || last.get(s.id()).isBefore(since))
                .map(s -> new Hit(s, quadrants.get(s.id()), last.get(s.id())))
                .toList();
        Map<StakeholderKind, Long> byKind = new EnumMap<>(StakeholderKind.class);
        Map<Quadrant, Long> byQuadrant = new EnumMap<>(Quadrant.class);
        for (Hit hit : hits) {
            byKind.merge(hit.stakeholder().kind(), 1L, Long::sum);
            if (hit.quadrant() != null) {
                byQuadrant.merge(hit.quadrant(), 1L, Long::sum);
            }
        }
        return new Result(hits, byKind, byQuadrant);
    }

    /** The targets any stakeholder of the register is linked to, for the filter's choices. */
    public List<GoalElement> linkedTargets(CurrentUser user) {
        long organisationId = permissions.requireRead(user);
        return targets.findByOrganisationId(organisationId).stream().map(TargetRow::elementId).distinct()
                .flatMap(id -> catalogue.element(id, organisationId).stream())
                .sorted(Comparator.comparing(GoalElement::frameworkKey).thenComparing(GoalElement::position))
                .toList();
    }

    /** Per stakeholder kind in the register: how many took part in the dialogue or workshop. */
    public List<Coverage> coverage(CurrentUser user, IssueKind kind, long ref) {
        long organisationId = permissions.requireRead(user);
        Set<Long> tookPart = new HashSet<>(engagements.participants(organisationId, kind.name(), ref));
        Map<StakeholderKind, List<StakeholderRow>> byKind = register.list(user).stream()
                .collect(Collectors.groupingBy(StakeholderRow::kind, () -> new EnumMap<>(StakeholderKind.class),
                        Collectors.toList()));
        return byKind.entrySet().stream().map(e -> new Coverage(e.getKey(), e.getValue().size(),
                e.getValue().stream().map(StakeholderRow::id).filter(tookPart::contains).count())).toList();
    }

    /** A LIKE pattern finding the words anywhere, with the pattern's own characters escaped. */
    static String like(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
