package se.samrad.library;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.nats.client.Connection;
import io.nats.client.Nats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.NodeCluster;
import se.samrad.support.PrivateNatsServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library index of every node follows the change feed (issue 21): an example published through node A is
 * found through node B within a second, and gone from it within a second once withdrawn; a node that was down
 * while the feed lost what it missed rebuilds from MariaDB; a node with a deleted index converges.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryAcrossNodesTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @TempDir
    static Path dir;
    private NodeCluster cluster;
    private PrivateNatsServer nats;
    private EmbeddedServer a;
    private EmbeddedServer b;
    private CurrentUser admin;

    @BeforeAll
    void startNodes() throws Exception {
        cluster = NodeCluster.start();
        nats = cluster.nats();
        a = start("a");
        b = start("b");
        ApplicationContext ctx = a.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        Organisation organisation = fixtures.organisation("Flernodsby");
        admin = ctx.getBean(StaffDirectory.class).toUser(fixtures.account(organisation, Role.ORG_ADMIN));
    }

    private EmbeddedServer start(String node) {
        return cluster.node(Map.of("samrad.library.index-dir", dir.resolve(node).toString()));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    private long published(String title) {
        Library library = a.getApplicationContext().getBean(Library.class);
        GoalCatalogue catalogue = a.getApplicationContext().getBean(GoalCatalogue.class);
        Example example = library.create(admin, LibraryFixtures.draft(catalogue, title, "Sammanfattning",
                "Vi vägde varje dag.", Visibility.PUBLIC, null, "12.3"));
        library.submit(admin, example.id());
        library.publish(admin, example.id(), "");
        return example.id();
    }

    private static List<Long> found(EmbeddedServer node, String words) {
        return node.getApplicationContext().getBean(LibrarySearch.class).search(null,
                new ExampleIndex.Search(words, Map.of(), ExampleIndex.Sort.RELEVANCE, 1, 10, "sv"))
                .hits().stream().map(ExampleIndex.Hit::id).toList();
    }

    /** How long until {@code node} finds (or no longer finds) the example; gives up after five seconds. */
    private static Duration until(EmbeddedServer node, String words, long id, boolean findIt) throws InterruptedException {
        long start = System.nanoTime();
        while (found(node, words).contains(id) != findIt && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void anExamplePublishedOnOneNodeIsFoundOnTheOtherAndWithdrawnFromIt() throws Exception {
        long id = published("Pendelcyklar i Flernodsby");
        assertTrue(found(a, "pendelcyklar").contains(id), "found at once where it was published");
        Duration took = until(b, "pendelcyklar", id, true);
        assertTrue(took.compareTo(WITHIN) < 0, "found on B after " + took.toMillis() + " ms");
        assertTrue(found(b, "pendelcyklar").contains(id));

        a.getApplicationContext().getBean(Library.class).unpublish(admin, id);
        took = until(b, "pendelcyklar", id, false);
        assertTrue(took.compareTo(WITHIN) < 0, "withdrawn on B after " + took.toMillis() + " ms");
        assertEquals(List.of(), found(b, "pendelcyklar"));
    }

    @Test
    void aNodeThatMissedChangesTheFeedNoLongerHoldsRebuildsFromTheDatabase() throws Exception {
        long before = published("Regnbäddar vid torget");
        assertTrue(until(b, "regnbäddar", before, true).compareTo(WITHIN) < 0);
        long published = a.getApplicationContext().getBean(ExampleStore.class).publishedCount();
        b.stop();
        long whileDown = published("Ängsmark i stället för gräsmatta");
        // One in, one out: the same number of published examples, so only the feed tells B what changed.
        a.getApplicationContext().getBean(Library.class).unpublish(admin, before);
        try (Connection admin = Nats.connect(nats.url())) {
            // The stream's retention ran out while B was down: what it missed is no longer in the feed.
            admin.jetStreamManagement().purgeStream("SAMRAD_LIBRARY");
        }
        assertEquals(published, a.getApplicationContext().getBean(ExampleStore.class).publishedCount());
        b = start("b");
        assertTrue(found(b, "ängsmark").contains(whileDown), "rebuilt from MariaDB at start");
        assertEquals(List.of(), found(b, "regnbäddar"), "withdrawn while B was down");

        long after = published("Solcellstak på skolan i Flernodsby");
        assertTrue(until(b, "solcellstak", after, true).compareTo(WITHIN) < 0, "and follows the feed again");
    }

    @Test
    void aNodeWithItsIndexDeletedConvergesToTheSameResults() throws Exception {
        published("Fruktträd i parken");
        EmbeddedServer c = start("c-" + System.nanoTime());
        try {
            for (String words : List.of("fruktträd", "cyklar", "matsvinn", "solceller")) {
                assertEquals(found(a, words), found(c, words), words);
            }
        } finally {
            c.stop();
        }
    }
}
