package se.samrad.platform.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.PasswordHasher;
import se.samrad.platform.security.Role;
import se.samrad.platform.security.SecureTokens;
import se.samrad.platform.security.SessionService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff accounts: sign-in with back-off after repeated failures, roles, deactivation, erasure and the
 * account holder's own data export. Every method that touches another account is scoped to the acting
 * admin's organisation.
 */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;
    private final StaffDirectory directory;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SessionService sessions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration firstLock;

    public AccountService(AccountRepository accounts, AccountRoleRepository roles, StaffDirectory directory,
                          PasswordHasher hasher,
                          AuditLog audit, SessionService sessions, Clock clock,
                          @Value("${samrad.login.max-failures:5}") int maxFailures,
                          @Value("${samrad.login.lock-duration:1m}") Duration firstLock) {
        this.accounts = accounts;
        this.roles = roles;
        this.directory = directory;
        this.hasher = hasher;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstLock = firstLock;
    }

    public CurrentUser toUser(Account account) {
        return directory.toUser(account);
    }

    public Set<Role> rolesOf(long accountId) {
        return directory.rolesOf(accountId);
    }

    /**
     * Checks e-mail and password. After {@code maxFailures} failures in a row the account is locked, for a
     * minute at first and twice as long after each further failure (at most a day).
     */
    @Transactional
    public SignInResult signIn(String email, String password) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByEmail(Passwords.normaliseEmail(email));
        if (found.isEmpty() || !found.get().active()) {
            hasher.burnTime(password == null ? "" : password);
            return SignInResult.invalid();
        }
        Account account = found.get();
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            // As long as a wrong password takes, so that timing does not tell a locked account from others.
            hasher.burnTime(password == null ? "" : password);
            return SignInResult.locked(account.lockedUntil());
        }
        if (password != null && hasher.matches(password, account.passwordHash())) {
            Account signedIn = accounts.update(account.withLoginSuccess(now));
            audit.record(account.organisationId(), account.id(), account.email(), AuditAction.SIGN_IN, "", "");
            return SignInResult.signedIn(signedIn);
        }
        int failures = account.failedLogins() + 1;
        Instant lockedUntil = null;
        if (failures >= maxFailures) {
            long factor = 1L << Math.min(failures - maxFailures, 10);
            Duration lock = firstLock.multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : lock);
            audit.record(account.organisationId(), account.id(), account.email(), AuditAction.ACCOUNT_LOCKED, "",
                    "failures=" + failures);
        } else {
            audit.record(account.organisationId(), account.id(), account.email(), AuditAction.SIGN_IN_FAILED, "",
                    "failures=" + failures);
        }
        accounts.update(account.withLoginFailure(failures, lockedUntil));
        return lockedUntil != null ? SignInResult.locked(lockedUntil) : SignInResult.invalid();
    }

    @Transactional
    public Account create(Long organisationId, String email, String displayName, String password, Set<Role> roleSet) {
        String normalised = Passwords.normaliseEmail(email);
        if (accounts.existsByEmail(normalised)) {
            throw new InvalidRequestException("form.error.email-taken");
        }
        Account account = accounts.save(new Account(null, organisationId, normalised, displayName.trim(),
                hasher.hash(password), true, 0, null, clock.instant(), null));
        roleSet.forEach(role -> roles.save(new AccountRole(null, account.id(), role)));
        return account;
    }

    public boolean emailTaken(String email) {
        return accounts.existsByEmail(Passwords.normaliseEmail(email));
    }

    /** Whether the address has an account in this organisation (not: anywhere; see InvitationService). */
    public boolean emailTakenIn(long organisationId, String email) {
        return accounts.findByEmail(Passwords.normaliseEmail(email))
                .filter(a -> a.organisationId() != null && a.organisationId() == organisationId).isPresent();
    }

    /** The organisation's staff with their roles, for its admins. */
    public List<StaffMember> staff(long organisationId) {
        List<Account> list = accounts.findByOrganisationIdOrderByDisplayName(organisationId);
        Map<Long, Set<Role>> byAccount = new HashMap<>();
        roles.findByAccountIdIn(list.stream().map(Account::id).toList())
                .forEach(r -> byAccount.computeIfAbsent(r.accountId(), k -> EnumSet.noneOf(Role.class)).add(r.role()));
        return list.stream().map(a -> new StaffMember(a.id(), a.email(), a.displayName(), a.active(),
                byAccount.getOrDefault(a.id(), EnumSet.noneOf(Role.class)), a.lastLoginAt(), a.createdAt())).toList();
    }

    public StaffMember staffMember(CurrentUser admin, long accountId) {
        long org = admin.requireOrganisation();
        return staff(org).stream().filter(s -> s.id() == accountId).findFirst()
                .orElseThrow(() -> new NotFoundException("account"));
    }

    /** Replaces an account's roles. An organisation always keeps at least one active admin. */
    @Transactional
    public void setRoles(CurrentUser admin, long accountId, Set<Role> newRoles) {
        Account account = ownAccount(admin, accountId);
        Set<Role> allowed = newRoles.stream().filter(Role.organisationRoles()::contains)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Role> before = rolesOf(accountId);
        if (before.contains(Role.ORG_ADMIN) && !allowed.contains(Role.ORG_ADMIN)) {
            requireAnotherAdmin(account);
        }
        roles.deleteByAccountId(accountId);
        allowed.forEach(role -> roles.save(new AccountRole(null, accountId, role)));
        sessions.accountChanged(accountId);
        audit.record(account.organisationId(), admin, AuditAction.ROLES_CHANGED, account.email(),
                names(before) + " -> " + names(allowed));
    }

    @Transactional
    public void setActive(CurrentUser admin, long accountId, boolean active) {
        Account account = ownAccount(admin, accountId);
        if (!active) {
            if (account.id() == admin.accountId()) {
                throw new InvalidRequestException("staff.error.self");
            }
            if (rolesOf(accountId).contains(Role.ORG_ADMIN)) {
                requireAnotherAdmin(account);
            }
            sessions.endAll(accountId);
        }
        accounts.update(account.withActive(active));
        sessions.accountChanged(accountId);
        audit.record(account.organisationId(), admin,
                active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED, account.email(), "");
    }

    /**
     * Erases a person's data (GDPR): the account can no longer sign in, its e-mail and name are replaced and
     * the audit log stops naming them. The row stays so that records pointing to it remain consistent.
     */
    @Transactional
    public void erase(CurrentUser admin, long accountId) {
        Account account = ownAccount(admin, accountId);
        if (account.id() == admin.accountId()) {
            throw new InvalidRequestException("staff.error.self");
        }
        if (rolesOf(accountId).contains(Role.ORG_ADMIN)) {
            requireAnotherAdmin(account);
        }
        sessions.endAll(accountId);
        roles.deleteByAccountId(accountId);
        String label = "erased-" + accountId;
        accounts.update(account.erased(label + "@invalid", label, hasher.hash(SecureTokens.newToken())));
        audit.relabelActor(accountId, label);
        audit.record(account.organisationId(), admin, AuditAction.ACCOUNT_ERASED, label, "");
    }

    @Transactional
    public boolean changePassword(CurrentUser user, String current, String newPassword) {
        Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
        if (current == null || !hasher.matches(current, account.passwordHash())) {
            return false;
        }
        accounts.update(account.withPasswordHash(hasher.hash(newPassword)));
        sessions.endAll(account.id());
        audit.record(account.organisationId(), user, AuditAction.PASSWORD_CHANGED, account.email(), "");
        return true;
    }

    /** Everything stored about the account holder, for their own download (GDPR right of access). */
    public Map<String, Object> export(CurrentUser user) {
        Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("id", account.id());
        data.put("organisationId", account.organisationId());
        data.put("email", account.email());
        data.put("displayName", account.displayName());
        data.put("roles", names(rolesOf(account.id())));
        data.put("createdAt", account.createdAt().toString());
        data.put("lastLoginAt", account.lastLoginAt() == null ? null : account.lastLoginAt().toString());
        data.put("auditEvents", audit.byActor(account.id()).stream().map(e -> Map.of(
                "action", e.action(), "target", e.target(), "at", e.createdAt().toString())).toList());
        return data;
    }

    private Account ownAccount(CurrentUser admin, long accountId) {
        return accounts.findByIdAndOrganisationId(accountId, admin.requireOrganisation())
                .orElseThrow(() -> new NotFoundException("account"));
    }

    private void requireAnotherAdmin(Account account) {
        if (roles.countActiveWithRole(account.organisationId(), Role.ORG_ADMIN.name()) <= 1) {
            throw new InvalidRequestException("staff.error.last-admin");
        }
    }

    private static String names(Set<Role> set) {
        return set.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
