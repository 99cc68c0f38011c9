package se.samrad.platform.organisation;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/** JSON API for the signed-in user's own organisation; other organisations' units answer 404. */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OrganisationApiController {

    private final OrganisationService organisations;
    private final NetworkService networks;

    public OrganisationApiController(OrganisationService organisations, NetworkService networks) {
        this.organisations = organisations;
        this.networks = networks;
    }

    /** The user's organisation. */
    @Get("/organisation")
    public Organisation organisation(Authentication auth) {
        return organisations.get(CurrentUser.of(auth).requireOrganisation());
    }

    /** The user's organisation's units as a tree. */
    @Get("/units")
    public List<UnitNode> units(Authentication auth) {
        return organisations.unitTree(CurrentUser.of(auth));
    }

    /** One unit of the user's organisation. */
    @Get("/units/{id}")
    public OrgUnit unit(Authentication auth, @PathVariable long id) {
        return organisations.unit(CurrentUser.of(auth), id);
    }

    /** The networks the user's organisation belongs to. */
    @Get("/networks")
    public List<Network> networks(Authentication auth) {
        return networks.mine(CurrentUser.of(auth));
    }
}
