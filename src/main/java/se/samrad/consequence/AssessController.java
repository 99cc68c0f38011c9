package se.samrad.consequence;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.goals.GoalElement;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assessing one alternative over one horizon: every aspect's rating, reason and evidence as the signed-in
 * assessor sees it, the other assessors' views beside it, and the owner's form to settle a cell. Also the
 * case's revision history.
 */
@Controller("/consequence/cases/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class AssessController {

    private final Cases cases;
    private final Cells cells;
    private final ConsequencePermissions permissions;
    private final Prefill prefill;
    private final Views views;

    AssessController(Cases cases, Cells cells, ConsequencePermissions permissions, Prefill prefill, Views views) {
        this.cases = cases;
        this.cells = cells;
        this.permissions = permissions;
        this.prefill = prefill;
        this.views = views;
    }

    /** Fills the do-nothing line's empty long-term target cells from the indicators' projections. */
    @Post("/prefill")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> prefill(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        CaseRow kase = cases.get(org, id);
        prefill.fillDoNothing(user, kase, line -> note(request, line));
        AlternativeRow doNothing = cases.alternatives(kase).stream().filter(AlternativeRow::doNothing).findFirst()
                .orElseThrow();
        return HttpResponse.seeOther(URI.create(path(kase, doNothing, Horizon.LONG) + "?done=prefilled"));
    }

    /** One projection in words, in the reader's language. */
    String note(HttpRequest<?> request, Prefill.ProjectionLine line) {
        var p = line.projection();
        String latest = p.latest() == null ? "–" : views.message(request, "consequence.prefill.value",
                Prefill.round(p.latest()), p.unit(), String.valueOf(p.latestYear()));
        if (p.projected() == null) {
            return views.message(request, "consequence.prefill.note-no-trend", p.indicator(), latest);
        }
        String projected = views.message(request, "consequence.prefill.value", Prefill.round(p.projected()), p.unit(),
                String.valueOf(p.year()));
        String target = p.target() == null ? "–" : views.message(request, "consequence.prefill.target-value",
                Prefill.round(p.target()), p.unit());
        return views.message(request, "consequence.prefill.note", p.indicator(), latest, projected, target);
    }

    @Get("/assess/{alternative}/{horizon}")
    HttpResponse<String> sheet(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                               @PathVariable long alternative, @PathVariable String horizon) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireRead(user);
        CaseRow kase = cases.get(org, id);
        return page(request, HttpStatus.OK, user, kase, cases.alternative(kase, alternative), horizon(horizon),
                Map.of(), new FormErrors());
    }

    @Post("/assess/{alternative}/{horizon}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                         @PathVariable long alternative, @PathVariable String horizon,
                         @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        CaseRow kase = cases.get(org, id);
        AlternativeRow alt = cases.alternative(kase, alternative);
        Horizon h = horizon(horizon);
        FormErrors errors = new FormErrors();
        List<Cells.Entry> entries = new ArrayList<>();
        Map<String, String> typed = new HashMap<>();
        for (Pages.AspectLine line : Pages.aspects(cases.targets(kase))) {
            String k = line.key();
            String rating = text(body, k + "-rating");
            String reason = text(body, k + "-reason");
            String evidence = text(body, k + "-evidence");
            typed.put(k + "-rating", rating);
            typed.put(k + "-reason", reason);
            typed.put(k + "-evidence", evidence);
            if (reason.length() > 4000) {
                errors.add(k + "-reason", "form.error.too-long");
            }
            if (evidence.length() > 2000) {
                errors.add(k + "-evidence", "form.error.too-long");
            }
            if (rating.isBlank()) {
                if (!reason.isBlank()) {
                    errors.add(k + "-rating", "consequence.error.rating");
                }
                continue;
            }
            Rating r = rating(rating);
            if (r == null) {
                errors.add(k + "-rating", "consequence.error.rating");
            } else {
                entries.add(new Cells.Entry(k, r, reason, evidence));
            }
        }
        if (!errors.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, user, kase, alt, h, typed, errors);
        }
        cells.saveViews(user, kase, alt, h, entries);
        return HttpResponse.seeOther(URI.create(path(kase, alt, h) + "?done=saved"));
    }

    @Post("/assess/{alternative}/{horizon}/settle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> settle(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @PathVariable long alternative, @PathVariable String horizon,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        CaseRow kase = cases.get(org, id);
        permissions.requireSettle(user, kase);
        AlternativeRow alt = cases.alternative(kase, alternative);
        Horizon h = horizon(horizon);
        String aspect = text(body, "aspect");
        Set<String> known = Pages.aspects(cases.targets(kase)).stream().map(Pages.AspectLine::key)
                .collect(Collectors.toSet());
        if (!known.contains(aspect)) {
            throw new NotFoundException("aspect");
        }
        String field = "settle-" + aspect;
        Rating r = rating(text(body, field + "-rating"));
        String note = text(body, field + "-note");
        FormErrors errors = new FormErrors();
        if (r == null) {
            errors.add(field + "-rating", "consequence.error.rating");
        }
        if (note.isBlank()) {
            errors.add(field + "-note", "consequence.error.note");
        } else if (note.length() > 4000) {
            errors.add(field + "-note", "form.error.too-long");
        }
        if (!errors.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, user, kase, alt, h,
                    Map.of(field + "-rating", text(body, field + "-rating"), field + "-note", note), errors);
        }
        cells.settle(user, kase, alt, h, aspect, r, note);
        return HttpResponse.seeOther(URI.create(path(kase, alt, h) + "?done=settled#a-" + aspect));
    }

    @Get("/history")
    HttpResponse<String> history(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        long org = permissions.requireRead(CurrentUser.of(auth));
        CaseRow kase = cases.get(org, id);
        Map<String, AlternativeRow> alternatives = cases.alternatives(kase).stream()
                .collect(Collectors.toMap(a -> a.id().toString(), a -> a));
        Map<String, String> targetCodes = cases.targets(kase).stream()
                .collect(Collectors.toMap(t -> Aspect.target(t.id()), GoalElement::code, (a, b) -> a));
        return views.page(request, "consequence/history", Pages.model("kase", kase, "revisions", cells.history(kase),
                "alternatives", alternatives, "targetCodes", targetCodes));
    }

    private HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, CurrentUser user, CaseRow kase,
                                      AlternativeRow alt, Horizon horizon, Map<String, String> typed,
                                      FormErrors errors) {
        List<GoalElement> targets = cases.targets(kase);
        Sheet sheet = cells.sheet(kase);
        Map<Long, String> people = cells.people(kase.organisationId());
        List<Pages.AspectLine> lines = Pages.aspects(targets);
        Map<String, Sheet.Cell> cellsByAspect = new HashMap<>();
        lines.forEach(l -> cellsByAspect.put(l.key(), sheet.cell(alt.id(), horizon, l.key(), people)));
        return views.page(request, status, "consequence/assess", Pages.model("kase", kase, "alternative", alt,
                "horizon", horizon, "lines", lines, "cells", cellsByAspect, "typed", typed, "errors", errors,
                "me", user.accountId(), "ratings", Rating.values(), "groups", Aspect.Group.values(),
                "alternatives", cases.alternatives(kase), "horizons", Horizon.values(),
                "canManage", permissions.canManage(user), "canSettle", permissions.canSettle(user, kase),
                "projections", alt.doNothing() ? prefill.projections(kase).stream()
                        .map(l -> List.<Object>of(l, note(request, l))).toList() : List.of(),
                "interactions", prefill.interactions(kase),
                "done", request.getParameters().get("done", String.class, "")));
    }

    static String path(CaseRow kase, AlternativeRow alt, Horizon horizon) {
        return "/consequence/cases/" + kase.id() + "/assess/" + alt.id() + "/" + horizon.name().toLowerCase();
    }

    private static Horizon horizon(String text) {
        try {
            return Horizon.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("horizon");
        }
    }

    private static Rating rating(String text) {
        try {
            return text == null || text.isBlank() ? null : Rating.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Map<String, Object> body, String field) {
        String v = Forms.value(body, field);
        return v == null ? "" : v.strip();
    }
}
