package se.samrad.platform.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.security.SecureTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One-time invitation links. The admin sees the link once, right after creating it, and passes it on
 * (e-mail delivery can come later); the invited person chooses a name and password and is signed in.
 */
@Singleton
public class InvitationService {

    private final InvitationRepository invitations;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validity;

    public InvitationService(InvitationRepository invitations, AccountService accounts, AuditLog audit, Clock clock,
                             @Value("${samrad.invitation.validity:7d}") Duration validity) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
    }

    /** What an admin gets back: the invitation and the secret token for the link, shown once. */
    public record Created(Invitation invitation, String token) {
    }

    /** An organisation admin invites a colleague to their own organisation. */
    public Created invite(CurrentUser admin, String email, Set<Role> roles) {
        return create(admin, admin.requireOrganisation(), email, roles);
    }

    /** A platform admin invites the first admin of an organisation. */
    public Created inviteFirstAdmin(CurrentUser platformAdmin, long organisationId, String email) {
        return create(platformAdmin, organisationId, email, Set.of(Role.ORG_ADMIN));
    }

    /**
     * Creates the invitation. An address that already has an account in the same organisation is refused (its
     * admins see their staff anyway); one with an account elsewhere is invited like any other, so that an admin
     * cannot find out which addresses other organisations have. The invited person is told on opening the link.
     */
    private Created create(@Nullable CurrentUser actor, long organisationId, String email, Set<Role> roles) {
        String normalised = Passwords.normaliseEmail(email);
        if (accounts.emailTakenIn(organisationId, normalised)) {
            throw new InvalidRequestException("form.error.email-taken");
        }
        String roleNames = roles.stream().filter(Role.organisationRoles()::contains).map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        String token = SecureTokens.newToken();
        Instant now = clock.instant();
        Invitation saved = invitations.save(new Invitation(null, organisationId, normalised, roleNames,
                SecureTokens.sha256Hex(token), actor == null ? null : actor.accountId(), now, now.plus(validity),
                null, false));
        audit.record(organisationId, actor, AuditAction.INVITATION_CREATED, normalised, roleNames);
        return new Created(saved, token);
    }

    /** The invitation behind a link, if it can still be used. */
    public Optional<Invitation> findPending(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(SecureTokens.sha256Hex(token)).filter(i -> i.isPending(clock.instant()));
    }

    /**
     * Whether the invited address already has an account (in any organisation). Only the invited person learns
     * it, when they open the link: the admin who invited them is never told about another organisation's accounts.
     */
    public boolean accountExists(Invitation invitation) {
        return accounts.emailTaken(invitation.email());
    }

    /**
     * Creates the account; a second use of the same link is refused, also when both come at once (the
     * invitation is locked, so the second sees it accepted).
     */
    @Transactional
    public Account accept(String token, String displayName, String password) {
        Invitation invitation = (token == null || token.isBlank() ? Optional.<Invitation>empty()
                : invitations.findByTokenHashForUpdate(SecureTokens.sha256Hex(token)))
                .filter(i -> i.isPending(clock.instant()))
                .orElseThrow(() -> new NotFoundException("invitation", "invite.error.invalid"));
        if (accountExists(invitation)) {
            throw new InvalidRequestException(InvitationController.ACCOUNT_EXISTS);
        }
        Account account = accounts.create(invitation.organisationId(), invitation.email(), displayName, password,
                invitation.roleSet());
        invitations.update(invitation.accepted(clock.instant()));
        audit.record(invitation.organisationId(), account.id(), account.email(), AuditAction.INVITATION_ACCEPTED,
                account.email(), invitation.roles());
        return account;
    }

    public List<Invitation> pending(CurrentUser admin) {
        Instant now = clock.instant();
        return invitations.findByOrganisationIdOrderByCreatedAtDesc(admin.requireOrganisation()).stream()
                .filter(i -> i.isPending(now)).toList();
    }

    public void revoke(CurrentUser admin, long invitationId) {
        Invitation invitation = invitations.findByIdAndOrganisationId(invitationId, admin.requireOrganisation())
                .orElseThrow(() -> new NotFoundException("invitation"));
        invitations.update(invitation.withRevoked());
        audit.record(invitation.organisationId(), admin, AuditAction.INVITATION_REVOKED, invitation.email(), "");
    }
}
