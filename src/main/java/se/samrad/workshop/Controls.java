package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.Forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A facilitator's control form (start, lock, hide an item, merge, theme, timer, groups...) as an event. */
final class Controls {

    record Action(EventType type, Long activityId, Map<String, Object> data) {
    }

    private Controls() {
    }

    static Action parse(Map<String, Object> form) {
        EventType type;
        try {
            type = EventType.valueOf(String.valueOf(Forms.value(form, "action")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        Long activity = number(Forms.value(form, "activity"));
        Map<String, Object> data = new LinkedHashMap<>();
        switch (type) {
            case HIDDEN, SHOWN, APPROVED, ANSWERED -> data.put("item", number(Forms.value(form, "item")));
            case MERGED -> {
                data.put("item", number(Forms.value(form, "item")));
                data.put("into", number(Forms.value(form, "into")));
            }
            case THEMED -> {
                List<Long> items = new ArrayList<>();
                Forms.values(form, "items").forEach(v -> {
                    Long n = number(v);
                    if (n != null) {
                        items.add(n);
                    }
                });
                data.put("items", items);
                String theme = Forms.value(form, "theme");
                data.put("theme", theme == null ? "" : theme.strip());
            }
            case TIMER -> {
                Long minutes = number(Forms.value(form, "minutes"));
                data.put("seconds", minutes == null ? -1 : (int) (minutes * 60));
            }
            case PRESENTED -> data.put("onlyResults", "on".equals(Forms.value(form, "onlyResults")));
            case AGREED -> data.put("levels", RelevanceScoringType.fields(form));
            case PARTICIPANT_REMOVED -> data.put("participant", number(Forms.value(form, "participant")));
            default -> {
            }
        }
        return new Action(type, activity, data);
    }

    /** For groups by list: {@code group-<participant id>} fields with a group number. */
    static Map<Long, Integer> groupList(Map<String, Object> form) {
        Map<Long, Integer> list = new LinkedHashMap<>();
        form.keySet().stream().filter(k -> k.startsWith("group-")).forEach(k -> {
            Long participant = number(k.substring("group-".length()));
            Long group = number(Forms.value(form, k));
            if (participant != null && group != null) {
                list.put(participant, group.intValue());
            }
        });
        return list;
    }

    static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
