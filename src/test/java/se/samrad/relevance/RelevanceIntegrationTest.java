package se.samrad.relevance;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

/** What the relevance assessment's integration tests share: the server, fixtures, signing in, a round's id. */
abstract class RelevanceIntegrationTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject OrganisationService organisations;
    @Inject AccountService accounts;
    @Inject GoalCatalogue catalogue;

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    /** The round a redirect after opening (or starting) one points to. */
    static long roundAt(String location) {
        return Long.parseLong(location.replaceAll("^/relevance/rounds/(\\d+).*", "$1"));
    }
}
