package se.samrad.consequence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.math.BigDecimal;

/**
 * An alternative's title and description, its resources as typed (money in SEK and staff in full-time
 * equivalents, one-off and yearly; empty when not estimated) and its priority 1–3, which needs a reason.
 */
@Introspected
public record AlternativeCommand(
        @NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String title,
        @Size(max = 4000, message = "form.error.too-long") String description,
        String moneyOnce,
        String moneyYearly,
        String staffOnce,
        String staffYearly,
        String priority,
        @Size(max = 2000, message = "form.error.too-long") String priorityReason) implements CrossChecked {

    static AlternativeCommand empty() {
        return new AlternativeCommand("", "", "", "", "", "", "", "");
    }

    static AlternativeCommand of(AlternativeRow a) {
        return new AlternativeCommand(a.title(), a.description(), text(a.moneyOnce()), text(a.moneyYearly()),
                text(a.staffOnce()), text(a.staffYearly()), a.priority() == null ? "" : a.priority().toString(),
                a.priorityReason());
    }

    private static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public void check(FormErrors errors) {
        for (String field : new String[]{"moneyOnce", "moneyYearly", "staffOnce", "staffYearly"}) {
            if (!amountOk(valueOf(field))) {
                errors.add(field, "consequence.error.amount");
            }
        }
        if (priority != null && !priority.isBlank()) {
            if (!priority.strip().matches("[123]")) {
                errors.add("priority", "consequence.error.priority");
            } else if (priorityReason == null || priorityReason.isBlank()) {
                errors.add("priorityReason", "consequence.error.priority-reason");
            }
        }
    }

    private String valueOf(String field) {
        String v = switch (field) {
            case "moneyOnce" -> moneyOnce;
            case "moneyYearly" -> moneyYearly;
            case "staffOnce" -> staffOnce;
            default -> staffYearly;
        };
        return v == null ? "" : v;
    }

    private static boolean amountOk(String text) {
        if (text.isBlank()) {
            return true;
        }
        try {
            BigDecimal value = amount(text);
            return value.signum() >= 0 && value.compareTo(new BigDecimal("1e13")) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An amount as typed: spaces between thousands and a decimal comma allowed. */
    static BigDecimal amount(String text) {
        return new BigDecimal(text.strip().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'));
    }

    @Nullable
    static BigDecimal amountOrNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : amount(text);
    }

    @Nullable
    Integer priorityValue() {
        return priority == null || priority.isBlank() ? null : Integer.valueOf(priority.strip());
    }
}
