package se.samrad.platform.demo;

import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

/**
 * A capability's part of the demo content, added after the platform's (organisations, units, staff), so
 * the platform never needs to know the capabilities.
 */
public interface DemoContributor {

    /** Adds demo content for the demo municipality, acting as its organisation admin. */
    void contribute(Organisation municipality, CurrentUser admin);
}
