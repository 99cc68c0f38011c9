package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** Dot voting: a budget of dots per participant, at most a cap on one option; the latest allocation counts. */
final class DotsType implements ActivityType {

    @Override
    public ActivityKind kind() {
        return ActivityKind.DOTS;
    }

    /** A form field {@code dots-<option index>} per option: how many dots on it (blank: none). */
    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.DOTS, (form, inputs) -> {
            Map<String, Object> dots = new LinkedHashMap<>();
            for (String field : form.named("dots-")) {
                Long n = form.number(field);
                dots.put(field.substring("dots-".length()), n == null ? 0 : n);
            }
            inputs.add(Inputs.one("dots", dots));
        });
    }

    @Override
    public void formErrors(ActivityForm form, FormErrors errors) {
        PollType.optionErrors(form, errors);
        Integer budget = ActivityForm.number(form.budget());
        Integer cap = ActivityForm.number(form.cap());
        if (budget == null || cap == null || budget < 1 || budget > 100 || cap < 1 || cap > budget) {
            errors.add("budget", "workshop.error.dots");
        }
    }

    @Override
    public ActivityConfig config(ActivityForm form, ActivityConfig c) {
        return new ActivityConfig(ActivityForm.lines(form.options()), c.multiple(), c.min(), c.max(),
                ActivityForm.orElse(ActivityForm.number(form.budget()), 0),
                ActivityForm.orElse(ActivityForm.number(form.cap()), 0), List.of(), 0, null, List.of(), c.moderated());
    }

    @Override
    public void validate(ActivityConfig config, LongPredicate targetExists) {
        PollType.requireOptions(config);
        if (config.budget() < 1 || config.budget() > 100 || config.cap() < 1 || config.cap() > config.budget()) {
            throw new InvalidRequestException("workshop.error.dots");
        }
    }

    /** Dots per option, most first, with their share of all dots placed. */
    @Override
    public ActivityView.Tally tally(ActivityState a) {
        int[] tally = new int[a.config.optionList().size()];
        a.dots.values().forEach(d -> {
            for (int i = 0; i < d.length && i < tally.length; i++) {
                tally[i] += d[i];
            }
        });
        int total = 0;
        for (int t : tally) {
            total += t;
        }
        List<ActivityView.Count> counts = new ArrayList<>(ActivityView.counts(a.config.optionList(), tally, total));
        counts.sort(Comparator.comparingInt(ActivityView.Count::count).reversed());
        return new ActivityView.Tally(a.dots.size(), counts, 0);
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        ActivityConfig config = activity.config;
        if (!(data.get("dots") instanceof Map<?, ?> map)) {
            throw new InvalidRequestException("workshop.error.dots");
        }
        int total = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            int index = Inputs.integer(e.getKey());
            int dots = Inputs.integer(e.getValue());
            if (index < 0 || index >= config.optionList().size() || dots < 0 || dots > config.cap()) {
                throw new InvalidRequestException("workshop.error.dots-cap");
            }
            total += dots;
        }
        if (total > config.budget()) {
            throw new InvalidRequestException("workshop.error.dots-budget");
        }
    }
}
