package se.samrad.goals;

import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * Dot voting in a live workshop over options another capability names (a case's alternatives): the workshops
 * a user may send it to, sending it (a dot-voting activity added to the workshop's agenda, started by its
 * facilitator), and the dots placed so far. Offered by the workshops, read by the consequence assessment's
 * prioritisation, so neither knows the other.
 */
public interface WorkshopVoting {

    /** A workshop of the organisation that has not ended and that the user runs. */
    record Workshop(long id, String title) {
    }

    /** The dots placed: how many took part, and the dots on each option, in the options' order. */
    record Tally(String workshopTitle, int voters, List<Integer> dots) {
    }

    List<Workshop> workshops(CurrentUser user);

    /**
     * Adds a dot-voting activity over {@code options} (each participant {@code budget} dots, at most all of them on
     * one option) to a workshop the user runs; answers the activity's id. Another organisation's workshop is not
     * found, one the user does not run is forbidden, an ended one refused.
     */
    long send(CurrentUser user, long workshopId, String title, String prompt, List<String> options, int budget);

    /** The tally of such an activity, if it is the organisation's. */
    Optional<Tally> tally(long organisationId, long workshopId, long activityId);
}
