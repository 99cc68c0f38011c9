package se.samrad.platform.csv;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one CSV rule of every import and export: how files are read, and what is written. */
class CsvTest {

    @Test
    void readsCommaFilesWithQuotesLineBreaksAndTheLineEachRowStartsOn() {
        List<Csv.Row> rows = Csv.read("\uFEFFtitle,summary\r\n\"Matsvinn, mindre\",\"två\nrader\"\r\n\r\nTredje,\"sa \"\"hej\"\"\"\r\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("title", "summary"), rows.get(0).cells(), "the byte-order mark is not part of the header");
        assertEquals(List.of("Matsvinn, mindre", "två\nrader"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(5, rows.get(2).line(), "after a two-line row and a blank line");
        assertEquals("sa \"hej\"", rows.get(2).cell(1));
        assertEquals("", rows.get(2).cell(7), "a missing cell reads empty");
    }

    @Test
    void readsSemicolonFilesAsSwedishSpreadsheetProgramsSaveThem() {
        List<Csv.Row> rows = Csv.read("key;sv;en\nq.text;Hur mår du, idag?;How are you\n");
        assertEquals(List.of("key", "sv", "en"), rows.get(0).cells());
        assertEquals(List.of("q.text", "Hur mår du, idag?", "How are you"), rows.get(1).cells());
        assertEquals(',', Csv.delimiter("\"a;b;c\",d\n"), "semicolons inside quotes do not count");
        assertEquals(',', Csv.delimiter("key\n"), "a single column reads as comma-separated");
    }

    @Test
    void aQuotedFieldNeverClosedIsAnErrorNamingItsLine() {
        Csv.MalformedException e = assertThrows(Csv.MalformedException.class,
                () -> Csv.read("title,summary\nEtt,två\n\"Tre,fyra\n"));
        assertEquals(3, e.line());
        assertEquals("csv.error.malformed", e.messageKey());
    }

    @Test
    void writesABomCrlfAndNeutralisesFormulas() {
        StringWriter out = new StringWriter();
        List<String> cells = List.of("=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3",
                "\tTab", "\rcr", "vanlig, text", "-3", "+46", "2.5", "");
        Csv.writer(out).row(cells).flush();
        String written = out.toString();
        assertTrue(written.startsWith("\uFEFF"), "byte-order mark");
        assertTrue(written.endsWith("\r\n"));
        for (String neutralised : List.of("'=HYPERLINK(", ",'@SUM(A1:A2),", ",'+cmd|' /C calc'!A0,", ",'-2+3,", "'\tTab",
                "'\rcr", ",-3,+46,2.5,")) {
            assertTrue(written.contains(neutralised), neutralised + " in " + written);
        }
        assertEquals(cells, Csv.read(written).get(0).cells(), "and read back as they were");
        assertEquals(List.of("'kommentar", "'"), Csv.read("'kommentar,'\n").get(0).cells(),
                "an apostrophe before anything else stays");
    }

    @Test
    void aWholeFileReadsBackAsWritten() {
        String file = Csv.write(List.of("a", "b"), List.of(List.of("1", "x;y"), List.of("rad\nbrytning", "\"citat\"")));
        List<Csv.Row> rows = Csv.read(file);
        assertEquals(List.of("a", "b"), rows.get(0).cells());
        assertEquals(List.of("rad\nbrytning", "\"citat\""), rows.get(2).cells());
        assertEquals(3, rows.get(2).line());
    }
}
