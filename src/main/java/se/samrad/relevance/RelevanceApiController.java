package se.samrad.relevance;

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
import se.samrad.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

/**
 * The relevance rounds as JSON for the staff who may read results: the rounds, and one round's result per target
 * (each unit's relevance, the overall value and how it was derived, the prioritisation), with the same checks as
 * the pages.
 */
@Controller("/api/v1/relevance")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RelevanceApiController {

    @Serdeable
    record RoundJson(long id, int year, String title, List<String> frameworks, LocalDate deadline,
                     @Nullable Long previousRound) {
    }

    @Serdeable
    record UnitJson(long id, String name, int assessed, int total, boolean submitted) {
    }

    @Serdeable
    record TargetJson(String framework, String code, List<Relevance> units, @Nullable Relevance overall,
                      String derivedFrom, String reason, @Nullable Control control, boolean prioritised,
                      String justification) {
    }

    @Serdeable
    record ResultJson(RoundJson round, List<UnitJson> units, List<TargetJson> targets) {
    }

    private final Rounds rounds;
    private final Results results;
    private final RelevancePermissions permissions;

    RelevanceApiController(Rounds rounds, Results results, RelevancePermissions permissions) {
        this.rounds = rounds;
        this.results = results;
        this.permissions = permissions;
    }

    @Get("/rounds")
    List<RoundJson> list(Authentication auth) {
        long org = permissions.requireResults(CurrentUser.of(auth));
        return rounds.list(org).stream().map(RelevanceApiController::json).toList();
    }

    @Get("/rounds/{id}")
    ResultJson round(Authentication auth, @PathVariable long id) {
        long org = permissions.requireResults(CurrentUser.of(auth));
        Results.Result result = results.of(rounds.get(org, id));
        List<UnitJson> units = result.units().stream().map(u -> new UnitJson(u.row().unitId(), u.name(),
                u.assessed(), u.total(), u.submitted())).toList();
        List<TargetJson> targets = result.blocks().values().stream().flatMap(List::stream)
                .flatMap(b -> b.lines().stream()).map(l -> new TargetJson(l.target().frameworkKey(),
                        l.target().code(), l.cells(), l.overall().value(),
                        l.overall().decided() ? "analysis-group" : "highest-of-units", l.overall().reason(),
                        l.control(), l.prioritised(), l.prioritised() ? l.decision().justification() : ""))
                .toList();
        return new ResultJson(json(result.round()), units, targets);
    }

    private static RoundJson json(RoundRow r) {
        return new RoundJson(r.id(), r.year(), r.title(), r.frameworkKeys(), r.deadline(), r.previousRoundId());
    }
}
