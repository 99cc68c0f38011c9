package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;

import java.util.Map;

/** Checks a facilitator's action against the live state before it is stored. */
final class Moderation {

    private Moderation() {
    }

    static void check(WorkshopState state, EventType type, Long activityId, Map<String, Object> data) {
        if (state.ended) {
            throw new InvalidRequestException("workshop.error.ended");
        }
        switch (type) {
            case HIDDEN, SHOWN, APPROVED, ANSWERED -> item(state, activityId, data.get("item"));
            case MERGED -> {
                Item from = item(state, activityId, data.get("item"));
                Item into = item(state, activityId, data.get("into"));
                if (from == into || into.mergedInto != 0) {
                    throw new InvalidRequestException("workshop.error.merge");
                }
            }
            case THEMED -> {
                Object theme = data.get("theme");
                if (theme == null || String.valueOf(theme).isBlank() || String.valueOf(theme).length() > 100) {
                    throw new InvalidRequestException("workshop.error.theme");
                }
                var items = ActivityState.integers(data.get("items"));
                if (items.isEmpty()) {
                    throw new InvalidRequestException("workshop.error.theme");
                }
                for (Integer seq : items) {
                    item(state, activityId, seq);
                }
            }
            case TIMER -> {
                Object seconds = data.get("seconds");
                if (!(seconds instanceof Number n) || n.intValue() < 0 || n.intValue() > 4 * 3600) {
                    throw new InvalidRequestException("workshop.error.timer");
                }
            }
            case AGREED -> RelevanceScoringType.checkAgreed(activityId == null ? null : state.activity(activityId),
                    data);
            case PARTICIPANT_REMOVED -> {
                if (!state.names.containsKey("p" + data.get("participant"))) {
                    throw new NotFoundException("participant");
                }
            }
            case STARTED, STOPPED, LOCKED, UNLOCKED, RESULTS_SHOWN, RESULTS_HIDDEN -> {
                if (activityId == null || state.activity(activityId) == null) {
                    throw new NotFoundException("activity");
                }
            }
            case PRESENTED -> {
                if (activityId != null && state.activity(activityId) == null) {
                    throw new NotFoundException("activity");
                }
            }
            default -> {
            }
        }
    }

    private static Item item(WorkshopState state, Long activityId, Object seq) {
        ActivityState activity = activityId == null ? null : state.activity(activityId);
        if (activity == null || !(seq instanceof Number n)) {
            throw new NotFoundException("item");
        }
        return activity.item(n.longValue()).orElseThrow(() -> new NotFoundException("item"));
    }
}
