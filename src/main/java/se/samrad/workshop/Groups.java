package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits participants into breakout groups: at random (even sizes), by a facilitator's list, or not at all. */
final class Groups {

    static final String RANDOM = "RANDOM";
    static final String SELF = "SELF";
    static final String LIST = "LIST";

    private Groups() {
    }

    /** Author ({@code p<id>}) to group number 1..count. Self-chosen groups start empty. */
    static Map<String, Integer> assign(String mode, int count, List<Participant> participants, Map<Long, Integer> list) {
        Map<String, Integer> assignment = new LinkedHashMap<>();
        switch (mode == null ? "" : mode) {
            case RANDOM -> {
                List<Participant> shuffled = new ArrayList<>(participants);
                Collections.shuffle(shuffled);
                for (int i = 0; i < shuffled.size(); i++) {
                    assignment.put(shuffled.get(i).author(), i % count + 1);
                }
            }
            case LIST -> list.forEach((participantId, group) -> {
                if (group < 1 || group > count) {
                    throw new InvalidRequestException("workshop.error.groups");
                }
                participants.stream().filter(p -> p.id().equals(participantId)).findFirst()
                        .ifPresent(p -> assignment.put(p.author(), group));
            });
            case SELF -> {
            }
            default -> throw new InvalidRequestException("workshop.error.groups");
        }
        return assignment;
    }
}
