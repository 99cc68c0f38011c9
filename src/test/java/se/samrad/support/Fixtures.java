package se.samrad.support;

import jakarta.inject.Singleton;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationKind;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.security.Role;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes organisations and accounts with unique names, so tests sharing one database never collide. */
@Singleton
public class Fixtures {

    public static final String PASSWORD = "a quiet heron counts the reeds";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final OrganisationService organisations;
    private final AccountService accounts;

    public Fixtures(OrganisationService organisations, AccountService accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + COUNTER.incrementAndGet();
    }

    public Organisation organisation(String prefix) {
        return organisations.create(null, unique(prefix), OrganisationKind.MUNICIPALITY, null);
    }

    public Account account(Organisation organisation, Role... roles) {
        return account(organisation == null ? null : organisation.id(), roles);
    }

    public Account account(Long organisationId, Role... roles) {
        String email = unique("person").toLowerCase() + "@test.example";
        return accounts.create(organisationId, email, "Test " + email.substring(0, 12), PASSWORD, Set.of(roles));
    }
}
