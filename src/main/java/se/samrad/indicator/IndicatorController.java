package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

/** Indicators: list with signals, create and edit the definition, an indicator's page, its values and targets. */
@Controller("/indicators")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class IndicatorController {

    private final Indicators indicators;
    private final IndicatorValues values;
    private final IndicatorPages pages;
    private final FormBinder binder;

    IndicatorController(Indicators indicators, IndicatorValues values, IndicatorPages pages, FormBinder binder) {
        this.indicators = indicators;
        this.values = values;
        this.pages = pages;
        this.binder = binder;
    }

    /** The organisation's indicators with their latest values, signals and sparklines. */
    @Get
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        return pages.index(request, CurrentUser.of(auth));
    }

    /** The form for a new indicator. */
    @Get("/new")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
        return pages.form(request, HttpStatus.OK, CurrentUser.of(auth), null, IndicatorCommand.empty(),
                new FormErrors());
    }

    /** Creates an indicator. */
    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        return save(request, user, null, body);
    }

    /** One indicator: definition, signal, chart with its table, comparison, targets and values. */
    @Get("/{id}")
    HttpResponse<String> view(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return pages.indicator(request, HttpStatus.OK, CurrentUser.of(auth), id, IndicatorPages.Forms.blank());
    }

    /** The form to change an indicator's definition. */
    @Get("/{id}/edit")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        IndicatorRow row = indicators.get(user, id);
        return pages.form(request, HttpStatus.OK, user, row, IndicatorCommand.of(row), new FormErrors());
    }

    /** Changes an indicator's definition. */
    @Post("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        return save(request, user, indicators.get(user, id), body);
    }

    private HttpResponse<?> save(HttpRequest<?> request, CurrentUser user, @Nullable IndicatorRow existing,
                                 Map<String, Object> body) {
        FormBinder.Bound<IndicatorCommand> bound = binder.bind(body, IndicatorCommand.class);
        IndicatorCommand command = bound.command();
        FormErrors errors = bound.errors();
        if (errors.isEmpty()) {
            try {
                IndicatorRow saved = existing == null ? indicators.create(user, command)
                        : indicators.update(user, existing.id(), command);
                return IndicatorPages.done(saved.id(), "saved");
            } catch (InvalidRequestException e) {
                errors.add(e.messageKey().startsWith("indicator.error.kolada") ? "koladaId" : "unitId",
                        e.messageKey());
            }
        }
        return pages.form(request, HttpStatus.UNPROCESSABLE_ENTITY, user, existing, typed(body, command), errors);
    }

    /** What was typed, the direction as bound (an unknown one is then unchosen). */
    private static IndicatorCommand typed(Map<String, Object> body, IndicatorCommand bound) {
        return new IndicatorCommand(Numbers.field(body, "title"), Numbers.field(body, "koladaId"),
                Numbers.field(body, "description"), Numbers.field(body, "unit"), bound.direction(),
                Numbers.field(body, "source"), Numbers.field(body, "keyword"),
                Numbers.field(body, "steeringDocument"), Numbers.field(body, "unitId"),
                Numbers.field(body, "baselineYear"), bound.byGender());
    }

    /** Sets (or with a blank value removes) one value. */
    @Post("/{id}/values")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> value(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        FormBinder.Bound<ValueCommand> bound = binder.bind(body, ValueCommand.class);
        if (bound.valid()) {
            values.set(user, id, bound.command());
            return IndicatorPages.done(id, "value-saved");
        }
        ValueCommand typed = new ValueCommand(Numbers.field(body, "series"), Numbers.field(body, "year"),
                Numbers.field(body, "gender"), Numbers.field(body, "value"));
        return pages.indicator(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                new IndicatorPages.Forms(typed, TargetCommand.empty(), bound.errors()));
    }

    /** Sets (or with a blank value removes) the target level of a year. */
    @Post("/{id}/targets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> target(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        FormBinder.Bound<TargetCommand> bound = binder.bind(body, TargetCommand.class);
        if (bound.valid()) {
            indicators.setTarget(user, id, bound.command());
            return IndicatorPages.done(id, "target-saved");
        }
        TargetCommand typed = new TargetCommand(Numbers.field(body, "targetYear"),
                Numbers.field(body, "targetValue"), Numbers.field(body, "note"));
        return pages.indicator(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                new IndicatorPages.Forms(ValueCommand.empty(), typed, bound.errors()));
    }

    static HttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
