package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * One kind of activity, declared in one place (as Decidim's components declare themselves in a manifest):
 * which participants' inputs it takes and how each is read from a form, how its settings are checked (on the
 * "add an activity" form and again before they are stored) and how an input is checked against the live state.
 * Every kind is listed once, in {@link ActivityTypes}.
 */
interface ActivityType {

    ActivityKind kind();

    /** The participants' event types this kind takes, each with how it is read from a posted form. */
    Map<EventType, InputReader> inputs();

    /** The settings' field errors a person can fix on the "add an activity" form. */
    default void formErrors(ActivityForm form, FormErrors errors) {
    }

    /**
     * The settings the "add an activity" form makes for this kind, from those every kind gets ({@code common}:
     * scale, multiple choice, moderation as typed; the kind's own fields empty).
     */
    default ActivityConfig config(ActivityForm form, ActivityConfig common) {
        return common;
    }

    /** Refuses settings the form could not catch (sent another way, or targets of another organisation). */
    default void validate(ActivityConfig config, LongPredicate targetExists) {
    }

    /**
     * Refuses an input of one of its {@link #inputs()} that breaks its rules; the activity is open and not
     * locked. May normalise {@code data} (a stripped text, the author's group).
     */
    void check(ActivityState activity, String author, EventType type, Map<String, Object> data);

    /** Respondents, counts and mean of a kind whose results are tallied (a poll, a rating, dot voting). */
    default ActivityView.Tally tally(ActivityState activity) {
        return ActivityView.Tally.NONE;
    }

    /** The items this viewer sees: the visible ones, their own, all of them for a facilitator. */
    default List<ActivityView.ItemView> items(ActivityState activity, String viewer, boolean facilitator) {
        return ActivityView.visibleItems(activity, viewer, facilitator);
    }

    /** A word cloud's words by frequency. */
    default List<ActivityView.Count> words(ActivityState activity) {
        return List.of();
    }

    /** Breakout groups' boards, from the items the viewer sees. */
    default List<ActivityView.Group> groups(ActivityState activity, List<ActivityView.ItemView> items) {
        return List.of();
    }

    /** An SDG interaction matrix's results. */
    default SdgMatrix matrix(ActivityState activity) {
        return null;
    }

    /** A relevance scoring's results and the viewer's own scores. */
    default RelevanceScoring scoring(ActivityState activity, String viewer) {
        return null;
    }

    /** Whether participants' texts are items that can be hidden and tagged. */
    default boolean hasItems() {
        return false;
    }

    /** How one event type's input is read from a form: data of one event, or several (a matrix's cells). */
    @FunctionalInterface
    interface InputReader {
        void read(FormInput.Form form, FormInput.Sink inputs);
    }

    static void refuse(String messageKey) {
        throw new InvalidRequestException(messageKey);
    }
}
