package se.samrad.library;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What officers type: whole questions, target codes, words the examples put otherwise, the other language, and
 * a query that finds nothing offered the closest one that does. Examples of one organisation of their own.
 */
@MicronautTest(transactional = false)
class LibraryQueriesTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Library library;
    @Inject LibrarySearch search;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    CurrentUser admin;
    long youth;
    long solar;
    long preschool;
    long charging;
    long arabic;
    long housing;
    /** Examples of another organisation, searched apart (their words would answer the other tests' queries). */
    Organisation reuse;
    long textiles;
    long trail;

    @BeforeAll
    void examples() {
        org = fixtures.organisation("Frågeby");
        admin = directory.toUser(fixtures.account(org, Role.ORG_ADMIN));
        youth = publish(LibraryFixtures.draft(catalogue, "Unga planerade den nya parken",
                "Ungdomarna deltog i workshoppar om parkens utformning.", "Vi bjöd in via skolorna.",
                Visibility.PUBLIC, null, "11.7"));
        solar = publish(LibraryFixtures.draft(catalogue, "Solceller på skolornas tak",
                "Alla grundskolor fick solceller på taken.", "Vi upphandlade anläggningarna gemensamt.",
                Visibility.PUBLIC, null, "7.2"));
        preschool = publish(LibraryFixtures.draft(catalogue, "Mindre avfall i förskolan",
                "Förskolan sorterade och vägde avfallet.", "Barnen lärde sig sortera.",
                Visibility.PUBLIC, null, "12.3"));
        charging = publish(written("en", new ExampleTexts("New charging stations at the town hall",
                "Charging stations for electric cars in the town centre.", "Few could charge at home.",
                "We installed twelve charging stations.", "Twice as many electric cars.", "Start small.")));
        arabic = publish(written("ar", new ExampleTexts("حديقة جديدة في الحي", "بنى السكان حديقة في الحي.",
                "لم تكن هناك مساحة خضراء.", "زرعنا الأشجار معا.", "المزيد من الزوار.", "ابدأ مع الجيران.")));
        housing = publish(written("sv", new ExampleTexts("Blandade upplåtelseformer i alla stadsdelar",
                "Hyresrätter och bostadsrätter byggs i varje stadsdel.", "Stadsdelarna var olika.",
                "Mål i översiktsplanen.", "Fler flyttar mellan stadsdelarna.", "Börja med statistiken."),
                "segregation", "bostäder"));
        reuse = fixtures.organisation("Återbruksby");
        CurrentUser reuseAdmin = directory.toUser(fixtures.account(reuse, Role.ORG_ADMIN));
        textiles = publish(reuseAdmin, written("sv", new ExampleTexts("Containrar för textil vid stationerna",
                "Kommunen samlar in kläder och hemtextil i containrar.", "Mycket textil slängdes förr.",
                "Bolaget sorterar ut det som kan säljas i second hand.", "Hälften användes igen.", "Samarbeta."),
                "textil", "kläder"));
        trail = publish(reuseAdmin, written("sv", new ExampleTexts("Naturstig runt sjön för alla",
                "En spång gör stranden nåbar för den som använder rullstol.", "Stigen var smal och stenig.",
                "Personer med funktionsnedsättning provade stigen.", "Stigen används året runt.", "Fråga tidigt."),
                "friluftsliv"));
    }

    private ExampleDraft written(String lang, ExampleTexts texts, String... tags) {
        return new ExampleDraft(lang, Map.of(lang, texts), ExampleKind.INVESTMENT, "Testby", "Region Test", 2022,
                2023, "", "", Set.of(), List.of(tags), List.of(), Visibility.PUBLIC, null,
                Set.of(catalogue.agenda2030().element("11.6").orElseThrow().id()), List.of());
    }

    private long publish(ExampleDraft draft) {
        return publish(admin, draft);
    }

    private long publish(CurrentUser by, ExampleDraft draft) {
        Example example = library.create(by, draft);
        library.publish(by, example.id(), "");
        return example.id();
    }

    private ExampleIndex.Result find(String text) {
        return find(org, text);
    }

    private ExampleIndex.Result find(Organisation of, String text) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("organisation", List.of(of.name()));
        return search.search(null, new ExampleIndex.Search(text, filters, ExampleIndex.Sort.RELEVANCE, 1, 10, "sv"));
    }

    private List<Long> ids(String text) {
        return find(text).hits().stream().map(ExampleIndex.Hit::id).toList();
    }

    @Test
    void aWholeQuestionFindsTheExampleItIsAbout() {
        // "hur", "får", "vi", "fler", "att", "i", "av" carry no meaning; not every remaining word must match.
        assertEquals(youth, ids("Hur får vi fler ungdomar att delta i planeringen av parker?").get(0));
        assertEquals(solar, ids("solceller på skolor").get(0), "a stop word never vetoes, skolor finds skolornas");
        // All the words together rank first; a stop word of Arabic is no requirement in the other fields.
        assertEquals(arabic, ids("حديقة في الحي").get(0));
    }

    @Test
    void aQuestionWhoseWordsNoExampleHasTogetherFindsTheExamplesWithSomeOfThem() {
        // Written as a sentence ("i" carries no meaning): the examples with any of its words, not nothing.
        List<Long> found = ids("solceller i parken");
        assertTrue(found.containsAll(List.of(solar, youth)), "each example has one of the two words: " + found);
        assertTrue(ids("12.3 parken").isEmpty(), "search words without a sentence around them still all count");
    }

    @Test
    void aQuestionThatFindsLessThanAPageIsToppedUpWithExamplesThatHaveSomeOfItsWords() {
        List<Long> found = ids("vi vill ha solceller på skolornas tak i parken");
        assertEquals(solar, found.get(0), "the example with most of the words first");
        assertTrue(found.contains(youth), "then one with some of them (parken): " + found);
        assertTrue(ids("solceller parken").isEmpty(), "two search words, no sentence: no topping up");
    }

    @Test
    void aTermOfTwoWordsIsSearchedWithItsSynonymsAndTranslations() {
        assertEquals(charging, ids("electric vehicles").get(0), "electric vehicles, electric cars: one term");
        assertEquals(solar, ids("solar energy").get(0), "solar energy is solenergi, and solenergi solceller");
    }

    @Test
    void theDomainsEverydayWordsFindWhatTheExamplesCallOtherwise() {
        assertEquals(youth, ids("tonåringar").get(0), "tonåringar finds ungdomarna");
        assertEquals(preschool, ids("dagis").get(0), "dagis finds förskolan");
    }

    @Test
    void aWordWithoutATranslationIsTranslatedAsItsSynonymsAre() {
        assertTrue(Glossary.standard().translations("garbage").contains("avfall"), "garbage, waste; waste = avfall");
        assertEquals(preschool, ids("garbage").get(0), "an English synonym finds the Swedish example");
    }

    @Test
    void tagsAreSearchedAsWordsOfTheirLanguage() {
        assertEquals(List.of(housing), ids("segregationen"), "an inflection of a tag");
        assertEquals(List.of(housing), ids("utanförskap"), "a synonym of a tag");
        assertEquals(List.of(housing), ids("housing"), "a translation of a tag");
    }

    @Test
    void inflectionsTheLightStemmerLeftApartFindEachOther() {
        assertEquals(youth, ids("deltog").get(0), "deltog finds deltog; delta too");
        assertEquals(youth, ids("delta").get(0));
        assertEquals(preschool, ids("sortera förskola").get(0), "förskola finds förskolan, sortera sorterade");
    }

    @Test
    void aTargetOrGoalCodeFindsTheExamplesTaggedWithIt() {
        assertEquals(List.of(preschool), ids("12.3"));
        // (The organisation's unique name ends in a number, which may be 12: first, not alone.)
        assertEquals(preschool, ids("12").get(0), "a goal's code finds its targets' examples");
        assertEquals(List.of(preschool), ids("agenda2030:12.3"));
        assertEquals(List.of(preschool), ids("12.3 förskolan"), "a code with words");
        assertTrue(ids("12.3 parken").isEmpty(), "both must match when there are two");
    }

    @Test
    void synonymsAndTheOtherLanguageFindWhatTheExamplesCallOtherwise() {
        assertEquals(solar, ids("solpaneler").get(0), "a synonym");
        assertEquals(preschool, ids("sopor").get(0), "sopor finds avfall, and is not taken for a typing error");
        assertNull(find("sopor").suggestion());
        assertEquals(charging, ids("laddstolpar").get(0), "the glossary finds the English example");
        assertEquals(charging, ids("elbilar").get(0));
        assertEquals(preschool, ids("waste").get(0), "and an English word the Swedish one");
        assertEquals(preschool, ids("halve food waste").get(0), "a target's title in English finds its examples");
    }

    private List<Long> reuseIds(String text) {
        return find(reuse, text).hits().stream().map(ExampleIndex.Hit::id).toList();
    }

    @Test
    void everydayWordsForReuseAndAccessibilityFindTheExamples() {
        assertEquals(List.of(textiles), reuseIds("begagnade kläder"), "begagnade is second hand");
        assertEquals(List.of(textiles), reuseIds("begagnad textil"));
        assertEquals(List.of(trail), reuseIds("rullstolsanpassad"), "wheelchair-adapted finds an example with rullstol");
        assertEquals(List.of(trail), reuseIds("handikappanpassade"));
        assertEquals(List.of(trail), reuseIds("wheelchair accessible"), "and so does the English term");
    }

    @Test
    void examplesThatMatchEquallyComeNewestFirst() {
        // Both tagged 11.6 alike, so a code finds them equally well: the later published first, on every node.
        assertEquals(List.of(trail, textiles), reuseIds("11.6"));
        assertEquals(List.of(trail, textiles), reuseIds(""), "and when browsing");
    }

    @Test
    void aQueryThatFindsNothingIsOfferedTheClosestOneThatDoes() {
        ExampleIndex.Result none = find("solceller xyzzyq");
        assertEquals(0, none.total());
        assertEquals("solceller", none.suggestion(), "the word that finds nothing left out");
        assertNull(find("xyzzyq qwxzzy").suggestion(), "nothing to offer when no word finds anything");
        ExampleIndex.Result compound = find("klädavfallet");
        assertEquals(0, compound.total());
        assertEquals("avfallet", compound.suggestion(), "a compound whose first part is unknown: its head");
        assertEquals("konsumtion avfallet", find("klädkonsumtion klädavfallet").suggestion(),
                "heads found by their stems too");
        ExampleIndex.Result question = find("hur minskar vi klädavfallet");
        assertEquals(preschool, question.hits().get(0).id(), "a question gets the closest query's examples");
        assertEquals("avfallet", question.suggestion(), "and the closest query offered");
    }

    @Test
    void theVerbFormsOfQuestionWordsCarryNoMeaning() {
        assertEquals(List.of("matsvinnet", "skolan"), LibraryQueryBuilder.meaningful("hur minskar vi matsvinnet i skolan"));
        assertEquals(List.of("matsvinnet"), LibraryQueryBuilder.meaningful("minskade matsvinnet"));
        assertEquals(List.of("food", "waste"), LibraryQueryBuilder.meaningful("how we reduced food waste"));
        assertEquals(List.of("villor", "arbete"), LibraryQueryBuilder.meaningful("villor arbete"),
                "not words that only look like them");
    }
}
