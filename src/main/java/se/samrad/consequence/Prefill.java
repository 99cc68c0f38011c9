package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetInteractionSource;
import se.samrad.goals.TargetProjectionSource;
import se.samrad.goals.evidence.Evidence;
import se.samrad.platform.security.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Samråd can say before anyone assesses: the do-nothing line from the linked indicators' projections (what
 * happens to each by the target year if nothing changes), and goal conflicts and synergies between the case's
 * targets from the workshops' SDG interaction matrices. Both are read through interfaces the indicators and the
 * workshops implement.
 */
@Singleton
public class Prefill {

    /** A projection beside the rating it suggests for doing nothing. */
    public record ProjectionLine(GoalElement target, TargetProjectionSource.Projection projection, Rating rating) {
    }

    /** An interaction between two targets, at least one of them the case's; score rounded to one decimal. */
    public record InteractionLine(String from, String to, double score, boolean conflict, int count,
                                  boolean disagreement, String session, String href, Instant when) {
        public double magnitude() {
            return Math.abs(score);
        }
    }

    /** Below this mean (in either direction) an interaction is neither a conflict nor a synergy. */
    static final double THRESHOLD = 0.5;

    private final List<TargetProjectionSource> projections;
    private final List<TargetInteractionSource> interactions;
    private final Cases cases;
    private final Cells cells;
    private final GoalCatalogue catalogue;

    Prefill(List<TargetProjectionSource> projections, List<TargetInteractionSource> interactions, Cases cases,
            Cells cells, GoalCatalogue catalogue) {
        this.projections = projections;
        this.interactions = interactions;
        this.cases = cases;
        this.cells = cells;
        this.catalogue = catalogue;
    }

    public List<ProjectionLine> projections(CaseRow kase) {
        return projections(kase, cases.targets(kase));
    }

    /** The projections of the case's targets as the caller has read them. */
    public List<ProjectionLine> projections(CaseRow kase, List<GoalElement> caseTargets) {
        Map<Long, GoalElement> targets = caseTargets.stream()
                .collect(Collectors.toMap(GoalElement::id, Function.identity(), (a, b) -> a));
        List<ProjectionLine> out = new ArrayList<>();
        for (TargetProjectionSource source : projections) {
            for (TargetProjectionSource.Projection p : source.projections(kase.organisationId(), targets.keySet())) {
                GoalElement target = targets.get(p.elementId());
                if (target != null) {
                    out.add(new ProjectionLine(target, p, rating(p)));
                }
            }
        }
        return out;
    }

    /** Doing nothing keeps the trend: moving away is clearly negative, a wrong-way trend negative, a good one positive. */
    static Rating rating(TargetProjectionSource.Projection p) {
        if (p.status() == Evidence.Progress.MOVING_AWAY) {
            return Rating.CLEARLY_NEGATIVE;
        }
        if (p.improving() == null) {
            return Rating.UNCERTAIN;
        }
        return p.improving() ? Rating.POSITIVE : Rating.NEGATIVE;
    }

    public List<InteractionLine> interactions(CaseRow kase) {
        return interactions(kase, cases.targets(kase));
    }

    /** The interactions of the case's targets as the caller has read them. */
    public List<InteractionLine> interactions(CaseRow kase, List<GoalElement> targets) {
        List<Long> ids = targets.stream().map(GoalElement::id).toList();
        List<InteractionLine> out = new ArrayList<>();
        for (TargetInteractionSource source : interactions) {
            for (TargetInteractionSource.Interaction i : source.interactions(kase.organisationId(), ids)) {
                if (Math.abs(i.mean()) < THRESHOLD) {
                    continue;
                }
                out.add(new InteractionLine(code(i.fromElementId(), kase), code(i.toElementId(), kase),
                        Math.round(i.mean() * 10) / 10.0, i.mean() < 0, i.count(), i.disagreement(), i.session(),
                        i.href(), i.when()));
            }
        }
        out.sort(Comparator.comparing(InteractionLine::conflict).reversed()
                .thenComparing(Comparator.comparingDouble(InteractionLine::magnitude).reversed()));
        return out;
    }

    private String code(long elementId, CaseRow kase) {
        return catalogue.element(elementId, kase.organisationId()).map(GoalElement::code).orElse("?");
    }

    /**
     * Fills the do-nothing alternative's long-term cell of each linked target that has a projection and no value
     * yet, as an agreed value by the user with the projection as its note ({@code note} words one line).
     */
    @Transactional
    public int fillDoNothing(CurrentUser user, CaseRow kase, Function<ProjectionLine, String> note) {
        AlternativeRow doNothing = cases.alternatives(kase).stream().filter(AlternativeRow::doNothing).findFirst()
                .orElse(null);
        if (doNothing == null) {
            return 0;
        }
        Sheet sheet = cells.sheet(kase);
        Map<Long, List<ProjectionLine>> byTarget = projections(kase).stream()
                .collect(Collectors.groupingBy(l -> l.target().id()));
        int filled = 0;
        for (Map.Entry<Long, List<ProjectionLine>> e : byTarget.entrySet()) {
            String aspect = Aspect.target(e.getKey());
            if (!sheet.cell(doNothing.id(), Horizon.LONG, aspect, Map.of()).empty()) {
                continue;
            }
            Rating worst = e.getValue().stream().map(ProjectionLine::rating).filter(r -> r != Rating.UNCERTAIN)
                    .min(Comparator.comparingInt(Rating::score)).orElse(Rating.UNCERTAIN);
            String text = String.join(" ", e.getValue().stream().map(note).toList());
            cells.prefill(kase, doNothing, Horizon.LONG, aspect, worst, text.length() > 4000
                    ? text.substring(0, 4000) : text, user.accountId());
            filled++;
        }
        return filled;
    }

    @Nullable
    static Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
