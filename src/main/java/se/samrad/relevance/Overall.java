package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;

/**
 * The organisation's overall relevance of one target and how it was derived: the analysis group's own value
 * (with its reason) when it set one, else the highest any unit gave.
 */
public record Overall(@Nullable Relevance value, boolean decided, String reason) {

    static Overall of(Collection<AnswerRow> answers, @Nullable DecisionRow decision) {
        if (decision != null && decision.overall() != null) {
            return new Overall(decision.overall(), true, decision.overallReason());
        }
        Relevance highest = null;
        for (AnswerRow a : answers) {
            highest = Relevance.max(highest, a.relevance());
        }
        return new Overall(highest, false, "");
    }

    public String valueName() {
        return value == null ? "" : value.name();
    }
}
