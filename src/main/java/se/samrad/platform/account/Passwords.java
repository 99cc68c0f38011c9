package se.samrad.platform.account;

import se.samrad.platform.web.FormErrors;

import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for e-mail addresses and passwords that staff choose. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    /** What may surround a name or e-mail in a password and still leave nothing to guess: digits, marks, spaces. */
    private static final Pattern FILLER = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]*");

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
                                 String confirmation, String email, String name) {
        String weakness = weakness(password, email, name);
        if (weakness != null) {
            errors.add(field, weakness);
        } else if (!password.equals(confirmation)) {
            errors.add(confirmField, "form.error.password-mismatch");
        }
    }

    /**
     * Why a new password is refused (a message key), or null when it is acceptable: too short or long, one
     * character or a short run of characters repeated, one of the 100,000 most common passwords, or only the
     * person's e-mail address (or the part before the @) or name with digits and marks around it.
     */
    static String weakness(String password, String email, String name) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "form.error.password-short";
        }
        if (password.length() > MAX_LENGTH) {
            return "form.error.too-long";
        }
        if (repeats(password)) {
            return "form.error.password-repeated";
        }
        if (CommonPasswords.contains(password)) {
            return "form.error.password-common";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String address = normaliseEmail(email);
        int at = address.indexOf('@');
        if (onlyAround(lower, address) || (at > 0 && onlyAround(lower, address.substring(0, at)))) {
            return "form.error.password-is-email";
        }
        String fullName = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (onlyAround(lower, fullName) || onlyAround(lower, fullName.replaceAll("\\s+", ""))) {
            return "form.error.password-is-name";
        }
        return null;
    }

    /** Whether the password is a run of one to three characters said again and again ("aaaa", "abab", "123123"). */
    private static boolean repeats(String password) {
        for (int unit = 1; unit <= 3; unit++) {
            String run = password.substring(0, unit).repeat(password.length() / unit + 1);
            if (run.startsWith(password)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the password is the given word (at least three characters) with only digits or marks around it. */
    private static boolean onlyAround(String password, String word) {
        if (word.length() < 3) {
            return false;
        }
        int found = password.indexOf(word);
        return found >= 0 && FILLER.matcher(password.substring(0, found)).matches()
                && FILLER.matcher(password.substring(found + word.length())).matches();
    }
}
