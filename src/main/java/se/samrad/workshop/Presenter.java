package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the big screen shows and what the facilitator's keyboard moves through: the agenda in order, the activity
 * on screen (null: the join screen) with whether it is open and showing results, and whether names are hidden.
 * The page script reads the previous and next activity from here, so a key press needs no other request.
 */
public record Presenter(List<Activity> agenda, @Nullable Activity current, boolean open, boolean resultsShown,
                        boolean onlyResults) {

    static Presenter of(WorkshopState state) {
        List<Activity> agenda = state.activities.values().stream().map(a -> a.activity).toList();
        ActivityState current = state.currentActivity == null ? null : state.activity(state.currentActivity);
        return new Presenter(agenda, current == null ? null : current.activity, current != null && current.open,
                current != null && current.resultsShown, state.onlyResults);
    }

    /** The time left until {@code ends} as the timer shows it (m:ss), 0:00 once passed. */
    public String remaining(java.time.Instant ends) {
        long seconds = Math.max(0, java.time.Duration.between(java.time.Instant.now(), ends).getSeconds());
        return seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
    }

    /** The activity before the one on screen (from the join screen: none), or null. */
    @Nullable
    public Activity previous() {
        int at = index();
        return at > 0 ? agenda.get(at - 1) : null;
    }

    /** The activity after the one on screen (from the join screen: the first), or null. */
    @Nullable
    public Activity next() {
        int at = index();
        return at + 1 < agenda.size() ? agenda.get(at + 1) : null;
    }

    /** 1-based position of the activity on screen in the agenda; 0 on the join screen. */
    public int position() {
        return index() + 1;
    }

    private int index() {
        if (current == null) {
            return -1;
        }
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).id().equals(current.id())) {
                return i;
            }
        }
        return -1;
    }
}
