package se.samrad.workshop;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every kind of activity, listed once: adding a kind is one {@link ActivityType} here and its template part. */
final class ActivityTypes {

    static final List<ActivityType> ALL = List.of(new PollType(), new RatingType(), new IdeasType(),
            new WordCloudType(), new QaType(), new DotsType(), new BreakoutType(), new SdgMatrixType(), new ChatType(),
            new RelevanceScoringType());

    private static final Map<ActivityKind, ActivityType> BY_KIND = new EnumMap<>(ActivityKind.class);
    private static final Map<EventType, ActivityType.InputReader> READERS = new EnumMap<>(EventType.class);
    /** The inputs each kind takes, read once: every submission asks. */
    private static final Map<ActivityKind, Set<EventType>> INPUTS = new EnumMap<>(ActivityKind.class);

    static {
        for (ActivityType type : ALL) {
            BY_KIND.put(type.kind(), type);
            INPUTS.put(type.kind(), Set.copyOf(type.inputs().keySet()));
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

    /** Whether participants may send this input to an activity of this kind. */
    static boolean takes(ActivityKind kind, EventType input) {
        return INPUTS.get(kind).contains(input);
    }

    /** How an input of this type is read from a form, or null when participants send no such input. */
    static ActivityType.InputReader reader(EventType type) {
        return READERS.get(type);
    }
}
