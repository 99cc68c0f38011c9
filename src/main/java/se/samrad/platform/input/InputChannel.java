package se.samrad.platform.input;

import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * A way to gather people's input (a workshop, a dialogue) that another capability may start on its own subject and
 * later ask what came in, without knowing the channel's internals: the indicators start one from a deviation
 * ("what are the causes?") and list on the indicator's page what its participants said. Each capability that
 * gathers input implements it; a caller keeps the ids it was given.
 */
public interface InputChannel {

    /** A short, stable name of the channel, e.g. {@code workshop}, {@code dialogue}. */
    String kind();

    /** Whether {@code user} may start one in their organisation. */
    boolean canStart(CurrentUser user);

    /**
     * Starts one in the user's organisation (as a draft its organiser then prepares), about {@code brief}, with
     * one open question to answer. Throws the channel's permission error when the user may not.
     */
    Started start(CurrentUser user, Brief brief);

    /** What came in so far; empty when it is gone or not organisation {@code organisationId}'s. */
    Optional<Gathered> gathered(long organisationId, long id);

    /**
     * What it is about: a title, a description (plain text with the subject's figures in words, the address of its
     * page), the open question, and the language these are written in.
     */
    record Brief(String title, String description, String question, String lang) {
    }

    /** The one started: its id and the staff page where its organiser continues. */
    record Started(long id, String href) {
    }

    /** Its title, its staff page, how many inputs came in (ideas, answers) and the latest few texts, newest first. */
    record Gathered(String title, String href, long count, List<String> latest) {
    }
}
