package se.samrad.platform.organisation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountRepository;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first platform admin comes from start-up settings; platform admins create tenants and networks. */
@MicronautTest(transactional = false)
class PlatformAdministrationTest extends IntegrationTest {

    static final String ADMIN = "root-admin@platform.example";
    static final String ADMIN_PASSWORD = "a long platform admin passphrase";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject AccountRepository accounts;
    @Inject StaffDirectory directory;
    @Inject OrganisationRepository organisationRepository;
    @Inject NetworkService networks;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.admin.email", ADMIN, "samrad.admin.password", ADMIN_PASSWORD);
    }

    private WebClient platformAdmin() {
        WebClient browser = new WebClient(server.getURI());
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        return browser;
    }

    @Test
    void firstPlatformAdminComesFromTheStartUpSettings() {
        Account admin = accounts.findByEmail(ADMIN).orElseThrow();
        assertEquals(null, admin.organisationId());
        assertEquals(Set.of(Role.PLATFORM_ADMIN), directory.rolesOf(admin.id()));
        assertEquals(200, platformAdmin().get("/platform/organisations").status());
    }

    @Test
    void platformAdminCreatesAnOrganisationWhoseFirstAdminSignsUpByLink() {
        WebClient admin = platformAdmin();
        String name = Fixtures.unique("Region Test");
        String email = Fixtures.unique("first").toLowerCase() + "@region.example";
        WebClient.Response created = admin.post("/platform/organisations", "name", name, "kind", "REGION",
                "adminEmail", email);
        assertEquals(200, created.status());
        Matcher link = Pattern.compile("/invite/([A-Za-z0-9_-]+)").matcher(created.body());
        assertTrue(link.find());

        WebClient first = new WebClient(server.getURI());
        assertEquals(303, first.post(link.group(), "displayName", "Första Admin", "password", Fixtures.PASSWORD,
                "passwordConfirmation", Fixtures.PASSWORD).status());
        assertEquals(200, first.get("/admin/staff").status(), "the new organisation admin can manage staff");
        Organisation organisation = organisationRepository.findByName(name).orElseThrow();
        assertEquals(organisation.id(), accounts.findByEmail(email).orElseThrow().organisationId());

        WebClient.Response duplicate = admin.post("/platform/organisations", "name", name, "kind", "REGION");
        assertEquals(422, duplicate.status());
        assertTrue(duplicate.body().contains("value=\"" + name + "\""));
    }

    @Test
    void networkIsVisibleToItsMembersOnly() {
        WebClient admin = platformAdmin();
        Organisation member = fixtures.organisation("member");
        Organisation outsider = fixtures.organisation("outsider");
        String networkName = Fixtures.unique("Dalalab");
        WebClient.Response unnamed = admin.post("/platform/networks", "name", " ", "description", "Utan namn");
        assertEquals(422, unnamed.status());
        assertTrue(unnamed.body().contains("href=\"#name\"") && unnamed.body().contains("Utan namn"));
        assertEquals(303, admin.post("/platform/networks", "name", networkName, "description", "Lärande nätverk").status());
        Network network = networks.all().stream().filter(n -> n.name().equals(networkName)).findFirst().orElseThrow();
        assertEquals(303, admin.post("/platform/networks/" + network.id() + "/members",
                "organisationId", member.id(), "coordinator", "yes").status());

        WebClient insider = new WebClient(server.getURI());
        insider.signIn(fixtures.account(member, Role.ANALYST).email(), Fixtures.PASSWORD);
        assertTrue(insider.get("/networks").body().contains(networkName));
        assertEquals(200, insider.get("/networks/" + network.id()).status());

        WebClient stranger = new WebClient(server.getURI());
        stranger.signIn(fixtures.account(outsider, Role.ANALYST).email(), Fixtures.PASSWORD);
        assertFalse(stranger.ok("/networks").body().contains(networkName));
        assertEquals(404, stranger.get("/networks/" + network.id()).status());
        assertFalse(stranger.okJson("/api/v1/networks").body().contains(networkName));
        assertTrue(networks.isMember(network.id(), member.id()));
        assertFalse(networks.isMember(network.id(), outsider.id()));
    }
}
