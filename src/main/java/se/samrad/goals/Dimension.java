package se.samrad.goals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three dimensions of sustainable development. Agenda 2030's goals carry the one(s) they mainly belong to
 * by the Stockholm Resilience Centre's "wedding cake" grouping (see README).
 */
public enum Dimension {
    SOCIAL, ECONOMIC, ENVIRONMENTAL;

    /** Reads the stored comma-separated form; unknown names are ignored. */
    public static Set<Dimension> parse(String stored) {
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        for (String part : stored.split(",")) {
            Arrays.stream(values()).filter(d -> d.name().equals(part.trim())).forEach(dimensions::add);
        }
        return dimensions;
    }

    public static String format(Set<Dimension> dimensions) {
        return dimensions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
