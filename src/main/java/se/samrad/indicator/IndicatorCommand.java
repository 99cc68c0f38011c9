package se.samrad.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An indicator's definition as typed (numbers kept as text, so a wrong one comes back as it was typed). */
@Introspected
public record IndicatorCommand(
        @NotBlank(message = "form.error.required") @Size(max = 300, message = "form.error.too-long") String title,
        @Nullable @Pattern(regexp = "^$|^[A-Z][0-9]{5}$", message = "indicator.error.kolada-id") String koladaId,
        @Nullable @Size(max = 4000, message = "form.error.too-long") String description,
        @Nullable @Size(max = 60, message = "form.error.too-long") String unit,
        @NotNull(message = "form.error.choose") @Nullable Direction direction,
        @Nullable @Size(max = 300, message = "form.error.too-long") String source,
        @Nullable @Size(max = 200, message = "form.error.too-long") String keyword,
        @Nullable @Size(max = 300, message = "form.error.too-long") String steeringDocument,
        @Nullable @Pattern(regexp = "^$|^[0-9]{1,15}$", message = "form.error.choose") String unitId,
        @Nullable @Pattern(regexp = Numbers.YEAR_OR_BLANK, message = "indicator.error.year") String baselineYear,
        boolean byGender) {

    static IndicatorCommand empty() {
        return new IndicatorCommand("", "", "", "", Direction.HIGHER, "", "", "", "", "", false);
    }

    static IndicatorCommand of(IndicatorRow row) {
        return new IndicatorCommand(row.title(), row.koladaId() == null ? "" : row.koladaId(), row.description(),
                row.unit(), row.direction(), row.source(), row.keyword(), row.steeringDocument(),
                row.unitId() == null ? "" : row.unitId().toString(),
                row.baselineYear() == null ? "" : row.baselineYear().toString(), row.byGender());
    }

    static String or(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    public String directionName() {
        return direction == null ? "" : direction.name();
    }

    @Nullable String koladaIdOrNull() {
        return or(koladaId).isEmpty() ? null : or(koladaId);
    }

    @Nullable Long unitIdOrNull() {
        return or(unitId).isEmpty() ? null : Long.valueOf(or(unitId));
    }

    @Nullable Integer baselineYearOrNull() {
        return Numbers.year(baselineYear);
    }
}
