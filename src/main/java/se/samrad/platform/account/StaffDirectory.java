package se.samrad.platform.account;

import jakarta.inject.Singleton;
import se.samrad.platform.security.AccountDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Who an account is and which roles it holds: what a session needs on each request, nothing more. */
@Singleton
public class StaffDirectory implements AccountDirectory {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;

    public StaffDirectory(AccountRepository accounts, AccountRoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public Optional<CurrentUser> findActive(long accountId) {
        return accounts.findById(accountId).filter(Account::active).map(this::toUser);
    }

    public CurrentUser toUser(Account account) {
        return new CurrentUser(account.id(), account.organisationId(), account.email(), account.displayName(),
                rolesOf(account.id()));
    }

    public Set<Role> rolesOf(long accountId) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.findByAccountId(accountId).forEach(r -> set.add(r.role()));
        return set;
    }
}
