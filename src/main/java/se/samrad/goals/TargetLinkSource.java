package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/**
 * Something in Samråd that can be linked to a goal target (an organisation's own goals, dialogue questions,
 * workshop items, good-practice examples...). Each capability implements this, and the target's page lists
 * what every source links to it, so the goal catalogue never needs to know the capabilities.
 */
public interface TargetLinkSource {

    /** The message key of the heading this source's links appear under. */
    String headingKey();

    /** What is linked to {@code target} that {@code user} (null: an anonymous visitor) may see. */
    List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang);

    /** One linked item: its title, where it lives, and a line of detail (a note, a count). */
    record TargetLink(Text title, String href, Text context, Text detail) {
    }
}
