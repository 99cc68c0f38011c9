package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.mail.Outbox;
import se.samrad.platform.mail.OutboxRow;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.participation.Occasion;
import se.samrad.platform.participation.OccasionSource;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.SecureTokens;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invitations from the register (issue 17): organisation admins invite contacts to a dialogue or a workshop.
 * Each gets a personal link, sent through the {@link Outbox} in the invitation's transaction or exported as CSV
 * for a mail merge, and the contact's timeline records <em>invited</em>; {@link InvitationListener} adds
 * <em>started</em>/<em>submitted</em> or <em>joined</em>/<em>contributed</em> when the link is used. An
 * anonymous dialogue's link is its public one: only <em>invited</em> is ever recorded for it.
 */
@Singleton
public class Invitations {

    /** Most contacts one invitation form sends to. */
    static final int MAX_AT_ONCE = 500;

    /** A contact the form offers, and whether they were invited already. */
    public record Candidate(ContactRow contact, boolean invited) {
        public boolean reachable() {
            return !contact.email().isBlank();
        }
    }

    /** An invitation with its contact and its e-mail in the outbox (null when it was not sent by e-mail). */
    public record Invited(InvitationRow row, ContactRow contact, @Nullable OutboxRow mail) {
    }

    private final InvitationRowRepository invitations;
    private final ContactRowRepository contacts;
    private final InvitationTimeline timeline;
    private final List<OccasionSource> sources;
    private final InvitationMail mails;
    private final Outbox outbox;
    private final OrganisationService organisations;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(InvitationRowRepository invitations, ContactRowRepository contacts, InvitationTimeline timeline,
                List<OccasionSource> sources, InvitationMail mails, Outbox outbox, OrganisationService organisations,
                StakeholderPermissions permissions, AuditLog audit, Clock clock) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.timeline = timeline;
        this.sources = sources;
        this.mails = mails;
        this.outbox = outbox;
        this.organisations = organisations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The dialogues and workshops of the user's organisation people can be invited to. */
    public List<Occasion> occasions(CurrentUser user, String lang) {
        long organisationId = permissions.requirePersonalData(user);
        List<Occasion> all = new ArrayList<>();
        sources.stream().sorted(java.util.Comparator.comparing(OccasionSource::kind))
                .forEach(s -> all.addAll(s.open(organisationId, lang)));
        return all;
    }

    /** An occasion by its form value ({@code DIALOGUE-12}); not found for another organisation's. */
    public Occasion occasion(CurrentUser user, String value, String lang) {
        long organisationId = permissions.requirePersonalData(user);
        return parse(value).flatMap(p -> sources.stream().filter(s -> s.kind().equals(p.kind())).findFirst()
                        .flatMap(s -> s.find(organisationId, p.id(), lang)))
                .orElseThrow(() -> new NotFoundException("occasion"));
    }

    private record Ref(String kind, long id) {
    }

    private static Optional<Ref> parse(@Nullable String value) {
        if (value == null || !value.matches("(DIALOGUE|WORKSHOP)-[0-9]{1,18}")) {
            return Optional.empty();
        }
        int dash = value.indexOf('-');
        return Optional.of(new Ref(value.substring(0, dash), Long.parseLong(value.substring(dash + 1))));
    }

    /** The form value of an occasion. */
    public static String value(Occasion occasion) {
        return occasion.kind() + "-" + occasion.id();
    }

    /**
     * Contacts the form offers: not erased, consent not withdrawn, matching {@code query} in name, e-mail or notes
     * (all when blank), the first {@link #MAX_AT_ONCE} by name.
     */
    public List<Candidate> candidates(CurrentUser user, Occasion occasion, @Nullable String query) {
        long organisationId = permissions.requirePersonalData(user);
        Set<Long> invited = rows(organisationId, occasion).stream().map(InvitationRow::contactId)
                .collect(Collectors.toSet());
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return contacts.findByOrganisationIdAndErasedAtIsNullOrderByName(organisationId).stream()
                .filter(c -> !c.consentWithdrawn())
                .filter(c -> q.isEmpty() || (c.name() + " " + c.email() + " " + c.notes()).toLowerCase(Locale.ROOT)
                        .contains(q))
                .limit(MAX_AT_ONCE).map(c -> new Candidate(c, invited.contains(c.id()))).toList();
    }

