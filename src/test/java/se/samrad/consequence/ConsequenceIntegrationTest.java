package se.samrad.consequence;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

/** What the consequence assessment's integration tests share: the server, fixtures, signing in, ids. */
abstract class ConsequenceIntegrationTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject OrganisationService organisations;
    @Inject AccountService accounts;
    @Inject GoalCatalogue catalogue;

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    /** The case a redirect after making one points to. */
    static long caseAt(String location) {
        return Long.parseLong(location.replaceAll("^/consequence/cases/(\\d+).*", "$1"));
    }

    long target(String code) {
        return catalogue.element("agenda2030", code, null).id();
    }

    /** Makes a case with these targets and returns its id. */
    long newCase(WebClient client, String title, long... targets) {
        List<Long> ids = java.util.Arrays.stream(targets).boxed().toList();
        return caseAt(client.post("/consequence/new", Map.of("title", title, "decidingBody", "Kommunstyrelsen",
                "decisionDate", "2027-03-01", "targets", ids)).expect(303).location());
    }
}
