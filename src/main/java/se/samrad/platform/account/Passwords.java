package se.samrad.platform.account;

import se.samrad.platform.web.FormErrors;

import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for e-mail addresses and passwords that staff choose. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Passwords() {
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static void checkEmail(FormErrors errors, String field, String email) {
        if (email == null || email.isBlank()) {
            errors.add(field, "form.error.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(field, "form.error.email");
        }
    }

    static void checkNewPassword(FormErrors errors, String field, String password, String confirmField,
                                 String confirmation, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(field, "form.error.password-short");
        } else if (password.length() > MAX_LENGTH) {
            errors.add(field, "form.error.too-long");
        } else if (password.equalsIgnoreCase(normaliseEmail(email))) {
            errors.add(field, "form.error.password-is-email");
        } else if (!password.equals(confirmation)) {
            errors.add(confirmField, "form.error.password-mismatch");
        }
    }
}
