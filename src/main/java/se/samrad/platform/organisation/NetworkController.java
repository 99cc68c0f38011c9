package se.samrad.platform.organisation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.util.Map;

/** The networks the user's organisation belongs to, and their members. */
@Controller("/networks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
public class NetworkController {

    private final NetworkService networks;
    private final Views views;

    public NetworkController(NetworkService networks, Views views) {
        this.networks = networks;
        this.views = views;
    }

    @Get
    public HttpResponse<String> list(HttpRequest<?> request, Authentication auth) {
        return views.page(request, "platform/networks", Map.of("networks", networks.mine(CurrentUser.of(auth))));
    }

    /** One network; 404 unless the user's organisation is a member (or the user is a platform admin). */
    @Get("/{id}")
    public HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Network network = networks.visible(CurrentUser.of(auth), id);
        return views.page(request, "platform/network", Map.of("network", network, "members", networks.members(id)));
    }
}
