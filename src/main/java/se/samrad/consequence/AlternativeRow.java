package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * An alternative of a case: A, B, C… by position (1, 2, 3…), or "do nothing" (nollalternativet, position 0), with
 * its resources (money in SEK, staff in full-time equivalents; one-off and yearly) and its priority (1–3) and why.
 */
@MappedEntity("consequence_alternative")
public record AlternativeRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        int position,
        boolean doNothing,
        String title,
        String description,
        @Nullable BigDecimal moneyOnce,
        @Nullable BigDecimal moneyYearly,
        @Nullable BigDecimal staffOnce,
        @Nullable BigDecimal staffYearly,
        @Nullable Integer priority,
        String priorityReason) {

    /** A, B, C… for the alternatives, "0" for do nothing. */
    public String letter() {
        return doNothing ? "0" : position <= 26 ? String.valueOf((char) ('A' + position - 1)) : Integer.toString(position);
    }

    AlternativeRow with(String newTitle, String newDescription, @Nullable BigDecimal mOnce,
                        @Nullable BigDecimal mYearly, @Nullable BigDecimal sOnce, @Nullable BigDecimal sYearly) {
        return new AlternativeRow(id, organisationId, caseId, position, doNothing, newTitle, newDescription, mOnce,
                mYearly, sOnce, sYearly, priority, priorityReason);
    }

    AlternativeRow withPriority(@Nullable Integer value, String reason) {
        return new AlternativeRow(id, organisationId, caseId, position, doNothing, title, description, moneyOnce,
                moneyYearly, staffOnce, staffYearly, value, reason);
    }
}
