package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Swedish compounds split only into parts that cover them, and inflections stemmed alike. */
class SwedishAnalysisTest {

    private final SwedishCompounds compounds = SwedishCompounds.standard();

    @Test
    void compoundsAreSplitOnlyWhenTheirPartsCoverThem() {
        assertEquals(List.of("el", "bil"), compounds.split("elbil"), "short compounds are split too");
        assertEquals(List.of("skol", "kök"), compounds.split("skolköken"), "a part may drop its a; an ending");
        assertEquals(List.of("tallrik", "svinn"), compounds.split("tallrikssvinnet"), "the linking s");
        assertEquals(List.of("ladd", "stolp"), compounds.split("laddstolpar"));
        assertEquals(List.of(), compounds.split("försvinner"), "svinn inside is no part of a compound");
        assertEquals(List.of(), compounds.split("kommunfullmäktigeledamot"), "one unknown part: no split");
        assertEquals(List.of(), compounds.split("skolx"), "no part that covers the rest");
        assertEquals(List.of(), compounds.split("maskkompost"), "a query's compound with an unknown part: no split");
        assertEquals(List.of("kompost"), compounds.indexParts("maskkompost"), "but the index has its head");
        assertEquals(List.of(), compounds.indexParts("försvinner"), "never split");
    }

    @Test
    void theWideListSplitsCompoundsOfTheDictionarysWordsAndLinkingVowels() {
        SwedishCompounds wide = SwedishCompounds.wide();
        assertEquals(List.of("cykel", "lån"), wide.split("cykellån"));
        assertEquals(List.of("textil", "avfall"), wide.split("textilavfall"));
        assertEquals(List.of("snö", "röjning", "ordning"), wide.split("snöröjningsordning"), "linking s");
        assertEquals(List.of("värmebölje", "plan"), wide.split("värmeböljeplan"), "värmebölja as värmebölje-");
        assertEquals(List.of("gatu", "belysning"), wide.split("gatubelysningen"), "gata as gatu-");
        assertEquals(List.of(), wide.split("försvinner"), "our never-split words hold for it too");
        assertEquals(List.of(), compounds.split("cykellån"), "the main fields' list stays short");
    }

    @Test
    void oneTypingErrorIsOneLetterAddedLeftOutReplacedOrSwapped() {
        assertTrue(LibrarySpelling.oneEdit("upphandlig", "upphandling"));
        assertTrue(LibrarySpelling.oneEdit("artre", "arter"), "two neighbours swapped");
        assertTrue(LibrarySpelling.oneEdit("biogass", "biogas"));
        assertFalse(LibrarySpelling.oneEdit("matsvim", "matsvinn"), "two errors");
        assertFalse(LibrarySpelling.oneEdit("textilavfall", "textilavfall"), "the word itself is no error");
    }

    @Test
    void inflectionsOfAWordAreStemmedAlike() throws IOException {
        Analyzer swedish = LibraryAnalyzers.swedish(false);
        for (List<String> forms : List.of(List.of("minska", "minskade", "minskar"),
                List.of("skola", "skolan", "skolor", "skolorna"), List.of("delta", "deltog", "deltar"),
                List.of("barn", "barnen"), List.of("öka", "ökade", "ökar"), List.of("kompost", "komposten"),
                List.of("matsvinn", "matsvinnet"), List.of("hemtjänst", "hemtjänsten"))) {
            List<String> stems = forms.stream().map(w -> stem(swedish, w)).distinct().toList();
            assertEquals(1, stems.size(), forms + " gave " + stems);
        }
    }

    @Test
    void questionWordsOfEveryLanguageAreLeftOutOfTheQuery() {
        assertEquals(List.of("ungdomar", "delta"), LibraryQueryBuilder.meaningful("Hur får vi ungdomar att delta?"));
        assertEquals(List.of("young", "people", "participate"),
                LibraryQueryBuilder.meaningful("how do we get young people to participate"));
        assertEquals(List.of("vi"), LibraryQueryBuilder.meaningful("vi"), "a query of stop words alone is kept");
        assertEquals(List.of("young people", "participate"),
                LibraryQueryBuilder.terms("how do we get young people to participate"), "a term of two words");
        assertTrue(LibraryQueryBuilder.isQuestion("solceller i parken"));
        assertFalse(LibraryQueryBuilder.isQuestion("solceller parken"), "two search words are no question");
        assertTrue(LibraryQueryBuilder.hasOperators("\"matsvinn i skolan\" -biogas"));
        assertTrue(LibraryQueryBuilder.hasOperators("matsvinn AND biogas"));
        assertEquals(false, LibraryQueryBuilder.hasOperators("e-tjänster för äldre"));
        assertEquals(3, LibraryQueryBuilder.required(4));
        assertEquals(2, LibraryQueryBuilder.required(2));
    }

    private static String stem(Analyzer analyzer, String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body_sv", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return String.join(" ", out);
    }
}
