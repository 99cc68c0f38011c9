package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** Breakout groups, each with its own board for the prompt's sub-questions; participants may choose a group. */
final class BreakoutType implements ActivityType {

    @Override
    public ActivityKind kind() {
        return ActivityKind.BREAKOUT;
    }

    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.IDEA, Inputs.TEXT,
                EventType.GROUP_CHOSEN, (form, inputs) -> inputs.add(Inputs.one("group", form.number("group"))));
    }

    @Override
    public boolean hasItems() {
        return true;
    }

    @Override
    public void formErrors(ActivityForm form, FormErrors errors) {
        List<String> list = ActivityForm.lines(form.questions());
        if (list.isEmpty() || list.size() > 10 || list.stream().anyMatch(q -> q.length() > 500)) {
            errors.add("questions", "workshop.error.breakout");
        }
        Integer groups = ActivityForm.number(form.groups());
        if (groups == null || groups < 1 || groups > ActivityConfig.MAX_GROUPS) {
            errors.add("groups", "workshop.error.groups");
        }
    }

    @Override
    public ActivityConfig config(ActivityForm form, ActivityConfig c) {
        return new ActivityConfig(List.of(), c.multiple(), c.min(), c.max(), 0, 0, ActivityForm.lines(form.questions()),
                ActivityForm.orElse(ActivityForm.number(form.groups()), 0), form.grouping(), List.of(), c.moderated());
    }

    @Override
    public void validate(ActivityConfig config, LongPredicate targetExists) {
        if (config.questionList().isEmpty() || config.questionList().size() > 10
                || config.questionList().stream().anyMatch(q -> q == null || q.isBlank() || q.length() > 500)
                || config.groups() < 1 || config.groups() > ActivityConfig.MAX_GROUPS) {
            throw new InvalidRequestException("workshop.error.breakout");
        }
    }

    /** Each group's board: its members and its answers per sub-question. */
    @Override
    public List<ActivityView.Group> groups(ActivityState a, List<ActivityView.ItemView> items) {
        List<ActivityView.Group> groups = new ArrayList<>();
        for (int g = 1; g <= a.groupCount; g++) {
            final int number = g;
            int members = (int) a.groupOf.values().stream().filter(x -> x == number).count();
            List<List<ActivityView.ItemView>> answers = new ArrayList<>();
            for (int q = 0; q < a.config.questionList().size(); q++) {
                final int question = q;
                answers.add(items.stream().filter(i -> i.group() == number && i.question() == question).toList());
            }
            groups.add(new ActivityView.Group(g, members, answers));
        }
        return groups;
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        if (type == EventType.GROUP_CHOSEN) {
            int group = Inputs.integer(data.get("group"));
            if (group < 1 || group > activity.groupCount) {
                throw new InvalidRequestException("workshop.error.groups");
            }
            return;
        }
        Inputs.text(data, Inputs.MAX_TEXT);
        int question = Inputs.integer(data.get("question"));
        if (question < 0 || question >= activity.config.questionList().size()) {
            throw new InvalidRequestException("workshop.error.question");
        }
        Integer group = activity.groupOf.get(author);
        if (group == null) {
            throw new InvalidRequestException("workshop.error.no-group");
        }
        // the answer belongs to the board of the author's group
        data.put("group", group);
    }
}
