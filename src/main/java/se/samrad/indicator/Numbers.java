package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** Reading what people type into number fields: years and decimals with a comma or a point. */
final class Numbers {

    static final String DECIMAL = "^-?[0-9]{1,12}([.,][0-9]{1,8})?$";
    static final String DECIMAL_OR_BLANK = "^$|^-?[0-9]{1,12}([.,][0-9]{1,8})?$";
    static final String YEAR = "^(19|20)[0-9]{2}$";
    static final String YEAR_OR_BLANK = "^$|(19|20)[0-9]{2}$";

    private Numbers() {
    }

    static @Nullable Double decimal(@Nullable String text) {
        if (text == null || !text.strip().matches(DECIMAL)) {
            return null;
        }
        return Double.valueOf(text.strip().replace(',', '.'));
    }

    static @Nullable Integer year(@Nullable String text) {
        return text == null || !text.strip().matches(YEAR) ? null : Integer.valueOf(text.strip());
    }

    static String text(@Nullable Number number) {
        if (number == null) {
            return "";
        }
        double d = number.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : Double.toString(d);
    }

    /** A value rounded to two decimals, as pages, exports and briefs show it. */
    static double round(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2f", value));
    }

    static String field(Map<String, Object> form, String name) {
        String value = se.samrad.platform.web.Forms.value(form, name);
        return value == null ? "" : value.strip();
    }
}
