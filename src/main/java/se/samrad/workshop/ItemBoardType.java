package se.samrad.workshop;

import java.util.List;
import java.util.Map;

/**
 * A board of texts that participants post and up-vote, shown with the most votes first: the shape of an idea
 * board and of a Q&A, which differ in the event type a post is and in what the facilitator does with it.
 */
abstract class ItemBoardType implements ActivityType {

    private final ActivityKind kind;
    private final Map<EventType, InputReader> inputs;

    /** A board of {@code kind} whose posts are events of type {@code post}. */
    ItemBoardType(ActivityKind kind, EventType post) {
        this.kind = kind;
        this.inputs = Map.of(post, Inputs.TEXT, EventType.UPVOTE, Inputs.UPVOTE);
    }

    @Override
    public final ActivityKind kind() {
        return kind;
    }

    @Override
    public final Map<EventType, InputReader> inputs() {
        return inputs;
    }

    @Override
    public final boolean hasItems() {
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
