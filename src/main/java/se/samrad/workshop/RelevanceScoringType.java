package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Relevance scoring (issue 19): participants score a set of targets on the relevance assessment's scale (0 not
 * relevant, 1 low, 2 medium, 3 high); each participant's latest scores count. The spread shows where they
 * disagree; the facilitator sets the agreed level per target ({@link EventType#AGREED}), which can then be sent
 * to a relevance round ({@link RelevanceScoringController}).
 */
final class RelevanceScoringType implements ActivityType {

    /** The highest level: 0 not relevant, 1 low, 2 medium, 3 high (the order of the assessment's scale). */
    static final int HIGHEST = 3;
    static final String PARTICIPANT_FIELD = "level-";
    static final String AGREED_FIELD = "agreed-";

    @Override
    public ActivityKind kind() {
        return ActivityKind.RELEVANCE;
    }

    /** A field {@code level-<target index>} per target with a level (blank: not scored). */
    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.RELEVANCE, (form, inputs) -> {
            Map<String, Object> levels = new LinkedHashMap<>();
            for (String field : form.named(PARTICIPANT_FIELD)) {
                String value = form.value(field);
                if (value != null && !value.isBlank()) {
                    levels.put(field.substring(PARTICIPANT_FIELD.length()), Controls.number(value));
                }
            }
            inputs.add(Inputs.one("levels", levels));
        });
    }

    @Override
    public void formErrors(ActivityForm form, FormErrors errors) {
        if (form.targets().isEmpty() || form.targets().size() > ActivityConfig.MAX_TARGETS) {
            errors.add(ActivityForm.PICKER, "workshop.relevance.error.targets");
        }
    }

    @Override
    public ActivityConfig config(ActivityForm form, ActivityConfig c) {
        return new ActivityConfig(List.of(), false, 0, HIGHEST, 0, 0, List.of(), 0, null, form.targets(),
                c.moderated());
    }

    @Override
    public void validate(ActivityConfig config, LongPredicate targetExists) {
        var targets = config.targetList();
        if (targets.isEmpty() || targets.size() > ActivityConfig.MAX_TARGETS
                || new HashSet<>(targets).size() != targets.size()) {
            throw new InvalidRequestException("workshop.relevance.error.targets");
        }
        for (Long id : targets) {
            if (id == null || !targetExists.test(id)) {
                throw new InvalidRequestException("workshop.error.target");
            }
        }
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        Map<Integer, Integer> levels = checked(activity, data.get("levels"), false);
        if (levels.isEmpty()) {
            throw new InvalidRequestException("workshop.relevance.error.level");
        }
    }

    @Override
    public RelevanceScoring scoring(ActivityState activity, String viewer) {
        return RelevanceScoring.of(activity, viewer);
    }

    /** The facilitator's agreed levels from the control form: {@code agreed-<index>}, blank clears the target's. */
    static Map<String, Object> fields(Map<String, Object> form) {
        Map<String, Object> levels = new LinkedHashMap<>();
        form.keySet().stream().filter(k -> k.startsWith(AGREED_FIELD)).sorted().forEach(k -> {
            String value = Forms.value(form, k);
            Long level = value == null || value.isBlank() ? Long.valueOf(-1) : Controls.number(value);
            levels.put(k.substring(AGREED_FIELD.length()), level == null ? Integer.MIN_VALUE : level);
        });
        return levels;
    }

    /** Refuses agreed levels for anything but a relevance scoring's targets, or off the scale (blank clears). */
    static void checkAgreed(ActivityState activity, Map<String, Object> data) {
        if (activity == null || activity.kind() != ActivityKind.RELEVANCE) {
            throw new NotFoundException("activity");
        }
        checked(activity, data.get("levels"), true);
    }

    private static Map<Integer, Integer> checked(ActivityState activity, Object value, boolean clearing) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidRequestException("workshop.relevance.error.level");
        }
        int n = activity.config.targetList().size();
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            int index = Inputs.integer(e.getKey());
            int level = Inputs.integer(e.getValue());
            if (index < 0 || index >= n || level > HIGHEST || level < (clearing ? -1 : 0)) {
                throw new InvalidRequestException("workshop.relevance.error.level");
            }
            levels.put(index, level);
        }
        return levels;
    }
}
