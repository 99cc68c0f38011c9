package se.samrad.platform.web;

import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/**
 * Each capability adds its own links to the main navigation, depending on who is signed in, so the layout
 * never needs to know the capabilities.
 */
public interface NavigationContributor {

    List<NavigationItem> items(@Nullable CurrentUser user);
}
