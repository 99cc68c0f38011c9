package se.samrad.consequence;

import se.samrad.goals.GoalElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the consequence assessment's pages share: the model map and the aspects a case is assessed on. */
final class Pages {

    private Pages() {
    }

    /** One aspect of a case as the forms and the matrix show it: a fixed aspect, or a linked target. */
    public record AspectLine(String key, Aspect.Group group, String labelKey, GoalElement target) {
        public boolean isTarget() {
            return target != null;
        }
    }

    static List<AspectLine> aspects(List<GoalElement> targets) {
        List<AspectLine> lines = new ArrayList<>();
        for (Aspect.Group group : Aspect.Group.values()) {
            if (group == Aspect.Group.SOCIETAL) {
                targets.forEach(t -> lines.add(new AspectLine(Aspect.target(t.id()), group, "", t)));
            }
            Aspect.of(group).forEach(a -> lines.add(new AspectLine(a.name(), group, a.key(), null)));
        }
        return lines;
    }

    static Map<String, Object> model(Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            model.put((String) keyValues[i], keyValues[i + 1]);
        }
        return model;
    }
}
