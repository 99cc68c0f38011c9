package se.samrad.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class DigitsTest {

    @Test
    void persianAndArabicDigitsAndSeparatorsBecomeWestern() {
        assertEquals("12.5", Digits.western("۱۲٫۵"), "Persian keyboard");
        assertEquals("1234.5", Digits.western("١٬٢٣٤٫٥"), "Arabic keyboard, with the thousands separator");
        assertEquals("6.1 آب", Digits.western("۶٫۱ آب"), "letters are left alone");
        assertNull(Digits.western(null));
        String western = "12,5 kr";
        assertSame(western, Digits.western(western), "nothing to change, nothing copied");
    }
}
