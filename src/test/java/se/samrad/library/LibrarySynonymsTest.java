package se.samrad.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A network coordinator extends the search's synonyms on a page, and the next search uses them. */
@MicronautTest(transactional = false)
class LibrarySynonymsTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Library library;
    @Inject LibrarySearch search;
    @Inject LibrarySynonyms synonyms;
    @Inject GoalCatalogue catalogue;

    private WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    private long hits(String text, Organisation org) {
        return search.search(null, new ExampleIndex.Search(text, Map.of("organisation", List.of(org.name())),
                ExampleIndex.Sort.RELEVANCE, 1, 10, "sv")).total();
    }

    @Test
    void aCoordinatorAddsASynonymAndTheNextSearchUsesItUntilItIsRemoved() {
        Organisation org = fixtures.organisation("Synonymby");
        Account coordinator = fixtures.account(org, Role.NETWORK_COORDINATOR);
        CurrentUser author = directory.toUser(fixtures.account(org, Role.ORG_ADMIN));
        Example example = library.create(author, LibraryFixtures.draft(catalogue, "Låsta cykelförråd vid stationen",
                "Pendlarna fick cykelförråd.", "Vi byggde tre förråd.", Visibility.PUBLIC, null, "11.2"));
        library.publish(author, example.id(), "");
        assertEquals(0, hits("velostall", org), "a word no example has");

        WebClient client = signedIn(coordinator);
        assertEquals(200, client.get("/library/synonyms").status());
        WebClient.Response added = client.post("/library/synonyms", "rule", "Velostall, cykelförråd");
        assertEquals(303, added.status(), added.body());
        assertEquals(1, hits("velostall", org), "found with the next search, no reindexing");
        assertTrue(client.get("/library/synonyms").body().contains("velostall, cykelförråd"));

        long id = synonyms.list().stream().filter(r -> r.rule().equals("velostall, cykelförråd")).findFirst()
                .orElseThrow().id();
        assertEquals(303, client.post("/library/synonyms/" + id + "/delete").status());
        assertEquals(0, hits("velostall", org), "and not after it is removed");
    }

    @Test
    void aBrokenRuleIsExplainedAndKeptAndOnlyCoordinatorsAndAdminsMayChangeRules() {
        Organisation org = fixtures.organisation("Regelby");
        WebClient coordinator = signedIn(fixtures.account(org, Role.NETWORK_COORDINATOR));
        WebClient.Response broken = coordinator.post("/library/synonyms", "rule", "bara ett ord");
        assertEquals(422, broken.status());
        assertTrue(broken.body().contains("Skriv minst två ord med kommatecken emellan"), broken.body());
        assertTrue(broken.body().contains("value=\"bara ett ord\""), "what was typed is kept");
        assertEquals(422, coordinator.post("/library/synonyms", "rule", ", =>").status());

        WebClient analyst = signedIn(fixtures.account(org, Role.ANALYST));
        assertEquals(403, analyst.get("/library/synonyms").status());
        assertEquals(403, analyst.post("/library/synonyms", "rule", "a, b").status());
        assertFalse(synonyms.list().stream().anyMatch(r -> r.rule().equals("a, b")));
        WebClient admin = signedIn(fixtures.account((Long) null, Role.PLATFORM_ADMIN));
        assertEquals(200, admin.get("/library/synonyms").status());
    }
}
