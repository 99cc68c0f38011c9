package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may read, write and review examples. The same rule is written twice, once for one example read from the
 * database ({@link #canSee}) and once as the visibility keys a search is filtered by ({@link #keysOf}):
 * an example carries {@code org:<owner>}, plus {@code net:<id>} when shared in a network or {@code public}; a
 * reader holds {@code public}, {@code org:<own>} and {@code net:<id>} of each network the organisation is in.
 */
@Singleton
public class LibraryAccess {

    public static final String PUBLIC = "public";

    private final NetworkService networks;

    LibraryAccess(NetworkService networks) {
        this.networks = networks;
    }

    /** Staff who write examples for their organisation. */
    public static boolean canContribute(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && (user.has(Role.ORG_ADMIN)
                || user.has(Role.FACILITATOR) || user.has(Role.ANALYST) || user.has(Role.NETWORK_COORDINATOR));
    }

    public boolean canEdit(@Nullable CurrentUser user, Example example) {
        return canContribute(user) && user.organisationId() == example.organisationId();
    }

    /**
     * The organisation's admin reviews its examples; a network coordinator of a member organisation reviews
     * the examples shared in that network.
     */
    public boolean canReview(@Nullable CurrentUser user, Example example) {
        if (user == null || user.organisationId() == null) {
            return false;
        }
        if (user.has(Role.ORG_ADMIN) && user.organisationId() == example.organisationId()) {
            return true;
        }
        return user.has(Role.NETWORK_COORDINATOR) && example.visibility() == Visibility.NETWORK
                && example.networkId() != null && networks.isMember(example.networkId(), user.organisationId());
    }

    public boolean canSee(@Nullable CurrentUser user, Example example) {
        Long organisationId = user == null ? null : user.organisationId();
        if (organisationId != null && organisationId == example.organisationId()) {
            return true;
        }
        if (example.status() == ExampleStatus.SUBMITTED) {
            return canReview(user, example);
        }
        if (example.status() != ExampleStatus.PUBLISHED) {
            return false;
        }
        return switch (example.visibility()) {
            case PUBLIC -> true;
            case NETWORK -> example.networkId() != null && networks.isMember(example.networkId(), organisationId);
            case ORGANISATION -> false;
        };
    }

    /** The keys an example is indexed with. */
    static Set<String> keysOf(Example example) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("org:" + example.organisationId());
        if (example.visibility() == Visibility.PUBLIC) {
            keys.add(PUBLIC);
        } else if (example.visibility() == Visibility.NETWORK && example.networkId() != null) {
            keys.add("net:" + example.networkId());
        }
        return keys;
    }

    /** The keys a reader's searches are filtered by (anonymous visitors and platform admins: public only). */
    public Set<String> readerKeys(@Nullable CurrentUser user) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PUBLIC);
        if (user != null && user.organisationId() != null) {
            keys.add("org:" + user.organisationId());
            for (long network : networks.networkIdsOf(user.organisationId())) {
                keys.add("net:" + network);
            }
        }
        return keys;
    }
}
