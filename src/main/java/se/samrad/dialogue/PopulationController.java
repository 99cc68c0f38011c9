package se.samrad.dialogue;

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
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dialogue's population shares: per demographic question, each option's share of the population, against
 * which the results show who answered. All staff read; admins and facilitators change.
 */
@Controller("/dialogues/{id}/population")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class PopulationController {

    private final Dialogues dialogues;
    private final PopulationShares population;
    private final DialoguePages pages;
    private final Views views;
    private final FormBinder binder;

    PopulationController(Dialogues dialogues, PopulationShares population, DialoguePages pages, Views views,
                         FormBinder binder) {
        this.binder = binder;
        this.dialogues = dialogues;
        this.population = population;
        this.pages = pages;
        this.views = views;
    }

    /** The population shares form: per demographic question, each option's share of the population. */
    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> populationForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        Map<String, String> typed = new HashMap<>();
        population.get(user, id).forEach((demographic, shares) -> shares.forEach((option, percent) ->
                typed.put(populationField(demographic, option), formatPercent(percent))));
        return renderPopulation(request, HttpStatus.OK, user, dialogue, new FormErrors(), typed);
    }

    /** Saves the shares: each a percentage from 0 to 100, a question's together at most 100 (rounding allowed). */
    @Post
    HttpResponse<?> savePopulation(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                   @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        FormErrors errors = new FormErrors();
        Map<String, String> typed = new HashMap<>();
        Map<Demographic, Map<String, Double>> shares = binder.bind(form, PopulationCommand.class).command()
                .shares(demographicQuestions(dialogue), errors, typed);
        if (!errors.isEmpty()) {
            return renderPopulation(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue, errors, typed);
        }
        population.set(user, id, shares);
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/population?done=saved"));
    }

    /** The demographic questions of a dialogue's current version, in order. */
    static List<Question> demographicQuestions(Dialogue dialogue) {
        return dialogue.questionnaire().questions().stream().filter(q -> q.demographic() != null).toList();
    }

    static String populationField(Demographic demographic, String optionKey) {
        return "share-" + demographic.name().toLowerCase() + "-" + optionKey;
    }

    private static String formatPercent(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private HttpResponse<String> renderPopulation(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                                  Dialogue dialogue, FormErrors errors, Map<String, String> typed) {
        Map<String, Object> model = pages.base(request, user, dialogue);
        model.put("errors", errors);
        model.put("shares", typed);
        model.put("demographicQuestions", demographicQuestions(dialogue));
        return views.page(request, status, "dialogue/staff/population", model);
    }
}
