package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A workshop as one viewer sees it at one point of its log ({@code seq}): the activities (all of them for a
 * facilitator, the open ones for a participant), the timer, how many joined, whether it ended, which activity the
 * big screen shows ({@code currentActivity}) and whether it hides names ({@code onlyResults}).
 */
public record Snapshot(long seq, boolean ended, @Nullable Long currentActivity, @Nullable Instant timerEnds,
                       int participants, List<ActivityView> activities, boolean removed, boolean onlyResults) {

    static Snapshot of(WorkshopState state, String viewer, boolean facilitator) {
        List<ActivityView> views = state.activities.values().stream()
                .filter(a -> facilitator || a.open || a.resultsShown)
                .map(a -> ActivityView.of(a, viewer, facilitator)).toList();
        int joined = (int) state.names.keySet().stream().filter(a -> !state.removed.contains(a)).count();
        return new Snapshot(state.lastSeq, state.ended, state.currentActivity, state.timerEnds, joined, views,
                state.removed.contains(viewer), state.onlyResults);
    }

    public ActivityView activity(long id) {
        return activities.stream().filter(a -> a.activity().id() == id).findFirst().orElse(null);
    }
}
