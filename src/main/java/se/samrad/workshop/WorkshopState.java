package se.samrad.workshop;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A workshop as its event log says it is now: the activities and their inputs, who joined and was removed,
 * the timer, whether it ended. Rebuilt from the log after a restart; mutated only under its lock in
 * {@link EventLog}.
 */
final class WorkshopState {

    final long workshopId;
    long lastSeq;
    boolean ended;
    /** The activity on the big screen (the last started, or the one the facilitator chose); null: the join screen. */
    Long currentActivity;
    /** Whether the big screen shows results only, without participants' names. */
    boolean onlyResults;
    Instant timerEnds;
    final Map<Long, ActivityState> activities = new LinkedHashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Set<String> removed = new HashSet<>();
    /** author + ' ' + clientId -> seq, so a retried submission is answered with the seq it got first. */
    final Map<String, Long> submissions = new HashMap<>();

    WorkshopState(long workshopId) {
        this.workshopId = workshopId;
    }

    void addActivity(Activity activity, ActivityConfig config) {
        activities.putIfAbsent(activity.id(), new ActivityState(activity, config));
    }

    void apply(WorkshopEvent e) {
        lastSeq = e.seq();
        submissions.put(e.author() + ' ' + e.clientId(), e.seq());
        switch (e.type()) {
            case JOINED -> names.put(e.author(), e.name());
            case PARTICIPANT_REMOVED -> removed.add("p" + e.number("participant"));
            case ENDED -> {
                ended = true;
                activities.values().forEach(a -> a.open = false);
            }
            case TIMER -> {
                int seconds = e.integer("seconds", 0);
                timerEnds = seconds <= 0 ? null : e.at().plusSeconds(seconds);
            }
            case STARTED -> currentActivity = e.activityId();
            case PRESENTED -> {
                currentActivity = e.activityId();
                onlyResults = Boolean.TRUE.equals(e.data().get("onlyResults"));
            }
            default -> {
            }
        }
        if (e.activityId() != null) {
            ActivityState activity = activities.get(e.activityId());
            if (activity != null) {
                activity.apply(e);
            }
        }
    }

    ActivityState activity(long id) {
        return activities.get(id);
    }
}
