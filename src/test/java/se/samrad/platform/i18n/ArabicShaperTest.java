package se.samrad.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Contextual letter forms for Arabic and Persian text in the printable reports. */
class ArabicShaperTest {

    @Test
    void persianLettersTakeTheirFormsAndZeroWidthNonJoinerPartsThem() {
        // می‌خواهیم: meem initial, Farsi yeh final, ZWNJ, khah initial, waw final, alef isolated, heh initial,
        // Farsi yeh medial, meem final.
        assertEquals("\uFEE3\uFBFD\u200C\uFEA7\uFEEE\uFE8D\uFEEB\uFBFF\uFEE2", ArabicShaper.shape("می\u200Cخواهیم"));
        // پارک: peh initial, alef final, reh isolated, keheh isolated; گ (gaf) and چ (tcheh) likewise.
        assertEquals("\uFB58\uFE8E\uFEAD\uFB8E", ArabicShaper.shape("پارک"));
        assertEquals("\uFB94\uFB7D\uFEAA", ArabicShaper.shape("گچد"));
    }

    @Test
    void lamAlefBecomesOneLigatureAndMarksNeitherJoinNorPart() {
        assertEquals("\uFEFB", ArabicShaper.shape("لا"));
        // سلام: seen initial, lam-alef final, meem isolated.
        assertEquals("\uFEB3\uFEFC\uFEE1", ArabicShaper.shape("سلام"));
        // بَت: beh initial, the fatha kept where it is, teh final.
        assertEquals("\uFE91\u064E\uFE96", ArabicShaper.shape("بَت"));
        // A joiner keeps a letter joined: beh followed by ZWJ is initial.
        assertEquals("\uFE91\u200D", ArabicShaper.shape("ب\u200D"));
    }

    @Test
    void otherTextIsLeftAloneAndFormsReadBackAsLetters() {
        String latin = "Idéer från gruppen";
        assertSame(latin, ArabicShaper.shape(latin));
        assertEquals("2030 \uFEE3\uFBFD (ok)", ArabicShaper.shape("2030 می (ok)"));
        for (String text : new String[] {"پارک بیشتر می\u200Cخواهیم", "نحتاج حافلات أكثر", "سلام", "Agenda 2030"}) {
            assertEquals(text, ArabicShaper.unshape(ArabicShaper.shape(text)));
        }
    }
}
