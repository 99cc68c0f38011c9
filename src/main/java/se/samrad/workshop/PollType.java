package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** A poll: single or multiple choice among options; each participant's latest vote counts. */
final class PollType implements ActivityType {

    @Override
    public ActivityKind kind() {
        return ActivityKind.POLL;
    }

    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.VOTE, (form, inputs) -> {
            List<Long> options = new ArrayList<>();
            form.values("options").forEach(v -> {
                Long n = Controls.number(v);
                if (n != null) {
                    options.add(n);
                }
            });
            if (options.isEmpty()) {
                throw new InvalidRequestException("workshop.error.choice");
            }
            inputs.add(Inputs.one("options", options));
        });
    }

    @Override
    public void formErrors(ActivityForm form, FormErrors errors) {
        optionErrors(form, errors);
    }

    @Override
    public ActivityConfig config(ActivityForm form, ActivityConfig c) {
        return new ActivityConfig(ActivityForm.lines(form.options()), c.multiple(), c.min(), c.max(), 0, 0, List.of(),
                0, null, List.of(), c.moderated());
    }

    @Override
    public void validate(ActivityConfig config, LongPredicate targetExists) {
        requireOptions(config);
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        ActivityConfig config = activity.config;
        List<Integer> options = ActivityState.integers(data.get("options"));
        int size = config.optionList().size();
        if (options.isEmpty() || (!config.multiple() && options.size() != 1)
                || new HashSet<>(options).size() != options.size()
                || options.stream().anyMatch(o -> o < 0 || o >= size)) {
            throw new InvalidRequestException("workshop.error.choice");
        }
    }

    @Override
    public ActivityView.Tally tally(ActivityState a) {
        int respondents = a.choices.size();
        int[] tally = new int[a.config.optionList().size()];
        a.choices.values().forEach(list -> list.forEach(i -> tally[i]++));
        return new ActivityView.Tally(respondents, ActivityView.counts(a.config.optionList(), tally, respondents), 0);
    }

    /** Options (of a poll or of dot voting) on the form: 2 to {@value ActivityConfig#MAX_OPTIONS} lines. */
    static void optionErrors(ActivityForm form, FormErrors errors) {
        List<String> list = ActivityForm.lines(form.options());
        if (list.size() < 2 || list.size() > ActivityConfig.MAX_OPTIONS || list.stream().anyMatch(o -> o.length() > 200)) {
            errors.add("options", "workshop.error.options");
        }
    }

    static void requireOptions(ActivityConfig config) {
        var options = config.optionList();
        if (options.size() < 2 || options.size() > ActivityConfig.MAX_OPTIONS
                || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 200)) {
            throw new InvalidRequestException("workshop.error.options");
        }
    }
}
