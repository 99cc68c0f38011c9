package se.samrad.library;

import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing, reviewing and publishing examples, who may see them, and the history kept of every change. */
@MicronautTest(transactional = false)
class LibraryWorkflowTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject NetworkService networks;
    @Inject Library library;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    Organisation member;
    Organisation outsider;
    Network network;
    CurrentUser analyst;
    CurrentUser admin;
    CurrentUser council;
    CurrentUser memberCoordinator;
    CurrentUser memberAnalyst;
    CurrentUser outsiderAdmin;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Exempelby");
        member = fixtures.organisation("Nätverksby");
        outsider = fixtures.organisation("Utanförby");
        network = networks.create(null, Fixtures.unique("Nätverk"), "");
        networks.addMember(null, network.id(), org.id(), false);
        networks.addMember(null, network.id(), member.id(), true);
        analyst = directory.toUser(fixtures.account(org, Role.ANALYST));
        admin = directory.toUser(fixtures.account(org, Role.ORG_ADMIN));
        council = directory.toUser(fixtures.account(org, Role.COUNCIL_MEMBER));
        memberCoordinator = directory.toUser(fixtures.account(member, Role.NETWORK_COORDINATOR));
        memberAnalyst = directory.toUser(fixtures.account(member, Role.ANALYST));
        outsiderAdmin = directory.toUser(fixtures.account(outsider, Role.ORG_ADMIN));
    }

    private ExampleDraft draft(String title, Visibility visibility) {
        return LibraryFixtures.draft(catalogue, title, "Sammanfattning", "Vi vägde matsvinnet varje dag.", visibility,
                visibility == Visibility.NETWORK ? network.id() : null, "12.3");
    }

    @Test
    void aDraftIsSubmittedReturnedWithANoteAndPublishedByTheAdmin() {
        Example created = library.create(analyst, draft("Mindre matsvinn i skolköket", Visibility.PUBLIC));
        assertEquals(ExampleStatus.DRAFT, created.status());
        assertEquals(org.id(), created.organisationId());
        assertEquals("Mindre matsvinn i skolköket", created.title());
        assertEquals(List.of("12.3"), created.targets().stream().map(t -> t.code()).toList());
        assertEquals(58.0, created.indicators().get(0).valueBefore());
        assertEquals(-17.0, created.indicators().get(0).change());

        // A draft is the organisation's own: nobody else sees it, and a council member cannot change it.
        assertThrows(NotFoundException.class, () -> library.visible(memberAnalyst, created.id()));
        assertThrows(NotFoundException.class, () -> library.visible(null, created.id()));
        assertThrows(HttpStatusException.class, () -> library.update(council, created.id(), draft("X", Visibility.PUBLIC)));
        assertThrows(HttpStatusException.class, () -> library.publish(analyst, created.id(), ""));

        library.submit(analyst, created.id());
        assertEquals(List.of(created.id()), library.reviewQueue(admin).stream().map(Example::id)
                .filter(id -> id == created.id()).toList());
        assertTrue(library.reviewQueue(analyst).isEmpty(), "an analyst reviews nothing");
        assertEquals("library.error.note-required", assertThrows(InvalidRequestException.class,
                () -> library.returnToDraft(admin, created.id(), " ")).messageKey());
        Example returned = library.returnToDraft(admin, created.id(), "Lägg till kostnaderna");
        assertEquals(ExampleStatus.DRAFT, returned.status());
        assertEquals("Lägg till kostnaderna", returned.reviewNote());

        library.update(analyst, created.id(), draft("Halverat matsvinn i skolköket", Visibility.PUBLIC));
        library.submit(analyst, created.id());
        Example published = library.publish(admin, created.id(), "Bra!");
        assertEquals(ExampleStatus.PUBLISHED, published.status());
        assertTrue(published.publishedAt() != null);
        assertEquals("Halverat matsvinn i skolköket", library.visible(null, created.id()).title(),
                "a public example is readable without signing in");
        assertEquals("library.error.already-published", assertThrows(InvalidRequestException.class,
                () -> library.publish(admin, created.id(), "")).messageKey());

        List<RevisionRow> history = library.history(analyst, created.id());
        assertEquals(List.of("PUBLISHED", "SUBMITTED", "EDITED", "RETURNED", "SUBMITTED", "CREATED"),
                history.stream().map(RevisionRow::action).toList());
        assertTrue(history.get(2).snapshot().contains("Halverat matsvinn"), history.get(2).snapshot());
        assertTrue(history.get(5).snapshot().contains("Mindre matsvinn"), "the first version is kept");
        assertThrows(HttpStatusException.class, () -> library.history(memberAnalyst, created.id()));

        library.unpublish(analyst, created.id());
        assertThrows(NotFoundException.class, () -> library.visible(null, created.id()));
    }

    @Test
    void networkExamplesAreReviewedByTheNetworkCoordinatorAndSeenOnlyByMembers() {
        Example created = library.create(analyst, draft("Hållbarhetsråd med näringslivet", Visibility.NETWORK));
        library.submit(analyst, created.id());
        assertTrue(library.reviewQueue(memberCoordinator).stream().anyMatch(e -> e.id() == created.id()));
        assertTrue(library.reviewQueue(outsiderAdmin).stream().noneMatch(e -> e.id() == created.id()));
        assertThrows(NotFoundException.class, () -> library.publish(outsiderAdmin, created.id(), ""));
        assertThrows(NotFoundException.class, () -> library.publish(memberAnalyst, created.id(), ""),
                "a submitted example is seen by its reviewers only");

        library.publish(memberCoordinator, created.id(), "");
        assertEquals(created.id(), library.visible(memberAnalyst, created.id()).id());
        assertThrows(NotFoundException.class, () -> library.visible(outsiderAdmin, created.id()));
        assertThrows(NotFoundException.class, () -> library.visible(null, created.id()));
        // An analyst's edit of the published example sends it back to review; it leaves the library meanwhile.
        Example edited = library.update(analyst, created.id(), draft("Hållbarhetsråd, nu publikt", Visibility.PUBLIC));
        assertEquals(ExampleStatus.SUBMITTED, edited.status());
        assertThrows(NotFoundException.class, () -> library.visible(null, created.id()));
        library.publish(admin, created.id(), "");
        assertEquals("Hållbarhetsråd, nu publikt", library.visible(null, created.id()).title());
        // Members cannot edit another organisation's example.
        assertThrows(HttpStatusException.class, () -> library.update(memberAnalyst, created.id(),
                draft("Kapad", Visibility.PUBLIC)));
    }

    @Test
    void anExampleIsSharedOnlyInANetworkTheOrganisationBelongsTo() {
        Network foreign = networks.create(null, Fixtures.unique("Främmande"), "");
        ExampleDraft wrong = LibraryFixtures.draft(catalogue, "Fel nätverk", "", "", Visibility.NETWORK, foreign.id());
        assertEquals("library.error.network", assertThrows(InvalidRequestException.class,
                () -> library.create(analyst, wrong)).messageKey());
        ExampleDraft none = LibraryFixtures.draft(catalogue, "Inget nätverk", "", "", Visibility.NETWORK, null);
        assertFalse(none.validate().isEmpty());
        assertEquals("library.error.network", none.validate().get("network"));
    }

    @Test
    void draftsAreCheckedFieldByField() {
        ExampleDraft bad = new ExampleDraft("sv", java.util.Map.of("sv", new ExampleTexts("", "", "", "", "", ""),
                "en", new ExampleTexts("", "Only a summary", "", "", "", "")), ExampleKind.METHOD, "", "", 2024, 2020,
                "", "", java.util.Set.of(), List.of(), List.of("javascript:alert(1)"), Visibility.PUBLIC, null,
                java.util.Set.of(), List.of(new IndicatorInput("", "", null, null, null, null)));
        var errors = bad.validate();
        assertEquals("form.error.required", errors.get("title-sv"));
        assertEquals("library.error.title-for-translation", errors.get("title-en"));
        assertEquals("library.error.period", errors.get("yearTo"));
        assertEquals("library.error.link", errors.get("links"));
        assertEquals("form.error.required", errors.get("indicator-0-name"));
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndPdfTextIsExtracted() throws Exception {
        Example created = library.create(analyst, draft("Med bilaga", Visibility.PUBLIC));
        byte[] pdf = Pdfs.withText("Rapport om komposteringen i Testby");
        Attachments.Checked checked = Attachments.check("rapport.pdf", pdf);
        assertEquals("application/pdf", checked.contentType());
        String text = PdfText.extract(pdf, new PdfText.Limits(1024 * 1024, 10, java.time.Duration.ofSeconds(20), 1000));
        assertTrue(text.contains("komposteringen"), text);
        library.addAttachment(analyst, created.id(), checked);
        assertEquals(List.of("rapport.pdf"), library.visible(analyst, created.id()).attachments().stream()
                .map(Attachment::fileName).toList());
        assertEquals("library.error.attachment-type", assertThrows(InvalidRequestException.class,
                () -> Attachments.check("virus.pdf", "MZ not a pdf".getBytes())).messageKey());
        assertEquals("library.error.attachment-size", assertThrows(InvalidRequestException.class,
                () -> Attachments.check("big.pdf", new byte[Attachments.MAX_BYTES + 1])).messageKey());
        assertEquals("image/png", Attachments.check("../../etc/bild", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                '\n', 0}).contentType());
        assertEquals("bild.png", Attachments.check("../../etc/bild", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                0x1a, '\n', 0}).fileName());
    }
}
