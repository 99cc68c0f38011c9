package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.stakeholder.AgreementKind;
import se.samrad.stakeholder.ContactCommand;
import se.samrad.stakeholder.ContactRegister;
import se.samrad.stakeholder.DocumentKind;
import se.samrad.stakeholder.EngagementCommand;
import se.samrad.stakeholder.EngagementKind;
import se.samrad.stakeholder.Engagements;
import se.samrad.stakeholder.IssueKind;
import se.samrad.stakeholder.LawfulBasis;
import se.samrad.stakeholder.OrganisationCommand;
import se.samrad.stakeholder.PlacementCommand;
import se.samrad.stakeholder.Placements;
import se.samrad.stakeholder.StakeholderKind;
import se.samrad.stakeholder.StakeholderRegister;
import se.samrad.support.AxePages;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.time.LocalDate;
import java.util.List;

/** axe-core finds no WCAG 2.2 AA violation on the stakeholder register's pages, in every offered language. */
@MicronautTest(transactional = false)
class StakeholderPagesBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject StakeholderRegister stakeholders;
    @Inject Placements placements;
    @Inject ContactRegister contacts;
    @Inject Engagements engagements;
    @Inject se.samrad.workshop.WorkshopService workshops;
    @Inject se.samrad.stakeholder.Invitations invitations;
    @Inject se.samrad.stakeholder.StakeholderDocuments documents;
    @Inject se.samrad.stakeholder.StakeholderSharing sharing;
    @Inject se.samrad.platform.organisation.NetworkService networks;

    ChromeDriver driver;
    Account admin;
    long stakeholder;
    long contact;
    long workshop;
    long shared;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Registerkommun");
        admin = fixtures.account(org, Role.ORG_ADMIN, Role.FACILITATOR);
        var actor = directory.toUser(admin);
        stakeholder = stakeholders.create(actor, new OrganisationCommand("Polisen", StakeholderKind.POLICE, false,
                "202100-0076", "Storgatan 1", "https://polisen.se", "Lokalpolisområdet")).id();
        placements.place(actor, stakeholder, new PlacementCommand(4, 3, IssueKind.NONE, "", "", "Trygghet", "2025-01-15"));
        contact = contacts.create(actor, new ContactCommand("Karin Kontakt", "k@test.example", "", LawfulBasis.CONSENT,
                "2025-01-01", "Blankett", "")).id();
        engagements.addForStakeholder(actor, stakeholder, new EngagementCommand(EngagementKind.AGREEMENT,
                LocalDate.now().minusDays(3).toString(), "Trygghetssamordnaren", "Samverkansöverenskommelse om trygghet",
                "", Long.toString(contact), AgreementKind.COLLABORATION, LocalDate.now().plusDays(30).toString(),
                LocalDate.now().plusDays(2).toString()));
        documents.add(actor, stakeholder, DocumentKind.AGREEMENT, null, se.samrad.stakeholder.StakeholderDocuments
                .check("samverkan.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        Organisation neighbour = fixtures.organisation("Grannregion");
        var network = networks.create(null, Fixtures.unique("Regionnätverk"), "");
        networks.addMember(null, network.id(), org.id(), false);
        networks.addMember(null, network.id(), neighbour.id(), true);
        var neighbourActor = directory.toUser(fixtures.account(neighbour, Role.ANALYST));
        shared = stakeholders.create(neighbourActor, new OrganisationCommand("Länsstyrelsen", StakeholderKind.AUTHORITY,
                false, "", "Myntgatan 2", "https://lansstyrelsen.se", "Regional myndighet")).id();
        sharing.share(neighbourActor, shared, java.util.Set.of(network.id()));
        workshop = workshops.create(actor, "Trygghetsvandring", "", true).id();
        invitations.invite(actor, invitations.occasion(actor, "WORKSHOP-" + workshop, "sv"), List.of(contact), "sv",
                true, "http://localhost");
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyRegisterPageIsFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.signIn(admin.email());
        String organisation = "/stakeholders/organisations/" + stakeholder;
        pages.check(List.of("/stakeholders", "/stakeholders/new-organisation", organisation, organisation + "/edit",
                organisation + "/targets", "/stakeholders/grid", "/stakeholders/contacts", "/stakeholders/new-contact",
                "/stakeholders/contacts/" + contact, "/stakeholders/find?kind=POLICE&silentSince=2030-01-01",
                "/stakeholders/coverage?issueKind=WORKSHOP&issueRef=1", "/stakeholders/retention",
                "/stakeholders/import", "/stakeholders/invitations",
                "/stakeholders/invitations?occasion=WORKSHOP-" + workshop, "/stakeholders/shared",
                "/stakeholders/shared/" + shared));
        pages.assertNone();
    }
}
