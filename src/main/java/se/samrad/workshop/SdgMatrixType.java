package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** SDG interaction scoring (SDG Synergies): how the row target influences the column target, -3 ... +3. */
final class SdgMatrixType implements ActivityType {

    static final int MAX_COMMENT = 500;

    @Override
    public ActivityKind kind() {
        return ActivityKind.SDG_MATRIX;
    }

    /** A form holds many cells ({@code cell-<row>-<col>}): one score per cell that has a value. */
    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.SCORE, (form, inputs) -> {
            String comment = form.value("comment");
            boolean any = false;
            for (String field : form.named("cell-").stream().sorted().toList()) {
                String value = form.value(field);
                String[] rc = field.substring("cell-".length()).split("-");
                if (value != null && !value.isBlank() && rc.length == 2) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("row", Controls.number(rc[0]));
                    cell.put("col", Controls.number(rc[1]));
                    cell.put("value", Controls.number(value));
                    if (comment != null && !comment.isBlank()) {
                        cell.put("comment", comment.strip());
                    }
                    inputs.add("-" + rc[0] + "-" + rc[1], cell);
                    any = true;
                }
            }
            if (!any) {
                throw new InvalidRequestException("workshop.error.score");
            }
        });
    }

    @Override
    public void formErrors(ActivityForm form, FormErrors errors) {
        if (form.targets().size() < 2 || form.targets().size() > ActivityConfig.MAX_TARGETS) {
            errors.add(ActivityForm.PICKER, "workshop.error.targets");
        }
    }

    @Override
    public ActivityConfig config(ActivityForm form, ActivityConfig c) {
        return new ActivityConfig(List.of(), c.multiple(), c.min(), c.max(), 0, 0, List.of(), 0, null, form.targets(),
                c.moderated());
    }

    @Override
    public void validate(ActivityConfig config, LongPredicate targetExists) {
        var targets = config.targetList();
        if (targets.size() < 2 || targets.size() > ActivityConfig.MAX_TARGETS
                || new HashSet<>(targets).size() != targets.size()) {
            throw new InvalidRequestException("workshop.error.targets");
        }
        for (Long id : targets) {
            if (id == null || !targetExists.test(id)) {
                throw new InvalidRequestException("workshop.error.target");
            }
        }
    }

    @Override
    public SdgMatrix matrix(ActivityState a) {
        return SdgMatrix.of(a.config.targetList().size(), a.scores);
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        int n = activity.config.targetList().size();
        int row = Inputs.integer(data.get("row"));
        int col = Inputs.integer(data.get("col"));
        int value = Inputs.integer(data.get("value"));
        if (row < 0 || row >= n || col < 0 || col >= n || row == col || value < -3 || value > 3) {
            throw new InvalidRequestException("workshop.error.score");
        }
        Object comment = data.get("comment");
        if (comment != null && String.valueOf(comment).length() > MAX_COMMENT) {
            throw new InvalidRequestException("form.error.too-long");
        }
    }
}
