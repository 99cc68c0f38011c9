package se.samrad.platform.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 100,000 most common passwords of breach corpora, as the nbvcxz library ships them
 * ({@code dictionaries/passwords.txt} in me.gosimple:nbvcxz, MIT licence; see NOTICE). Only the entries a new
 * password could equal are kept: shorter ones are refused for their length anyway.
 */
final class CommonPasswords {

    static final String RESOURCE = "dictionaries/passwords.txt";
    private static final Set<String> LIST = load(Passwords.MIN_LENGTH);

    private CommonPasswords() {
    }

    /** Whether the password, ignoring case, is on the list. */
    static boolean contains(String password) {
        return LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many entries the shipped list holds in all (for tests: that the list is the one expected). */
    static int entries() {
        return load(0).size();
    }

    private static Set<String> load(int minLength) {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path (me.gosimple:nbvcxz)");
        }
        Set<String> set = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.length() >= minLength) {
                    set.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
