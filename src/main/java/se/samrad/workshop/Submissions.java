package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;

import java.util.Map;

/**
 * Checks a participant's input against the live state: the workshop runs, the participant was not removed,
 * the activity is open and not locked and its kind takes this input; its kind's rules do the rest.
 */
final class Submissions {

    private Submissions() {
    }

    static void check(WorkshopState state, String author, EventType type, Long activityId, Map<String, Object> data) {
        if (state.ended) {
            throw new InvalidRequestException("workshop.error.ended");
        }
        if (state.removed.contains(author)) {
            throw new InvalidRequestException("workshop.error.removed");
        }
        if (type.isFacilitator() || type == EventType.JOINED) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        ActivityState activity = activityId == null ? null : state.activity(activityId);
        if (activity == null) {
            throw new NotFoundException("activity");
        }
        if (!activity.open) {
            throw new InvalidRequestException("workshop.error.not-open");
        }
        if (activity.locked) {
            throw new InvalidRequestException("workshop.error.locked");
        }
        if (!ActivityTypes.takes(activity.kind(), type)) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        ActivityTypes.of(activity.kind()).check(activity, author, type, data);
    }
}
