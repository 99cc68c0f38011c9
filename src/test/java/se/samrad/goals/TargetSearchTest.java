package se.samrad.goals;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding goals and targets by code or by words, as the target picker's search does. */
class TargetSearchTest {

    private static long ids = 1;

    /** An element with own titles given as lang, title, lang, title, ... */
    private static GoalElement element(String code, String... langTitle) {
        Map<String, ElementText> texts = new LinkedHashMap<>();
        for (int i = 0; i < langTitle.length; i += 2) {
            texts.put(langTitle[i], new ElementText(langTitle[i + 1], "", "", null));
        }
        return new GoalElement(ids++, "agenda2030", null, code.contains(".") ? 2 : 1, code, 0, null, Set.of(), texts,
                List.of());
    }

    private static GoalElement withOfficial(String code, String lang, String official) {
        return new GoalElement(ids++, "agenda2030", null, 2, code, 0, null, Set.of(),
                Map.of(lang, new ElementText("", "", "", official)), List.of());
    }

    private static List<String> found(String query, String lang, GoalElement... elements) {
        List<String> words = TargetSearch.words(query);
        return java.util.Arrays.stream(elements).filter(e -> TargetSearch.matches(e, lang, words))
                .map(GoalElement::code).toList();
    }

    private final GoalElement t11 = element("1.1", "sv", "Utrota extrem fattigdom", "en", "Eradicate extreme poverty");
    private final GoalElement t110 = element("1.10", "sv", "Ett påhittat delmål", "en", "A made-up target");
    private final GoalElement t111 = element("11.1", "sv", "Bostäder för alla", "en", "Housing for all");
    private final GoalElement t12 = element("1.2", "sv", "Halvera fattigdomen", "en", "Halve poverty");
    private final GoalElement t1a = element("1.a", "sv", "Mobilisera resurser", "en", "Mobilise resources");
    private final GoalElement g12 = element("12", "sv", "Hållbar konsumtion och produktion", "en",
            "Responsible consumption and production");
    private final GoalElement t123 = element("12.3", "sv", "Halvera matsvinnet", "en", "Halve food waste");

    @Test
    void aTargetCodeFindsThatTargetOnlyNotLongerCodesContainingIt() {
        assertEquals(List.of("1.1"), found("1.1", "sv", t11, t110, t111, t12, t1a, g12, t123));
    }

    @Test
    void aGoalCodeFindsTheGoalAndItsTargetsButNotOtherCodesContainingTheDigits() {
        assertEquals(List.of("12", "12.3"), found("12", "sv", t11, t110, t111, t12, t1a, g12, t123));
        assertEquals(List.of("1.a"), found("1.a", "sv", t11, t110, t111, t12, t1a, g12, t123));
    }

    @Test
    void aWordPartMatchesInsideASwedishCompound() {
        assertEquals(List.of("12.3"), found("svinn", "sv", t11, t12, g12, t123));
    }

    @Test
    void caseAndSwedishAccentsAreIgnored() {
        assertEquals(List.of("12"), found("hallbar", "sv", t11, t12, g12, t123));
        assertEquals(List.of("12"), found("HÅLLBAR", "sv", t11, t12, g12, t123));
        assertEquals(List.of("1.2", "12.3"), found("HALVERA", "sv", t11, t12, g12, t123));
        assertEquals(List.of("11.1"), found("bostader", "sv", t11, t111));
    }

    @Test
    void arabicVowelMarksInTheQueryAreIgnored() {
        GoalElement arabic = element("1", "ar", "لا فقر");
        GoalElement other = element("2", "ar", "القضاء التام على الجوع");
        // "فَقْر" (faqr, with fatha and sukun) against the unmarked "فقر".
        assertEquals(List.of("1"), found("فَقْر", "ar", arabic, other));
        assertEquals(List.of("1"), found("فقر", "ar", arabic, other));
    }

    @Test
    void persianKeyboardDigitsLettersAndJoinersMatch() {
        GoalElement t112 = element("11.2", "fa", "دسترسی همه به حمل‌ونقل عمومی");
        GoalElement t1 = element("1", "fa", "پایان دادن به فقر");
        // A Persian keyboard types ۱۱٫۲ (Persian digits, Arabic decimal separator), an Arabic one ١١٫٢.
        assertEquals(List.of("11.2"), found("۱۱٫۲", "fa", t11, t112, t1));
        assertEquals(List.of("11.2"), found("١١.٢", "fa", t11, t112, t1));
        // With or without the zero-width non-joiner, with a space instead, or with the Arabic yeh.
        assertEquals(List.of("11.2"), found("حمل‌ونقل", "fa", t112, t1));
        assertEquals(List.of("11.2"), found("حملونقل", "fa", t112, t1));
        assertEquals(List.of("11.2"), found("حمل ونقل", "fa", t112, t1));
        assertEquals(List.of("11.2"), found("دسترسي", "fa", t112, t1));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("1.2"), found("halvera fattigdomen", "sv", t11, t12, t123));
        assertEquals(List.of(), found("halvera bostäder", "sv", t11, t12, t111, t123));
        assertEquals(List.of("12.3"), found("12 svinn", "sv", t12, g12, t123));
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        GoalElement[] all = {t11, t110, t111, t12, t1a, g12, t123};
        assertEquals(7, found("", "sv", all).size());
        assertEquals(7, found("   ", "sv", all).size());
        assertEquals(7, found(null, "sv", all).size());
    }

    @Test
    void searchLooksAtTheTextsInTheReadersLanguage() {
        assertEquals(List.of("12.3"), found("food", "en", t11, t123));
        assertEquals(List.of(), found("food", "sv", t11, t123));
        assertEquals(List.of("12.3"), found("matsvinn", "sv", t11, t123));
        assertEquals(List.of(), found("matsvinn", "en", t11, t123));
    }

    @Test
    void withoutATranslationSearchLooksAtTheSwedishLabelShownInsteadAndTheEnglishOfficialText() {
        // An Arabic reader sees the Swedish label of an element without Arabic text (label falls back sv, en) ...
        assertEquals("sv", t123.label("ar").lang());
        assertEquals(List.of("12.3"), found("matsvinnet", "ar", t11, t123));
        // ... so the English own title, which is not shown, is not searched.
        assertEquals(List.of(), found("food", "ar", t11, t123));
        // An element with only English text is found by its English words.
        GoalElement englishOnly = element("4.1", "en", "Free primary and secondary education");
        assertEquals(List.of("4.1"), found("primary", "ar", t11, englishOnly));
        // The official title falls back to English and is searched as well.
        GoalElement official = withOfficial("6.1", "en", "By 2030, achieve universal access to drinking water");
        assertEquals(List.of("6.1"), found("drinking", "ar", t11, official));
        assertEquals(List.of("6.1"), found("drinking", "sv", t11, official));
    }

    @Test
    void numbersThatAreNotCodesStillMatchText() {
        GoalElement dated = element("6.1", "sv", "Senast 2030 ska alla ha tillgång till vatten");
        assertEquals(List.of("6.1"), found("2030", "sv", t11, dated));
        assertTrue(TargetSearch.words("  Halvera,  matsvinnet; ").equals(List.of("halvera", "matsvinnet")));
        assertFalse(TargetSearch.matches(t11, "sv", TargetSearch.words("1.1 bostäder")));
    }
}
