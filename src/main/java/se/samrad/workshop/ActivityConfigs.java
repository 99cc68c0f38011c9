package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;

import java.util.HashSet;
import java.util.function.LongPredicate;

/** Checks an activity's settings against its kind before it joins the agenda. */
final class ActivityConfigs {

    private ActivityConfigs() {
    }

    static void validate(ActivityKind kind, ActivityConfig config, LongPredicate targetExists) {
        switch (kind) {
            case POLL -> requireOptions(config, 2);
            case DOTS -> {
                requireOptions(config, 2);
                if (config.budget() < 1 || config.budget() > 100 || config.cap() < 1 || config.cap() > config.budget()) {
                    throw new InvalidRequestException("workshop.error.dots");
                }
            }
            case RATING -> {
                if (config.min() >= config.max() || config.max() - config.min() > 10) {
                    throw new InvalidRequestException("workshop.error.scale");
                }
            }
            case BREAKOUT -> {
                if (config.questionList().isEmpty() || config.questionList().size() > 10
                        || config.questionList().stream().anyMatch(q -> q == null || q.isBlank() || q.length() > 500)
                        || config.groups() < 1 || config.groups() > ActivityConfig.MAX_GROUPS) {
                    throw new InvalidRequestException("workshop.error.breakout");
                }
            }
            case SDG_MATRIX -> {
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
            default -> {
            }
        }
    }

    private static void requireOptions(ActivityConfig config, int min) {
        var options = config.optionList();
        if (options.size() < min || options.size() > ActivityConfig.MAX_OPTIONS
                || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 200)) {
            throw new InvalidRequestException("workshop.error.options");
        }
    }
}
