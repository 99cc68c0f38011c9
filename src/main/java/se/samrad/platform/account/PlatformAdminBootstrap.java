package se.samrad.platform.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.Role;

import java.util.Set;

/**
 * Creates the first platform admin from the start-up settings {@code SAMRAD_ADMIN_EMAIL} and
 * {@code SAMRAD_ADMIN_PASSWORD}, once, when no account with that e-mail exists. There is no built-in
 * password anywhere.
 */
@Singleton
@Requires(property = "samrad.admin.email")
public class PlatformAdminBootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformAdminBootstrap.class);
    private static final String NAME = "Platform admin";
    private final AccountService accounts;
    private final AuditLog audit;
    private final String email;
    private final String password;

    public PlatformAdminBootstrap(AccountService accounts, AuditLog audit,
                                  @Value("${samrad.admin.email}") String email,
                                  @Value("${samrad.admin.password:}") String password) {
        this.accounts = accounts;
        this.audit = audit;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (email.isBlank() || accounts.emailTaken(email)) {
            return;
        }
        String weakness = Passwords.weakness(password, email, NAME);
        if (weakness != null) {
            LOG.error("SAMRAD_ADMIN_PASSWORD is refused ({}): it needs at least {} characters and must not be a "
                    + "common password, a repeated character or the e-mail address; no platform admin was created",
                    weakness, Passwords.MIN_LENGTH);
            return;
        }
        Account admin = accounts.create(null, email, NAME, password, Set.of(Role.PLATFORM_ADMIN));
        audit.record(null, admin.id(), admin.email(), AuditAction.PLATFORM_ADMIN_CREATED, admin.email(), "");
        LOG.info("Created platform admin {}", admin.email());
    }
}
