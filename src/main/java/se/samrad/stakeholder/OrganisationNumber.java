package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;

/**
 * Swedish organisationsnummer: ten digits (optionally {@code NNNNNN-NNNN}) whose last is a Luhn check digit, or
 * the twelve-digit form with a century ({@code 16} for legal persons, {@code 19}/{@code 20} for a sole
 * trader's personnummer). Stored as the ten digits.
 */
public final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** The ten digits of a valid number; null when the text is not one. */
    public static @Nullable String normalise(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        if (digits.matches("\\d{6}-?\\d{4}")) {
            digits = digits.replace("-", "");
        } else if (digits.matches("(16|19|20)\\d{6}-?\\d{4}")) {
            digits = digits.replace("-", "").substring(2);
        } else {
            return null;
        }
        return luhn(digits) ? digits : null;
    }

    public static boolean isValid(@Nullable String text) {
        return normalise(text) != null;
    }

    /** Shown as {@code NNNNNN-NNNN}. */
    public static String format(String tenDigits) {
        return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
    }

    /** The Luhn (mod 10) check: every second digit from the first doubled, digits summed, total divisible by 10. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
