package se.samrad.goals;

/**
 * One of an organisation's own goals ({@code source}, in {@code sourceFramework}) serving a target or objective
 * of another framework, with the organisation's note on how.
 */
public record Mapping(long id, GoalElement source, Framework sourceFramework, GoalElement target,
                      Framework targetFramework, String note) {
}
