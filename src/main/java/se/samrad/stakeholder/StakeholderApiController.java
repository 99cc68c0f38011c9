package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

/**
 * The register as JSON: stakeholder organisations for the organisation's staff who may read the register,
 * contacts (personal data) for its admins only, with the same checks and audit as the pages.
 */
@Controller("/api/v1/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StakeholderApiController {

    @Serdeable
    record OrganisationView(long id, String name, StakeholderKind kind, boolean internal, @Nullable String orgNumber,
                            String address, String web, String description, List<RelationJson> relations) {
    }

    @Serdeable
    record RelationJson(RelationKind kind, long from, long to, @Nullable LocalDate startsOn,
                        @Nullable LocalDate endsOn) {
    }

    @Serdeable
    record ContactView(long id, String name, String email, String phone, LawfulBasis lawfulBasis,
                       @Nullable LocalDate consentGivenOn, String consentHow, @Nullable LocalDate consentWithdrawnOn,
                       String notes, List<RoleJson> roles) {
    }

    @Serdeable
    record RoleJson(long organisation, String title, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    /** A timeline entry; {@code contact} is given to admins only. */
    @Serdeable
    record EngagementJson(long id, @Nullable Long organisation, @Nullable Long contact, EngagementKind kind,
                          LocalDate occurredOn, String staff, String summary, IssueKind issueKind,
                          @Nullable Long issueRef, @Nullable AgreementKind agreementKind, @Nullable LocalDate expiresOn,
                          @Nullable LocalDate followUpOn, @Nullable LocalDate followedUpOn) {

        static EngagementJson of(Engagements.Entry entry) {
            EngagementRow r = entry.row();
            return new EngagementJson(r.id(), r.stakeholderId(), entry.contact() == null ? null : r.contactId(),
                    r.kind(), r.occurredOn(), r.staff(), r.summary(), r.issueKind(), r.issueRef(), r.agreementKind(),
                    r.expiresOn(), r.followUpOn(), r.followedUpOn());
        }
    }

    /** A stakeholder found by a search, with its current overall quadrant and last engagement. */
    @Serdeable
    record HitJson(long id, String name, StakeholderKind kind, @Nullable Quadrant quadrant,
                   @Nullable LocalDate lastEngaged) {
    }

    /** Everything held about one person (the right of access, GDPR article 15). */
    @Serdeable
    record ContactExport(ContactView contact, List<EngagementJson> engagements, List<Document> documents) {
    }

    private final StakeholderRegister register;
    private final ContactRegister contacts;
    private final Engagements engagements;
    private final StakeholderFinder finder;
    private final PersonalData personalData;

    StakeholderApiController(StakeholderRegister register, ContactRegister contacts, Engagements engagements,
                             StakeholderFinder finder, PersonalData personalData) {
        this.register = register;
        this.contacts = contacts;
        this.engagements = engagements;
        this.finder = finder;
        this.personalData = personalData;
    }

    /** Everything about one contact as a JSON file to hand to them (admins; audited as an export). */
    @Get("/contacts/{id}/export")
    HttpResponse<ContactExport> export(Authentication auth, @PathVariable long id) {
        PersonalData.Export export = personalData.export(CurrentUser.of(auth), id);
        return HttpResponse.ok(new ContactExport(contactView(export.contact(), export.roles()),
                        export.engagements().stream().map(EngagementJson::of).toList(), export.documents()))
                .header("Content-Disposition", "attachment; filename=\"contact-" + id + ".json\"");
    }

    /** The register's search with the same filters as the page: q, kind, quadrant, target, silentSince, never=on. */
    @Get("/search")
    List<HitJson> search(HttpRequest<?> request, Authentication auth) {
        FindCommand filter = FindCommand.from(request.getParameters());
        if (!filter.silentSince().isEmpty() && filter.silentSinceDate() == null) {
            throw new InvalidRequestException("stakeholder.error.date");
        }
        return finder.find(CurrentUser.of(auth), filter).hits().stream().map(h -> new HitJson(h.stakeholder().id(),
                h.stakeholder().name(), h.stakeholder().kind(), h.quadrant(), h.lastEngaged())).toList();
    }

    /** An organisation's timeline, newest first. */
    @Get("/organisations/{id}/engagements")
    List<EngagementJson> organisationEngagements(Authentication auth, @PathVariable long id) {
        return engagements.ofStakeholder(CurrentUser.of(auth), id).stream().map(EngagementJson::of).toList();
    }

    /** A person's timeline (admins). */
    @Get("/contacts/{id}/engagements")
    List<EngagementJson> contactEngagements(Authentication auth, @PathVariable long id) {
        return engagements.ofContact(CurrentUser.of(auth), id).stream().map(EngagementJson::of).toList();
    }

    /** Follow-ups due within two weeks or overdue, and agreements expiring within 90 days. */
    @Get("/follow-ups")
    List<EngagementJson> followUps(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        List<EngagementJson> all = new java.util.ArrayList<>();
        engagements.followUpsDue(user).forEach(e -> all.add(EngagementJson.of(e)));
        engagements.agreementsExpiring(user).forEach(e -> all.add(EngagementJson.of(e)));
        return all;
    }

    @Get("/organisations")
    List<OrganisationView> organisations(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return register.list(user).stream().map(row -> view(row, List.of())).toList();
    }

    @Get("/organisations/{id}")
    OrganisationView organisation(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        return view(register.get(user, id), register.relations(user, id).stream().map(r -> r.row())
                .map(r -> new RelationJson(r.kind(), r.fromId(), r.toId(), r.startsOn(), r.endsOn())).toList());
    }

    /** Names and roles only; a contact's full record is read one at a time (each reading audited). */
    @Get("/contacts")
    List<ContactView> contacts(Authentication auth) {
        return contacts.list(CurrentUser.of(auth)).stream()
                .map(c -> new ContactView(c.id(), c.name(), "", "", c.lawfulBasis(), null, "", null, "", List.of()))
                .toList();
    }

    @Get("/contacts/{id}")
    ContactView contact(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        return contactView(contacts.view(user, id), contacts.rolesOf(user, id));
    }

    private static ContactView contactView(ContactRow c, List<ContactRegister.Role> roles) {
        return new ContactView(c.id(), c.name(), c.email(), c.phone(), c.lawfulBasis(), c.consentGivenOn(),
                c.consentHow(), c.consentWithdrawnOn(), c.notes(), roles.stream().map(r -> new RoleJson(
                        r.row().stakeholderId(), r.row().roleTitle(), r.row().startsOn(), r.row().endsOn())).toList());
    }

    private static OrganisationView view(StakeholderRow row, List<RelationJson> relations) {
        return new OrganisationView(row.id(), row.name(), row.kind(), row.internal(),
                row.orgNumber() == null ? null : row.orgNumberText(), row.address(), row.web(), row.description(),
                relations);
    }
}
