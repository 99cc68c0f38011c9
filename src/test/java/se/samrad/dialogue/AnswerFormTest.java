package se.samrad.dialogue;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading and checking a page of answers as residents type them. */
class AnswerFormTest {

    private static Question question(String key, QuestionType type, boolean required, List<Option> options,
                                     boolean other, Integer min, Integer max, Integer maxChoices, Condition showIf) {
        return new Question(key, type, Map.of("sv", key), Map.of(), required, options, other, min, max, Map.of(),
                Map.of(), maxChoices, showIf, List.of(), null);
    }

    private static final List<Option> ABC = List.of(new Option("a", Map.of("sv", "A"), List.of()),
            new Option("b", Map.of("sv", "B"), List.of()), new Option("c", Map.of("sv", "C"), List.of()));

    private static String error(Question q, Map<String, Object> form) {
        AnswerForm.Reading reading = AnswerForm.read(form, List.of(q));
        return AnswerForm.validate(List.of(q), reading).getFields().values().stream().findFirst().orElse(null);
    }

    @Test
    void requiredChoicesAndTheirLimits() {
        Question single = question("s", QuestionType.SINGLE, true, ABC, false, null, null, null, null);
        assertEquals("dialogue.error.required", error(single, Map.of()));
        assertEquals("dialogue.error.invalid-choice", error(single, Map.of("q-s", "z")));
        assertEquals("dialogue.error.invalid-choice", error(single, Map.of("q-s", List.of("a", "b"))));
        assertNull(error(single, Map.of("q-s", "a")));

        Question multiple = question("m", QuestionType.MULTIPLE, false, ABC, true, null, null, 2, null);
        assertNull(error(multiple, Map.of()));
        assertEquals("dialogue.error.too-many-choices", error(multiple, Map.of("q-m", List.of("a", "b", "c"))));
        assertEquals("dialogue.error.other-missing", error(multiple, Map.of("q-m", List.of("a", "other"))));
        assertNull(error(multiple, Map.of("q-m", List.of("a", "other"), "q-m-other", "Något eget")));
        AnswerForm.Reading reading = AnswerForm.read(Map.of("q-m", List.of("other"), "q-m-other", "  Eget\r\nsvar "),
                List.of(multiple));
        assertEquals("Eget\nsvar", reading.answers().other("m"));
    }

    @Test
    void scalesNumbersTextsAndRankings() {
        Question rating = question("r", QuestionType.RATING, true, List.of(), false, 0, 10, null, null);
        assertNull(error(rating, Map.of("q-r", "10")));
        assertEquals("dialogue.error.invalid-choice", error(rating, Map.of("q-r", "11")));
        Question agreement = question("g", QuestionType.AGREEMENT, true, List.of(), false, null, null, null, null);
        assertEquals(List.of("1", "2", "3", "4", "5"), agreement.allowedValues());

        Question number = question("n", QuestionType.NUMBER, false, List.of(), false, 0, 120, null, null);
        assertNull(error(number, Map.of("q-n", "12,5")));
        assertNull(error(number, Map.of("q-n", "1 000".replace("1 000", "100"))));
        assertEquals("dialogue.error.not-a-number", error(number, Map.of("q-n", "tolv")));
        assertEquals("dialogue.error.out-of-range", error(number, Map.of("q-n", "\u2212" + "3")));
        assertEquals(0, AnswerForm.parseNumber("1\u00a0234,5").compareTo(new java.math.BigDecimal("1234.5")));
        // From a Persian keyboard (Persian digits, Arabic decimal separator) and an Arabic one (thousands separator).
        assertEquals(0, AnswerForm.parseNumber("۱۲٫۵").compareTo(new java.math.BigDecimal("12.5")));
        assertEquals(0, AnswerForm.parseNumber("١٬٢٣٤").compareTo(new java.math.BigDecimal("1234")));
        assertNull(error(number, Map.of("q-n", "۴۲")));
        assertEquals("dialogue.error.out-of-range", error(number, Map.of("q-n", "۱۲۱")));

        Question text = question("t", QuestionType.SHORT_TEXT, true, List.of(), false, null, null, null, null);
        assertEquals("dialogue.error.required", error(text, Map.of("q-t", "   ")));
        assertEquals("dialogue.error.too-long", error(text, Map.of("q-t", "x".repeat(301))));

        Question ranking = question("k", QuestionType.RANKING, true, ABC, false, null, null, null, null);
        AnswerForm.Reading ranked = AnswerForm.read(Map.of("q-k-rank-a", "2", "q-k-rank-c", "1"), List.of(ranking));
        assertEquals(List.of("c", "a"), ranked.answers().values("k"));
        assertEquals(Map.of("c", "1", "a", "2"), AnswerForm.ranks(ranked.answers(), ranking));
        assertEquals("dialogue.error.rank-duplicate", error(ranking, Map.of("q-k-rank-a", "1", "q-k-rank-b", "1")));
        assertEquals("dialogue.error.required", error(ranking, Map.of()));
    }

    @Test
    void conditionsDecideWhatIsAskedAndWhatIsKept() {
        Question first = question("first", QuestionType.SINGLE, true, ABC, false, null, null, null, null);
        Question follow = question("follow", QuestionType.SHORT_TEXT, true, List.of(), false, null, null, null,
                new Condition("first", List.of("b")));
        Questionnaire questionnaire = new Questionnaire(List.of(new Section("s", Map.of("sv", "S"), Map.of(), null,
                List.of(first, follow))));
        Map<String, List<String>> values = new HashMap<>();
        values.put("first", List.of("a"));
        values.put("follow", List.of("kept only if asked"));
        Answers answers = new Answers(values, Map.of());
        assertEquals(List.of(first), questionnaire.visibleQuestions(answers));
        assertTrue(answers.onlyVisible(questionnaire).values("follow").isEmpty(), "an answer to a hidden question is dropped");
        assertTrue(Participation.checkAll(questionnaire, answers).isEmpty());
        values.put("first", List.of("b"));
        values.remove("follow");
        assertEquals("dialogue.error.required",
                Participation.checkAll(questionnaire, new Answers(values, Map.of())).getFields().get("q-follow"));
    }
}
