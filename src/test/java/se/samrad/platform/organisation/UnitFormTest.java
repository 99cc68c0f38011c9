package se.samrad.platform.organisation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit form binds to a command record: errors per field, what was typed kept, a valid unit created. */
@MicronautTest(transactional = false)
class UnitFormTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject OrgUnitRepository units;

    @Test
    void badInputIsShownPerFieldWithWhatWasTypedAndAGoodUnitIsCreated() {
        Organisation org = fixtures.organisation("Formkommun");
        WebClient admin = new WebClient(server.getURI());
        admin.signIn(fixtures.account(org, Role.ORG_ADMIN).email(), Fixtures.PASSWORD);

        Document blank = admin.post("/admin/organisation/units", "name", " ", "kind", "COMMITTEE").expect(422)
                .document();
        assertNotNull(blank.selectFirst("a[href=#name]"), "the error summary links to the name field");
        assertTrue(blank.text().contains("Fyll i fältet."), "the required message, in Swedish");
        assertTrue(blank.title().startsWith("Fel: "), "a page showing errors says so first in its title: " + blank.title());
        assertFalse(admin.ok("/admin/organisation").document().title().startsWith("Fel"), "and only then");

        Document refused = admin.post("/admin/organisation/units", "name", "Kvar", "kind", "NO_SUCH_KIND",
                "parentId", "tolv").expect(422).document();
        assertNotNull(refused.selectFirst("a[href=#kind]"));
        assertNotNull(refused.selectFirst("a[href=#parentId]"));
        assertTrue(refused.text().contains("Välj ett alternativ."));
        assertEquals("Kvar", refused.selectFirst("input[name=name]").val(), "what was typed stays");

        String name = Fixtures.unique("Miljönämnden");
        admin.post("/admin/organisation/units", "name", "  " + name + " ", "kind", "COMMITTEE").expect(303);
        OrgUnit created = units.findByOrganisationIdOrderByName(org.id()).stream().filter(u -> u.name().equals(name))
                .findFirst().orElseThrow();
        assertEquals(UnitKind.COMMITTEE, created.kind());
    }
}
