package se.samrad.platform.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New passwords: long enough, not trivially patterned, not a common or leaked one, not the person's own name. */
class PasswordsTest {

    private static final String EMAIL = "nina.nyberg@kommun.example";
    private static final String NAME = "Nina Nyberg";

    @Test
    void theShippedListIsTheTop100000() {
        // nbvcxz 1.5.1's passwords.txt: 100,002 lines, 96,520 different ones once upper and lower case are one.
        assertTrue(CommonPasswords.entries() > 96_000, "entries: " + CommonPasswords.entries());
    }

    @Test
    void commonAndLeakedPasswordsAreRefusedWhateverTheirCase() {
        assertEquals("form.error.password-common", weakness("qwertyuiop"));
        assertEquals("form.error.password-common", weakness("Password123"));
        assertEquals("form.error.password-common", weakness("1q2w3e4r5t"));
    }

    @Test
    void repeatedCharactersAreRefused() {
        assertEquals("form.error.password-repeated", weakness("aaaaaaaaaa"));
        assertEquals("form.error.password-repeated", weakness("ökökökökökö"));
        assertEquals("form.error.password-repeated", weakness("xyzxyzxyzxyz"));
    }

    @Test
    void theEmailAddressOrNameWithDigitsAroundIsRefused() {
        assertEquals("form.error.password-is-email", weakness(EMAIL));
        assertEquals("form.error.password-is-email", weakness("Nina.Nyberg2024!"));
        assertEquals("form.error.password-is-name", weakness("NinaNyberg1"));
        assertEquals("form.error.password-is-name", weakness("nina nyberg 99"));
    }

    @Test
    void lengthStillCounts() {
        assertEquals("form.error.password-short", weakness("kort"));
        assertEquals("form.error.too-long", weakness("x".repeat(Passwords.MAX_LENGTH) + "y"));
    }

    @Test
    void aPassphraseIsAccepted() {
        assertNull(weakness("en tyst häger räknar vassen"));
        assertNull(weakness("Nina plants 40 birch trees"), "the name inside a longer phrase is fine");
    }

    private static String weakness(String password) {
        return Passwords.weakness(password, EMAIL, NAME);
    }
}
