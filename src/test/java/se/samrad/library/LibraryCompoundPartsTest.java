package se.samrad.library;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Swedish compound the examples do not use as one word finds them by its parts (the wide word list, in the
 * separate field of parts), an example with the compound itself first; a typing error of a word the index has
 * is corrected rather than split; words the list never splits stay whole. Over a Lucene index of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryCompoundPartsTest {

    private LuceneExampleIndex index;

    @BeforeAll
    void examples() throws Exception {
        index = new LuceneExampleIndex(Files.createTempDirectory("compound-parts").toString());
        index.put(List.of(
                swedish(1, "Uttjänt textil samlas in vid stationerna",
                        "Textil blev ett eget avfallsslag, och kommunen ställde ut containrar."),
                swedish(2, "Mindre textilavfall med bytardagar", "Invånarna byter kläder i biblioteket."),
                swedish(3, "Ny ordning för vinterväghållningen",
                        "Snöröjningen börjar med gång- och cykelvägar vid förskolorna."),
                swedish(4, "Lånecyklar för barnfamiljer", "Familjer lånar lastcyklar i en vecka."),
                swedish(5, "Krav i upphandlingen av livsmedel", "Upphandling med krav på djurvälfärd."),
                swedish(6, "Matsvinnet halverades", "Skolköken vägde svinnet varje dag.")));
    }

    @AfterAll
    void close() {
        index.close();
    }

    private static ExampleIndex.Doc swedish(long id, String title, String summary) {
        ExampleTexts texts = new ExampleTexts(title, summary, "", "", "", "");
        return new ExampleIndex.Doc(id, "sv", Map.of("sv", texts), "", List.of(), "Org", "Testby", "Region", "2024",
                List.of(), List.of(), List.of(), List.of(2024), "PROJECT", Set.of("public"),
                Instant.parse("2024-01-01T00:00:00Z"));
    }

    private ExampleIndex.Result find(String text) {
        return index.search(new ExampleIndex.Search(text, Map.of(), ExampleIndex.Sort.RELEVANCE, 1, 10, "sv"),
                Set.of("public"));
    }

    private List<Long> ids(String text) {
        return find(text).hits().stream().map(ExampleIndex.Hit::id).toList();
    }

    @Test
    void aCompoundFindsExamplesWithItsPartsAndTheCompoundItselfFirst() {
        assertEquals(List.of(2L, 1L), ids("textilavfall"), "textil … avfallsslag, after textilavfall itself");
        assertFalse(find("textilavfall").fuzzy(), "found as typed, no spelling assumed");
    }

    @Test
    void inAQuestionACompoundTheExamplesUseIsNotSearchedInParts() {
        assertEquals(List.of(2L), ids("hur minskar vi textilavfall"),
                "the parts would count as the word among the question's words required");
        assertEquals(List.of(3L), ids("hur fungerar en snöröjningsordning"), "a compound no example has: parts");
    }

    @Test
    void compoundsOfWordsNoListOfOursHadFindTheirParts() {
        assertEquals(List.of(3L), ids("snöröjningsordning"), "snö + röjning + ordning");
        assertEquals(List.of(4L), ids("cykellån"), "cykel + lån finds lånecyklar");
        assertEquals(List.of(3L), ids("vinterordning"), "vinter + ordning: vinterväghållningen and ordning");
    }

    @Test
    void aTypingErrorOfAnIndexedWordIsCorrectedNotSplit() {
        ExampleIndex.Result typo = find("upphandlig");
        assertEquals(5L, typo.hits().get(0).id(), "upphandlig is upphandling misspelt, not upp + handlig");
        assertTrue(typo.fuzzy());
        assertEquals("upphandling", typo.suggestion());
    }

    @Test
    void wordsTheListNeverSplitsStayWhole() {
        assertEquals(List.of(), SwedishCompounds.wide().split("försvinner"), "för + svinn is no compound");
        assertTrue(ids("försvinner").isEmpty(), "so the example about svinn is not found by it");
    }
}
