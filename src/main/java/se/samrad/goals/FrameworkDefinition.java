package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A framework as written in {@code src/main/resources/goals/frameworks/*.json} (the built-in ones) or by demo
 * content: texts per language code, goals in order, each with its targets in order.
 */
@Serdeable
public record FrameworkDefinition(String key, FrameworkKind kind, int position, Map<String, String> name,
                                  @Nullable Map<String, String> description, @Nullable String source,
                                  List<GoalDefinition> goals) {

    @Serdeable
    public record GoalDefinition(String code, @Nullable String colour, @Nullable List<Dimension> dimensions,
                                 Map<String, String> title, @Nullable List<TargetDefinition> targets) {

        public List<TargetDefinition> targetsOrEmpty() {
            return targets == null ? List.of() : targets;
        }
    }

    @Serdeable
    public record TargetDefinition(String code, Map<String, String> title) {
    }
}
