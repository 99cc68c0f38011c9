package se.samrad.library;

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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The library search's synonyms for network coordinators and platform admins: the rules added so far, a form to
 * add one ("a, b, c" or "a => b"), and removing one. The library is shared by every organisation, so the rules
 * are too.
 */
@Controller("/library/synonyms")
@Secured({Role.PLATFORM_ADMIN_NAME, "NETWORK_COORDINATOR"})
@Produces(Views.HTML_VALUE)
class LibrarySynonymsController {

    private final LibrarySynonyms synonyms;
    private final Views views;

    LibrarySynonymsController(LibrarySynonyms synonyms, Views views) {
        this.synonyms = synonyms;
        this.views = views;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, "", new FormErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> add(HttpRequest<?> request, Authentication auth, @Body Map<String, String> form) {
        String rule = form.getOrDefault("rule", "");
        try {
            synonyms.add(CurrentUser.of(auth), rule);
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, rule, new FormErrors().add("rule", e.messageKey()));
        }
        return HttpResponse.seeOther(URI.create("/library/synonyms"));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> remove(@PathVariable long id) {
        synonyms.remove(id);
        return HttpResponse.seeOther(URI.create("/library/synonyms"));
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable String rule,
                                        FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("rules", synonyms.list());
        model.put("rule", rule == null ? "" : rule);
        model.put("errors", errors);
        model.put("maxRule", LibrarySynonyms.MAX_RULE);
        return views.page(request, status, "library/synonyms", model);
    }
}
