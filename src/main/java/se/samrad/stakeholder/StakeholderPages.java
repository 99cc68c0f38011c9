package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static se.samrad.stakeholder.StakeholderController.model;

/** Builds the register's pages, so controllers stay thin and never need each other. */
@Singleton
class StakeholderPages {

    private final StakeholderRegister register;
    private final ContactRegister contacts;
    private static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);
    private final Placements placements;
    private final StakeholderTargets targets;
    private final StakeholderPermissions permissions;
    private final Engagements engagements;
    private final StakeholderDocuments documents;
    private final StakeholderSharing sharing;
    private final Views views;
    private final Clock clock;

    StakeholderPages(StakeholderRegister register, ContactRegister contacts, Placements placements,
                     StakeholderTargets targets, StakeholderPermissions permissions, Engagements engagements,
                     StakeholderDocuments documents, StakeholderSharing sharing, Views views, Clock clock) {
        this.documents = documents;
        this.sharing = sharing;
        this.engagements = engagements;
        this.targets = targets;
        this.register = register;
        this.contacts = contacts;
        this.placements = placements;
        this.permissions = permissions;
        this.views = views;
        this.clock = clock;
    }

    StakeholderPermissions permissions() {
        return permissions;
    }

    HttpResponse<String> index(HttpRequest<?> request, CurrentUser user) {
        List<StakeholderRow> all = register.list(user);
        return views.page(request, "stakeholder/index", model("stakeholders", all,
                "canEdit", permissions.canEdit(user), "canPersonal", permissions.canHandlePersonalData(user),
                "followUps", engagements.followUpsDue(user), "expiring", engagements.agreementsExpiring(user),
                "today", LocalDate.now(clock).toString(), "done", done(request)));
    }

    HttpResponse<String> organisationForm(HttpRequest<?> request, HttpStatus status, @Nullable StakeholderRow row,
                                          OrganisationCommand form, FormErrors errors) {
        Map<String, Object> model = model("form", form, "errors", errors, "kinds", enumNames(StakeholderKind.values()));
        if (row != null) {
            model.put("stakeholder", row);
        }
        return views.page(request, status, "stakeholder/edit", model);
    }

    /** The document form's kind and timeline entry as typed (the file itself cannot be kept). */
    record DocumentForm(String kind, String entry) {

        static final DocumentForm EMPTY = new DocumentForm("", "");
    }

    /** The forms on an organisation's page, one of them possibly as typed with its errors. */
    record OrganisationForms(PeriodCommand relation, PlacementCommand placement, EngagementCommand engagement,
                             List<String> engagementTargets, DocumentForm document, FormErrors errors) {

        OrganisationForms(PeriodCommand relation, PlacementCommand placement, EngagementCommand engagement,
                          FormErrors errors) {
            this(relation, placement, engagement, List.of(), DocumentForm.EMPTY, errors);
        }

        OrganisationForms withErrors(FormErrors typedErrors) {
            return new OrganisationForms(relation, placement, engagement, engagementTargets, document, typedErrors);
        }

        OrganisationForms withDocument(DocumentForm typed, FormErrors typedErrors) {
            return new OrganisationForms(relation, placement, engagement, engagementTargets, typed, typedErrors);
        }

        OrganisationForms withEngagement(EngagementCommand typed, List<String> typedTargets, FormErrors typedErrors) {
            return new OrganisationForms(relation, placement, typed, typedTargets, document, typedErrors);
        }
    }

    OrganisationForms blankForms() {
        LocalDate today = LocalDate.now(clock);
        return new OrganisationForms(PeriodCommand.empty(), PlacementCommand.empty(today),
                EngagementCommand.empty(today), new FormErrors());
    }

    /** The forms on a contact's page, one of them possibly as typed with its errors. */
    record ContactForms(PeriodCommand role, EngagementCommand engagement, FormErrors errors) {

        ContactForms withEngagement(EngagementCommand typed, FormErrors typedErrors) {
            return new ContactForms(role, typed, typedErrors);
        }

        ContactForms withRole(PeriodCommand typed, FormErrors typedErrors) {
            return new ContactForms(typed, engagement, typedErrors);
        }
    }

    ContactForms blankContactForms() {
        return new ContactForms(PeriodCommand.empty(), EngagementCommand.empty(LocalDate.now(clock)),
                new FormErrors());
    }

    HttpResponse<String> organisation(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id,
                                      OrganisationForms forms) {
        StakeholderRow row = register.get(user, id);
        boolean personal = permissions.canHandlePersonalData(user);
        Map<String, Object> model = model("stakeholder", row, "relations", register.relations(user, id),
                "others", register.list(user).stream().filter(s -> s.id() != id).toList(),
                "relationForm", forms.relation(), "placementForm", forms.placement(), "errors", forms.errors(),
                "engagementForm", forms.engagement(), "engagementTargets", forms.engagementTargets(),
                "timeline", engagements.pageOfStakeholder(user, id, page(request)),
                "engagementKinds", enumNames(EngagementKind.values()),
                "agreementKinds", enumNames(AgreementKind.values()),
                "relationKinds", enumNames(RelationKind.values()), "issueKinds", enumNames(IssueKind.values()),
                "documents", documents.of(user, id), "documentKinds", enumNames(DocumentKind.values()),
                "typedDocumentKind", forms.document().kind(), "typedEntry", forms.document().entry(),
                "shareChoices", sharing.choices(user, id),
                "placements", placements.history(user, id), "levels", LEVELS, "targets", targets.of(user, id),
                "canEdit", permissions.canEdit(user), "canPersonal", personal,
                "people", personal ? contacts.peopleAt(user, id) : List.of(),
                "done", done(request));
        return views.page(request, status, "stakeholder/organisation", model);
    }

    HttpResponse<String> grid(HttpRequest<?> request, CurrentUser user, String issueKey) {
        List<Placements.Issue> issues = placements.issues(user);
        String chosen = issues.stream().anyMatch(i -> i.key().equals(issueKey)) ? issueKey : "";
        List<Placements.Current> current = placements.grid(user, chosen);
        return views.page(request, "stakeholder/grid", model("issues", issues, "issue", chosen,
                "placements", current, "chart", GridChart.of(current), "quadrants", enumNames(Quadrant.values())));
    }

    HttpResponse<String> contacts(HttpRequest<?> request, CurrentUser user) {
        return views.page(request, "stakeholder/contacts", model("contacts", contacts.list(user)));
    }

    HttpResponse<String> contactForm(HttpRequest<?> request, HttpStatus status, @Nullable ContactRow row,
                                     ContactCommand form, FormErrors errors) {
        Map<String, Object> model = model("form", form, "errors", errors, "bases", enumNames(LawfulBasis.values()));
        if (row != null) {
            model.put("contact", row);
        }
        return views.page(request, status, "stakeholder/contact-edit", model);
    }

    HttpResponse<String> contact(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id,
                                 ContactForms forms) {
        ContactRow row = contacts.view(user, id);
        return views.page(request, status, "stakeholder/contact", model("contact", row,
                "roles", contacts.rolesOf(user, id), "stakeholders", register.list(user), "roleForm", forms.role(),
                "engagementForm", forms.engagement(), "timeline", engagements.ofContact(user, id),
                "engagementKinds", enumNames(EngagementKind.values()),
                "agreementKinds", enumNames(AgreementKind.values()), "errors", forms.errors(),
                "done", done(request)));
    }

    private static int page(HttpRequest<?> request) {
        String page = request.getParameters().get("page", String.class, "");
        return page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 0;
    }

    private static String done(HttpRequest<?> request) {
        return request.getParameters().get("done", String.class, "");
    }

    static List<String> enumNames(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
