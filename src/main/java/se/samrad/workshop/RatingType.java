package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** A rating: a number on a scale (e.g. 1-5); each participant's latest rating counts. */
final class RatingType implements ActivityType {

    @Override
    public ActivityKind kind() {
        return ActivityKind.RATING;
    }

    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.RATE, (form, inputs) -> inputs.add(Inputs.one("value", form.number("value"))));
    }

    @Override
    public void formErrors(ActivityForm form, FormErrors errors) {
        Integer min = ActivityForm.number(form.min());
        Integer max = ActivityForm.number(form.max());
        if (min == null || max == null || min >= max || max - min > 10) {
            errors.add("min", "workshop.error.scale");
        }
    }

    @Override
    public void validate(ActivityConfig config, LongPredicate targetExists) {
        if (config.min() >= config.max() || config.max() - config.min() > 10) {
            throw new InvalidRequestException("workshop.error.scale");
        }
    }

    @Override
    public ActivityView.Tally tally(ActivityState a) {
        ActivityConfig config = a.config;
        int respondents = a.choices.size();
        int[] tally = new int[config.max() - config.min() + 1];
        a.choices.values().forEach(list -> tally[list.get(0) - config.min()]++);
        List<ActivityView.Count> counts = new ArrayList<>();
        for (int i = 0; i < tally.length; i++) {
            counts.add(new ActivityView.Count(String.valueOf(config.min() + i), tally[i],
                    ActivityView.percent(tally[i], respondents)));
        }
        double mean = a.choices.values().stream().mapToInt(l -> l.get(0)).average().orElse(0);
        return new ActivityView.Tally(respondents, counts, Math.round(mean * 100) / 100.0);
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        int value = Inputs.integer(data.get("value"));
        if (value < activity.config.min() || value > activity.config.max()) {
            throw new InvalidRequestException("workshop.error.scale");
        }
    }
}