    /**
     * Invites the contacts (those invited before are skipped); with {@code byMail} each one with an e-mail address
     * gets the invitation through the outbox, committed with the invitation. Answers how many were invited.
     */
    @Transactional
    public int invite(CurrentUser user, Occasion occasion, Collection<Long> contactIds, String language,
                      boolean byMail, String baseUrl) {
        long organisationId = permissions.requirePersonalData(user);
        if (contactIds.isEmpty() || contactIds.size() > MAX_AT_ONCE) {
            throw new InvalidRequestException("stakeholder.invitation.error.choose");
        }
        if (!occasion.open()) {
            throw new InvalidRequestException("stakeholder.invitation.error.closed");
        }
        Map<Long, ContactRow> chosen = contacts.findByOrganisationIdAndIdIn(organisationId, List.copyOf(contactIds))
                .stream().filter(c -> !c.erased() && !c.consentWithdrawn())
                .collect(Collectors.toMap(ContactRow::id, Function.identity()));
        if (chosen.size() != Set.copyOf(contactIds).size()) {
            throw new InvalidRequestException("form.error.choose");
        }
        Set<Long> before = rows(organisationId, occasion).stream().map(InvitationRow::contactId)
                .collect(Collectors.toSet());
        String organisationName = organisations.get(organisationId).name();
        int count = 0;
        for (ContactRow contact : chosen.values()) {
            if (before.contains(contact.id())) {
                continue;
            }
            String token = SecureTokens.newToken();
            InvitationRow row = invitations.save(new InvitationRow(null, organisationId, contact.id(),
                    IssueKind.valueOf(occasion.kind()), occasion.id(), truncate(occasion.title(), 500),
                    occasion.anonymous(), language, SecureTokens.sha256Hex(token),
                    baseUrl + withLanguage(occasion.personalPath(token), language), null, clock.instant(), null, null, user.accountId()));
            timeline.record(row, "invited", user.accountId());
            if (byMail && !contact.email().isBlank()) {
                outbox.enqueue(mails.of(row, contact, organisationName));
            }
            count++;
        }
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_INVITED, value(occasion), count + "");
        return count;
    }

    /** Who was invited to the occasion, newest first, with the e-mail's state. */
    public List<Invited> invited(CurrentUser user, Occasion occasion) {
        long organisationId = permissions.requirePersonalData(user);
        List<InvitationRow> rows = rows(organisationId, occasion);
        Map<Long, ContactRow> people = rows.isEmpty() ? Map.of() : contacts.findByOrganisationIdAndIdIn(organisationId,
                rows.stream().map(InvitationRow::contactId).distinct().toList()).stream()
                .filter(c -> !c.erased()).collect(Collectors.toMap(ContactRow::id, Function.identity()));
        Map<String, OutboxRow> mail = outbox.byKeys(organisationId, rows.stream().map(InvitationRow::mailKey).toList());
        return rows.stream().filter(r -> people.containsKey(r.contactId()))
                .map(r -> new Invited(r, people.get(r.contactId()), mail.get(r.mailKey()))).toList();
    }

    /** The occasion's invitations for a mail merge: name, e-mail, language, personal link (audited). */
    public String csv(CurrentUser user, Occasion occasion) {
        long organisationId = permissions.requirePersonalData(user);
        String csv = Csv.write(List.of("name", "email", "language", "link", "invited", "started", "completed"),
                invited(user, occasion).stream().map(i -> List.of(i.contact().name(), i.contact().email(),
                        i.row().language(), i.row().link(), i.row().invitedAt().toString(),
                        text(i.row().startedAt()), text(i.row().completedAt()))).toList());
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_EXPORTED, value(occasion), "invitations");
        return csv;
    }

    /** The organisation's whole outbox as CSV (admins: it holds people's addresses), audited. */
    public String outboxCsv(CurrentUser user) {
        long organisationId = permissions.requirePersonalData(user);
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_EXPORTED, "mail-outbox", "");
        return outbox.csv(organisationId);
    }

    public boolean sending() {
        return outbox.sending();
    }

    /** Erasure: the person's invitations go, and their e-mails in the outbox are emptied. */
    void forget(long organisationId, long contactId) {
        List<InvitationRow> rows = invitations.findByOrganisationIdAndContactId(organisationId, contactId);
        outbox.erase(organisationId, rows.stream().map(InvitationRow::mailKey).toList());
        invitations.deleteByOrganisationIdAndContactId(organisationId, contactId);
    }

    private List<InvitationRow> rows(long organisationId, Occasion occasion) {
        return invitations.ofOccasion(organisationId, occasion.kind(), occasion.id());
    }

    /** The link opens the dialogue or workshop in the invitation's language. */
    private static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    private static String text(@Nullable java.time.Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
