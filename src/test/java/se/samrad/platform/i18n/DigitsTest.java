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

    @Test
    void numbersAsPeopleTypeThem() {
        assertEquals(new java.math.BigDecimal("12.5"), Digits.decimal("12,5"));
        assertEquals(new java.math.BigDecimal("1234567.25"), Digits.decimal(" 1 234\u00a0567.25 "), "spaces between thousands");
        assertEquals(new java.math.BigDecimal("-3"), Digits.decimal("\u22123"), "Unicode minus");
        assertEquals(new java.math.BigDecimal("12.5"), Digits.decimal("۱۲٫۵"), "Persian keyboard");
        for (String no : new String[] {"", "abc", "1e5", "NaN", "Infinity", "1.", ".5", "1,2,3", "--1"}) {
            assertNull(Digits.decimal(no), no);
        }
        assertNull(Digits.decimal(null));
    }
}
