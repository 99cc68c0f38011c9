package se.samrad.platform.organisation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountRepository;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user of organisation A can neither read nor change organisation B's data, through pages or the API. */
@MicronautTest(transactional = false)
class TenantIsolationTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject OrganisationService organisations;
    @Inject OrgUnitRepository units;
    @Inject AccountRepository accounts;
    @Inject StaffDirectory directory;

    Organisation orgA;
    Organisation orgB;
    Account adminA;
    Account adminB;
    Account facilitatorB;
    OrgUnit unitB;
    WebClient browserA;

    @BeforeAll
    void twoOrganisations() {
        orgA = fixtures.organisation("Alfa kommun");
        orgB = fixtures.organisation("Beta kommun");
        adminA = fixtures.account(orgA, Role.ORG_ADMIN);
        adminB = fixtures.account(orgB, Role.ORG_ADMIN);
        facilitatorB = fixtures.account(orgB, Role.FACILITATOR);
        unitB = organisations.createUnit(directory.toUser(adminB), "Betas hemliga nämnd", UnitKind.COMMITTEE, null);
        browserA = new WebClient(server.getURI());
        browserA.signIn(adminA.email(), Fixtures.PASSWORD);
    }

    @Test
    void pagesOfOrganisationBAreNotFoundForAdminOfA() {
        assertEquals(404, browserA.get("/admin/organisation/units/" + unitB.id()).status());
        String ownPage = browserA.ok("/admin/organisation").body();
        assertFalse(ownPage.contains("Betas hemliga nämnd"));
        String staff = browserA.ok("/admin/staff").body();
        assertTrue(staff.contains(adminA.email()));
        assertFalse(staff.contains(adminB.email()));
        assertFalse(staff.contains(facilitatorB.email()));
        assertFalse(browserA.ok("/admin/audit").body().contains(adminB.email()));
    }

    @Test
    void apiOfOrganisationBIsNotFoundForAdminOfA() {
        assertEquals(404, browserA.getJson("/api/v1/units/" + unitB.id()).status());
        assertEquals(404, browserA.getJson("/api/v1/staff/" + adminB.id()).status());
        WebClient.Response units = browserA.getJson("/api/v1/units");
        assertEquals(200, units.status());
        assertFalse(units.body().contains("Betas"));
        WebClient.Response staff = browserA.okJson("/api/v1/staff");
        assertFalse(staff.body().contains(adminB.email()));
        assertTrue(browserA.getJson("/api/v1/organisation").body().contains(orgA.name()));
    }

    @Test
    void adminOfACannotChangeOrganisationB() {
        assertEquals(404, browserA.post("/admin/organisation/units/" + unitB.id(), "name", "Kapad", "kind", "COMMITTEE").status());
        assertEquals(404, browserA.post("/admin/organisation/units/" + unitB.id() + "/delete").status());
        assertEquals(404, browserA.post("/admin/staff/" + facilitatorB.id() + "/roles", "roles", "ORG_ADMIN").status());
        assertEquals(404, browserA.post("/admin/staff/" + facilitatorB.id() + "/deactivate").status());
        assertEquals(404, browserA.post("/admin/staff/" + adminB.id() + "/erase", "confirm", "yes").status());

        assertEquals("Betas hemliga nämnd", units.findById(unitB.id()).orElseThrow().name());
        assertEquals(java.util.Set.of(Role.FACILITATOR), directory.rolesOf(facilitatorB.id()));
        assertTrue(accounts.findById(facilitatorB.id()).orElseThrow().active());
        assertTrue(accounts.findById(adminB.id()).orElseThrow().active());
    }

    @Test
    void aUnitCannotBePlacedUnderAnotherOrganisationsUnit() {
        WebClient.Response response = browserA.post("/admin/organisation/units", "name", "Smygande enhet",
                "kind", "OPERATION", "parentId", unitB.id());
        assertEquals(404, response.status());
        assertTrue(units.findByOrganisationIdOrderByName(orgA.id()).stream().noneMatch(u -> u.name().equals("Smygande enhet")));
    }

    @Test
    void rolesAreCheckedOnEveryAdministrativeEndpoint() {
        WebClient facilitator = new WebClient(server.getURI());
        facilitator.signIn(facilitatorB.email(), Fixtures.PASSWORD);
        for (String path : List.of("/admin/staff", "/admin/organisation", "/admin/audit", "/platform/organisations",
                "/platform/networks", "/platform/audit")) {
            assertEquals(403, facilitator.get(path).status(), path);
        }
        assertEquals(403, facilitator.getJson("/api/v1/staff").status());
        assertEquals(403, facilitator.post("/admin/staff/invite", "email", "x@y.example", "roles", "ORG_ADMIN").status());
        assertEquals(403, facilitator.post("/platform/organisations", "name", "Kapad", "kind", "REGION").status());
        assertEquals(200, facilitator.get("/account").status());

        WebClient anonymous = new WebClient(server.getURI());
        assertEquals(303, anonymous.get("/admin/staff").status());
        assertEquals(401, anonymous.getJson("/api/v1/me").status());
        assertEquals(401, anonymous.getJson("/api/v1/units").status());
        assertEquals(303, anonymous.post("/admin/organisation/units", "name", "x", "kind", "OTHER").status());
    }
}
