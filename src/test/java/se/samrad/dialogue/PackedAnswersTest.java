package se.samrad.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedAnswersTest {

    @Test
    void rowsComeBackAsPackedWithoutTheirTexts() {
        List<AnswerRow> rows = List.of(
                new AnswerRow("thrive", "good", 0, null, null),
                new AnswerRow("issues", "other", 1, null, "Fler \"bänkar\", tack"),
                new AnswerRow("listen", "3", 0, 3.0, null),
                new AnswerRow("years", null, 0, 42.5, null),
                new AnswerRow("big", null, 0, 1e20, null),
                new AnswerRow("negative", null, 0, -7.0, null),
                new AnswerRow("comment", null, 0, null, "Text"),
                new AnswerRow("ålder", "65+", 2, null, null));
        String packed = PackedAnswers.pack(rows);
        assertTrue(packed.startsWith("[[\"thrive\",\"good\"],[\"issues\",\"other\",1],[\"listen\",\"3\",0,3],"), packed);
        List<AnswerRow> back = PackedAnswers.unpack(packed);
        assertEquals(rows.stream().map(r -> new AnswerRow(r.questionKey(), r.optionKey(), r.seq(),
                r.number(), null)).toList(), back);
    }

    @Test
    void readsTheFullFormTheMigrationWrites() {
        // MariaDB's JSON_ARRAY, as V6 packs rows stored before it: every field, nulls and spaces included
        assertEquals(List.of(new AnswerRow("thrive", "good", 0, null, null),
                        new AnswerRow("years", null, 0, 18.0, null)),
                PackedAnswers.unpack("[[\"thrive\", \"good\", 0, null],[\"years\", null, 0, 18]]"));
        assertEquals(List.of(), PackedAnswers.unpack(null));
        assertEquals(List.of(), PackedAnswers.unpack("[]"));
        assertThrows(java.io.UncheckedIOException.class, () -> PackedAnswers.unpack("[[1,2]]"));
    }
}
