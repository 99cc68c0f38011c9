package se.samrad.platform.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/** Argon2id password hashing (OWASP's recommended parameters: 19 MiB, 2 iterations, 1 lane). */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
    /** Verified against when an e-mail is unknown, so that a miss takes as long as a hit. */
    private final String dummyHash = hash("not-a-real-password-" + SecureTokens.newToken());

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash).with(ARGON2);
    }

    public void burnTime(String password) {
        matches(password, dummyHash);
    }
}
