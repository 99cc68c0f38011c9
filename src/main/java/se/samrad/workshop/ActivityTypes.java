package se.samrad.workshop;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every kind of activity, listed once: adding a kind is one {@link ActivityType} here and its template part. */
final class ActivityTypes {

    static final List<ActivityType> ALL = List.of(new PollType(), new RatingType(), new IdeasType(),
            new WordCloudType(), new QaType(), new DotsType(), new BreakoutType(), new SdgMatrixType(), new ChatType());

    private static final Map<ActivityKind, ActivityType> BY_KIND = new EnumMap<>(ActivityKind.class);
    private static final Map<EventType, ActivityType.InputReader> READERS = new EnumMap<>(EventType.class);

    static {
        for (ActivityType type : ALL) {
            BY_KIND.put(type.kind(), type);
            // kinds that take the same input (an idea on a board or in a breakout group) read it alike
            type.inputs().forEach(READERS::putIfAbsent);
        }
        if (BY_KIND.size() != ActivityKind.values().length) {
            throw new IllegalStateException("an activity kind without its type");
        }
    }

    private ActivityTypes() {
    }

    static ActivityType of(ActivityKind kind) {
        return BY_KIND.get(kind);
    }

    /** How an input of this type is read from a form, or null when participants send no such input. */
    static ActivityType.InputReader reader(EventType type) {
        return READERS.get(type);
    }
}
