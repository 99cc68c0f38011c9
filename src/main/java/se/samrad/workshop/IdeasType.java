package se.samrad.workshop;

import java.util.List;
import java.util.Map;

/** An idea board: participants post and up-vote; the facilitator merges, clusters into themes, hides. */
final class IdeasType implements ActivityType {

    @Override
    public ActivityKind kind() {
        return ActivityKind.IDEAS;
    }

    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.IDEA, Inputs.TEXT, EventType.UPVOTE, Inputs.UPVOTE);
    }

    @Override
    public boolean hasItems() {
        return true;
    }

    @Override
    public List<ActivityView.ItemView> items(ActivityState activity, String viewer, boolean facilitator) {
        return ActivityView.byVotes(ActivityView.visibleItems(activity, viewer, facilitator));
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        Inputs.textOrUpvote(activity, type, data);
    }
}
