package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.goals.GoalElement;
import se.samrad.platform.security.CurrentUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consequence assessment's cases as JSON, read-only, for those who read them on the pages (admins, analysts,
 * council members; other staff 403, another organisation's case 404): the list, and one case with its targets,
 * linked items, alternatives with resources, priority and effect, the SKR matrix's cells and the decision.
 */
@Controller("/api/v1/consequence")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ConsequenceApiController {

    @Serdeable
    record CaseJson(long id, String title, String decidingBody, @Nullable LocalDate decisionDate,
                    Instant updatedAt) {
    }

    @Serdeable
    record AlternativeJson(long id, String letter, boolean doNothing, String title, String description,
                           @Nullable BigDecimal moneyOnce, @Nullable BigDecimal moneyYearly,
                           @Nullable BigDecimal staffOnce, @Nullable BigDecimal staffYearly,
                           @Nullable Integer priority, String priorityReason, int effect, int assessed) {
    }

    @Serdeable
    record CellJson(long alternative, String horizon, String aspect, @Nullable String value, boolean disputed,
                    int assessors) {
    }

    @Serdeable
    record DecisionJson(LocalDate decidedOn, String body, String paragraph, long alternative, String why) {
    }

    @Serdeable
    record CaseDetailJson(CaseJson kase, String background, List<String> targets, Map<String, List<Long>> items,
                          List<AlternativeJson> alternatives, List<CellJson> cells,
                          @Nullable DecisionJson decision) {
    }

    private final Cases cases;
    private final Matrix matrix;
    private final Prioritisation prioritisation;
    private final Decisions decisions;
    private final ConsequencePermissions permissions;

    ConsequenceApiController(Cases cases, Matrix matrix, Prioritisation prioritisation, Decisions decisions,
                             ConsequencePermissions permissions) {
        this.cases = cases;
        this.matrix = matrix;
        this.prioritisation = prioritisation;
        this.decisions = decisions;
        this.permissions = permissions;
    }

    @Get("/cases")
    List<CaseJson> list(Authentication auth) {
        long org = permissions.requireRead(CurrentUser.of(auth));
        return cases.list(org).stream().map(ConsequenceApiController::json).toList();
    }

    @Get("/cases/{id}")
    CaseDetailJson one(Authentication auth, @PathVariable long id) {
        long org = permissions.requireRead(CurrentUser.of(auth));
        CaseRow kase = cases.get(org, id);
        List<GoalElement> targets = cases.targets(kase);
        List<AlternativeRow> alternatives = cases.alternatives(kase);
        List<AlternativeJson> alts = prioritisation.ofCase(org, kase).points().stream().map(p -> {
            AlternativeRow a = p.alternative();
            return new AlternativeJson(a.id(), a.doNothing() ? "" : a.letter(), a.doNothing(), a.title(),
                    a.description(), a.moneyOnce(), a.moneyYearly(), a.staffOnce(), a.staffYearly(), a.priority(),
                    a.priorityReason(), p.effect(), p.assessed());
        }).toList();
        List<CellJson> cells = new ArrayList<>();
        for (Matrix.Row row : matrix.rows(kase, targets, alternatives)) {
            List<Matrix.Item> items = new ArrayList<>(row.effect());
            items.addAll(row.service());
            items.addAll(row.societal());
            items.forEach(i -> cells.add(new CellJson(row.alternative().id(), row.horizon().name(), i.line().key(),
                    i.cell().value() == null ? null : i.cell().value().name(), i.cell().disagreement(),
                    i.cell().assessors())));
        }
        DecisionJson decision = decisions.of(kase).map(d -> new DecisionJson(d.row().decidedOn(), d.row().body(),
                d.row().paragraph(), d.row().alternativeId(), d.row().why())).orElse(null);
        return new CaseDetailJson(json(kase), kase.background(),
                targets.stream().map(t -> t.frameworkKey() + ":" + t.code()).toList(), cases.items(kase), alts, cells,
                decision);
    }

    private static CaseJson json(CaseRow c) {
        return new CaseJson(c.id(), c.title(), c.decidingBody(), c.decisionDate(), c.updatedAt());
    }
}
