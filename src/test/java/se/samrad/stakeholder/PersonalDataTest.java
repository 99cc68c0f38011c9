package se.samrad.stakeholder;

import io.micronaut.data.model.Pageable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.audit.AuditEvent;
import se.samrad.platform.audit.AuditRepository;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contact's export and erasure, and retention: review, keep, and the job erasing what nobody reviewed. */
@MicronautTest(transactional = false)
class PersonalDataTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject AuditRepository audit;
    @Inject Retention retention;
    @Inject TransactionOperations<Connection> transactions;

    Organisation home;
    Account admin;
    Account analyst;

    @BeforeAll
    void people() {
        home = fixtures.organisation("Raderby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    long contact(WebClient client, String name) {
        String location = client.post("/stakeholders/new-contact", "name", name, "email", "p@example.se",
                "lawfulBasis", "CONSENT", "consentGivenOn", "2024-01-01", "consentHow", "Blankett").expect(303)
                .location();
        return Long.parseLong(location.replaceAll(".*/contacts/(\\d+).*", "$1"));
    }

    long organisation(WebClient client) {
        String location = client.post("/stakeholders/new-organisation", "name", Fixtures.unique("Föreningen"),
                "kind", "CIVIL_SOCIETY").expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    void ageContact(long id, int months) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(
                    "UPDATE stakeholder_contact SET created_at = NOW() - INTERVAL ? MONTH WHERE id = ?")) {
                update.setInt(1, months);
                update.setLong(2, id);
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everythingAboutAPersonIsExportedThenErasedFromEveryPage() {
        WebClient client = signedIn(admin);
        long org = organisation(client);
        String name = Fixtures.unique("Petra Persson");
        long id = contact(client, name);
        client.post("/stakeholders/contacts/" + id + "/roles", "other", org, "label", "Ordförande").expect(303);
        client.post("/stakeholders/organisations/" + org + "/engagements", "kind", "MEETING", "other", id,
                "occurredOn", "2025-04-01", "summary", "Möte med " + name + " om parken").expect(303);

        WebClient.Response export = client.okJson("/api/v1/stakeholders/contacts/" + id + "/export");
        assertTrue(export.header("Content-Disposition").startsWith("attachment"));
        assertTrue(export.body().contains("\"email\":\"p@example.se\"") && export.body().contains("Ordförande")
                && export.body().contains("om parken"), export.body());

        WebClient.Response card = client.ok("/stakeholders/contacts/" + id + "/vcard");
        assertTrue(card.header("Content-Type").startsWith("text/vcard"));
        assertTrue(card.body().startsWith("BEGIN:VCARD\r\nVERSION:4.0") && card.body().contains("FN:" + name)
                && card.body().contains("EMAIL:p@example.se") && card.body().contains("TITLE:Ordförande"),
                card.body());
        assertEquals(403, signedIn(analyst).get("/stakeholders/contacts/" + id + "/vcard").status());

        Document refused = client.post("/stakeholders/contacts/" + id + "/erase").expect(422).document();
        assertEquals(List.of("#confirm"), refused.select(".error-summary a").eachAttr("href"));
        client.post("/stakeholders/contacts/" + id + "/erase", "confirm", "on").expect(303);

        client.get("/stakeholders/contacts/" + id).expect(404);
        client.getJson("/api/v1/stakeholders/contacts/" + id + "/export").expect(404);
        client.get("/stakeholders/contacts/" + id + "/vcard").expect(404);
        assertFalse(client.page("/stakeholders/contacts").text().contains(name));
        assertFalse(client.okJson("/api/v1/stakeholders/contacts").body().contains(name));
        Document page = client.page("/stakeholders/organisations/" + org);
        assertFalse(page.text().contains(name));
        assertTrue(page.select(".timeline").text().contains("Möte med […] om parken"));
        assertFalse(client.page("/stakeholders/find?q=Petra").text().contains(name));
        List<AuditEvent> events = audit.findByOrganisationIdOrderByIdDesc(home.id(), Pageable.from(0, 100))
                .getContent();
        assertTrue(events.stream().anyMatch(e -> e.action().equals("STAKEHOLDER_CONTACT_ERASED")));
        assertTrue(events.stream().anyMatch(e -> e.action().equals("STAKEHOLDER_CONTACT_EXPORTED")));
        assertTrue(events.stream().noneMatch(e -> e.detail().contains(name) || e.target().contains(name)));
    }

    @Test
    void contactsPastTheRetentionPeriodAreReviewedOrErasedByTheJob() {
        WebClient client = signedIn(admin);
        client.post("/stakeholders/retention", "months", "6").expect(303);
        long reviewed = contact(client, Fixtures.unique("Granskad"));
        long forgotten = contact(client, Fixtures.unique("Glömd"));
        long active = contact(client, Fixtures.unique("Aktiv"));
        ageContact(reviewed, 7);
        ageContact(forgotten, 12);
        ageContact(active, 12);
        client.post("/stakeholders/contacts/" + active + "/engagements", "kind", "PHONE",
                "occurredOn", java.time.LocalDate.now().minusMonths(1).toString(), "summary", "Ringde").expect(303);

        Document due = client.page("/stakeholders/retention");
        List<String> listed = due.select("table tbody th a").eachAttr("href");
        assertEquals(List.of("/stakeholders/contacts/" + forgotten, "/stakeholders/contacts/" + reviewed), listed);
        assertEquals("6", due.selectFirst("#months").val());
        client.post("/stakeholders/contacts/" + reviewed + "/keep").expect(303);
        assertEquals(List.of("/stakeholders/contacts/" + forgotten),
                client.page("/stakeholders/retention").select("table tbody th a").eachAttr("href"));

        assertTrue(retention.sweep() >= 1);
        client.get("/stakeholders/contacts/" + forgotten).expect(404);
        client.ok("/stakeholders/contacts/" + reviewed);
        client.ok("/stakeholders/contacts/" + active);
    }

    @Test
    void aWrongPeriodKeepsWhatWasTypedAndOnlyAdminsHandlePersonalData() {
        WebClient client = signedIn(admin);
        Document page = client.post("/stakeholders/retention", "months", "0").expect(422).document();
        assertEquals("0", page.selectFirst("#months").val());
        assertEquals(List.of("#months"), page.select(".error-summary a").eachAttr("href"));
        long id = contact(client, Fixtures.unique("Skyddad"));
        WebClient other = signedIn(analyst);
        other.get("/stakeholders/retention").expect(403);
        assertEquals(403, other.post("/stakeholders/retention", "months", "12").status());
        assertEquals(403, other.post("/stakeholders/contacts/" + id + "/erase", "confirm", "on").status());
        assertEquals(403, other.post("/stakeholders/contacts/" + id + "/keep").status());
        other.getJson("/api/v1/stakeholders/contacts/" + id + "/export").expect(403);
        client.ok("/stakeholders/contacts/" + id);
    }
}
