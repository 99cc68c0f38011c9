package se.samrad.library;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as people use it: Swedish compound words found by their parts, stemming, phrases, typing errors,
 * facets, highlighting, suggestions, similar examples, near-real-time publishing; and a reader outside a network
 * never meets its examples anywhere.
 */
@MicronautTest(transactional = false)
class LibrarySearchTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject NetworkService networks;
    @Inject Library library;
    @Inject LibrarySearch search;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    Organisation member;
    Organisation outsider;
    Network network;
    CurrentUser admin;
    CurrentUser memberAnalyst;
    CurrentUser outsiderAnalyst;
    long kitchen;
    long council;
    long secret;
    long english;
    Organisation writers;
    long persian;
    long finnish;

    @BeforeAll
    void examples() {
        org = fixtures.organisation("Sökby");
        member = fixtures.organisation("Medlemsby");
        outsider = fixtures.organisation("Utomby");
        network = networks.create(null, Fixtures.unique("Sökverket"), "");
        networks.addMember(null, network.id(), org.id(), true);
        networks.addMember(null, network.id(), member.id(), false);
        admin = directory.toUser(fixtures.account(org, Role.ORG_ADMIN, Role.NETWORK_COORDINATOR));
        memberAnalyst = directory.toUser(fixtures.account(member, Role.ANALYST));
        outsiderAnalyst = directory.toUser(fixtures.account(outsider, Role.ANALYST));
        kitchen = publish(LibraryFixtures.draft(catalogue, "Halverat matsvinn i skolköken",
                "Skolköken vägde matsvinnet varje dag och ändrade menyn.",
                "Vi vägde tallrikssvinnet i matsalen och visade resultatet för eleverna.", Visibility.PUBLIC, null,
                "12.3", "12.5"));
        council = publish(LibraryFixtures.draft(catalogue, "Ett hållbarhetsråd för hela kommunen",
                "Politiker, företag och föreningar i ett gemensamt råd för hållbarhetsarbetet.",
                "Rådet möts fyra gånger om året och följer upp färdplanen.", Visibility.PUBLIC, null, "17.17", "16.7"));
        secret = publish(LibraryFixtures.draft(catalogue, "Hemlig kompostering av matrester i nätverket",
                "Nätverkets kommuner komposterar matsvinnet tillsammans.",
                "Komposten ger biogas till bussarna.", Visibility.NETWORK, network.id(), "12.3", "7.2"));
        Map<String, ExampleTexts> texts = new LinkedHashMap<>();
        texts.put("en", new ExampleTexts("Cycling to schools safely", "Safe cycle routes for pupils.",
                "Parents drove their children.", "The council built protected cycle lanes to every school.",
                "Twice as many pupils cycle.", "Start with the parents."));
        ExampleDraft cycling = new ExampleDraft("en", texts, ExampleKind.INVESTMENT, "Testby", "Region Test", 2019,
                2020, "", "", Set.of(), List.of("cykel"), List.of(), Visibility.PUBLIC, null,
                Set.of(catalogue.agenda2030().element("11.2").orElseThrow().id()), List.of());
        english = publish(cycling);
        // In an organisation of their own, so that the other tests' counts of Sökby's examples stay as they are.
        writers = fixtures.organisation("Språkby");
        CurrentUser writer = directory.toUser(fixtures.account(writers, Role.ORG_ADMIN));
        persian = publish(writer, written("fa", new ExampleTexts("کتابخانه‌های محله برای همه", "کتابخانه‌ها ساعت کاری طولانی‌تری دارند.",
                "مردم وقت نداشتند.", "کتابخانه‌ها شب‌ها باز ماندند.", "بازدیدکنندگان بیشتری آمدند.", "با محله شروع کنید.")));
        finnish = publish(writer, written("fi", new ExampleTexts("Kirjastoissa on tilaa kaikille", "Lähikirjastot ovat auki iltaisin.",
                "Asukkailla ei ollut aikaa.", "Kirjastot pysyivät auki myöhään.", "Kävijöitä tuli enemmän.",
                "Aloita asukkaista.")));
    }

    private ExampleDraft written(String lang, ExampleTexts texts) {
        return new ExampleDraft(lang, Map.of(lang, texts), ExampleKind.INVESTMENT, "Testby", "Region Test", 2022, 2023,
                "", "", Set.of(), List.of(), List.of(), Visibility.PUBLIC, null,
                Set.of(catalogue.agenda2030().element("11.7").orElseThrow().id()), List.of());
    }

    private long publish(ExampleDraft draft) {
        return publish(admin, draft);
    }

    private long publish(CurrentUser author, ExampleDraft draft) {
        Example example = library.create(author, draft);
        library.publish(author, example.id(), "");
        return example.id();
    }

    private ExampleIndex.Result find(CurrentUser reader, String text, Map<String, List<String>> filters) {
        Map<String, List<String>> all = new LinkedHashMap<>(filters);
        all.putIfAbsent("organisation", List.of(org.name()));
        return search.search(reader, new ExampleIndex.Search(text, all, ExampleIndex.Sort.RELEVANCE, 1, 10, "sv"));
    }

    private static List<Long> ids(ExampleIndex.Result result) {
        return result.hits().stream().map(ExampleIndex.Hit::id).toList();
    }

    @Test
    void swedishCompoundWordsAreFoundByTheirParts() {
        assertEquals(List.of(kitchen), ids(find(null, "svinn", Map.of())), "svinn finds matsvinn");
        // First: the cycling example follows, its target's title (11.2, "hållbara transportsystem") has the word.
        assertEquals(council, ids(find(null, "hållbarhet", Map.of())).get(0), "hållbarhet finds hållbarhetsrådet");
        assertEquals(List.of(kitchen), ids(find(null, "skolkök", Map.of())), "the whole compound still matches");
        assertTrue(find(null, "tallrik", Map.of()).hits().stream().anyMatch(h -> h.id() == kitchen),
                "tallrik finds tallrikssvinnet");
        assertEquals(List.of(kitchen), ids(find(null, "tallrikssvinn", Map.of())), "tallrikssvinnet, stemmed");
        ExampleIndex.Result inParts = find(null, "skolmatsvinn", Map.of());
        assertEquals(List.of(kitchen), ids(inParts), "a compound asked for is found by its parts in a longer word");
        assertTrue(inParts.fuzzy(), "and is said not to be an exact match");
        String snippet = find(null, "svinn", Map.of()).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>matsvinnet</mark>"), snippet);
    }

    @Test
    void englishIsStemmedAndPhrasesAreExact() {
        assertEquals(List.of(english), ids(find(null, "school cycling", Map.of())));
        assertEquals(List.of(english), ids(find(null, "\"protected cycle lanes\"", Map.of())));
        assertTrue(find(null, "\"lanes protected cycle\"", Map.of()).hits().isEmpty());
        assertEquals(List.of(kitchen), ids(find(null, "matsvinn -biogas", Map.of())));
    }

    @Test
    void persianAndFinnishAreAnalysedAsTheirOwnLanguages() {
        // Written with Persian yeh and keheh and a zero-width non-joiner; asked with Arabic kaf and yeh.
        Map<String, List<String>> theirs = Map.of("organisation", List.of(writers.name()));
        assertEquals(List.of(persian), ids(find(null, "كتابخانه", theirs)));
        assertEquals(List.of(persian), ids(find(null, "کتابخانه", theirs)));
        // Finnish inflection: "kirjastoissa" (in libraries) and "kirjastot" are found by "kirjasto".
        assertEquals(List.of(finnish), ids(find(null, "kirjasto", theirs)));
        assertEquals(List.of(finnish), ids(find(null, "iltaisin", theirs)));
    }

    @Test
    void typingErrorsStillFindAndTheRightSpellingIsSuggested() {
        ExampleIndex.Result result = find(null, "matsvin", Map.of());
        assertTrue(result.fuzzy());
        assertTrue(ids(result).contains(kitchen));
        ExampleIndex.Result nothing = find(null, "hållbarhetsrået", Map.of());
        assertTrue(nothing.fuzzy());
        assertTrue(ids(nothing).contains(council), "two letters wrong in a long word still match");
        assertTrue(find(null, "xyzzyq", Map.of()).hits().isEmpty());
        ExampleIndex.Result typo = find(null, "matsvunn skolköken", Map.of());
        assertEquals(List.of(kitchen), ids(typo));
        assertEquals("matsvinn skolköken", typo.suggestion(), "the nearest word, and the right one kept");
    }

    @Test
    void wordsThatAreFoundAreNotTakenForTypingErrorsWhenFiltersLeaveNothing() {
        // The kitchen example is a project: filtered to dialogues its words find nothing, and that is the answer,
        // not examples with words a letter or two away.
        ExampleIndex.Result filtered = find(null, "matsvinn", Map.of("type", List.of("DIALOGUE")));
        assertEquals(0, filtered.total());
        assertFalse(filtered.fuzzy());
        assertNull(filtered.suggestion());
        // A word spelt wrong under the same filter is still widened (and finds nothing there either).
        ExampleIndex.Result typo = find(null, "matsvunn", Map.of("type", List.of("DIALOGUE")));
        assertTrue(typo.fuzzy());
        assertNull(typo.suggestion(), "no spelling offered that finds nothing under the filters");
    }

    @Test
    void facetsCountAndCombineFilters() {
        ExampleIndex.Result all = find(null, "", Map.of());
        assertEquals(3, all.total(), "a visitor sees the three public examples");
        Map<String, Long> goals = counts(all, "goal");
        assertEquals(1L, goals.get("agenda2030/12"));
        assertEquals(1L, goals.get("agenda2030/17"));
        assertEquals(1L, goals.get("agenda2030/11"));
        assertEquals(2L, counts(all, "type").get("PROJECT"));
        assertEquals(1L, counts(all, "year").get("2020"), "the cycling example spans 2019–2020; the others 2021–2023");

        ExampleIndex.Result goal12 = find(null, "", Map.of("goal", List.of("agenda2030/12")));
        assertEquals(List.of(kitchen), ids(goal12));
        ExampleIndex.Result either = find(null, "", Map.of("goal", List.of("agenda2030/12", "agenda2030/11")));
        assertEquals(Set.of(kitchen, english), Set.copyOf(ids(either)), "values of one facet widen");
        ExampleIndex.Result both = find(null, "", Map.of("goal", List.of("agenda2030/12", "agenda2030/11"),
                "type", List.of("INVESTMENT")));
        assertEquals(List.of(english), ids(both), "facets narrow each other");
    }

    @Test
    void aNonMemberNeverSeesNetworkExamplesInResultsFacetsSuggestionsOrSimilarExamples() {
        // A member of the network finds it everywhere...
        assertTrue(ids(find(memberAnalyst, "kompostering", Map.of())).contains(secret));
        assertEquals(2L, counts(find(memberAnalyst, "", Map.of()), "target").get("agenda2030/12.3"));
        assertTrue(counts(find(memberAnalyst, "", Map.of()), "goal").containsKey("agenda2030/7"));
        assertTrue(search.suggest(memberAnalyst, "hemlig", "sv").stream().anyMatch(s -> s.id() == secret));
        assertTrue(search.similar(memberAnalyst, kitchen, "sv").stream().anyMatch(h -> h.id() == secret));

        // ...someone outside it, or a visitor, nowhere: not in hits, totals, facets, suggestions or similar.
        for (CurrentUser reader : java.util.Arrays.asList(outsiderAnalyst, null)) {
            assertFalse(ids(find(reader, "kompostering", Map.of())).contains(secret));
            assertEquals(0, find(reader, "hemlig kompostering", Map.of()).total());
            ExampleIndex.Result all = find(reader, "", Map.of());
            assertEquals(3, all.total());
            assertEquals(1L, counts(all, "target").get("agenda2030/12.3"));
            assertFalse(counts(all, "goal").containsKey("agenda2030/7"), "goal 7 is only in the network example");
            assertFalse(counts(all, "target").containsKey("agenda2030/7.2"));
            assertTrue(search.suggest(reader, "hemlig", "sv").isEmpty());
            assertTrue(search.suggest(reader, "hem", "sv").stream().noneMatch(s -> s.id() == secret));
            assertTrue(search.similar(reader, kitchen, "sv").stream().noneMatch(h -> h.id() == secret));
            assertNull(find(reader, "hemligg", Map.of()).suggestion(), "no spelling borrowed from hidden examples");
            assertEquals(0, find(reader, "", Map.of("goal", List.of("agenda2030/7"))).total());
        }
    }

    @Test
    void anOrganisationThatJoinsOrLeavesTheNetworkSeesTheChangeAtOnce() {
        Organisation joiner = fixtures.organisation("Nyby");
        CurrentUser reader = directory.toUser(fixtures.account(joiner, Role.ANALYST));
        // Read once as an outsider, so that the memberships are remembered...
        assertFalse(ids(find(reader, "kompostering", Map.of())).contains(secret));
        assertThrows(se.samrad.platform.NotFoundException.class, () -> library.visible(reader, secret));

        // ...then joined: the network's example is there in results, suggestions and on its page at once.
        networks.addMember(null, network.id(), joiner.id(), false);
        assertTrue(ids(find(reader, "kompostering", Map.of())).contains(secret));
        assertTrue(search.suggest(reader, "hemlig", "sv").stream().anyMatch(s -> s.id() == secret));
        assertEquals(secret, library.visible(reader, secret).id());

        // ...and gone at once after leaving.
        networks.removeMember(admin, network.id(), joiner.id());
        assertFalse(ids(find(reader, "kompostering", Map.of())).contains(secret));
        assertTrue(search.suggest(reader, "hemlig", "sv").isEmpty());
        assertTrue(search.similar(reader, kitchen, "sv").stream().noneMatch(h -> h.id() == secret));
        assertThrows(se.samrad.platform.NotFoundException.class, () -> library.visible(reader, secret));
    }

    @Test
    void suggestionsCompleteWhatWasTypedAndSimilarExamplesShareTargetsAndWords() {
        List<ExampleIndex.Suggestion> suggestions = search.suggest(null, "halv mat", "sv");
        assertTrue(suggestions.stream().anyMatch(s -> s.id() == kitchen), suggestions.toString());
        assertTrue(search.suggest(null, "hallbarhetsr", "sv").stream().anyMatch(s -> s.id() == council),
                "accents may be left out");
        List<ExampleIndex.Hit> similar = search.similar(memberAnalyst, kitchen, "sv");
        assertFalse(similar.isEmpty());
        assertEquals(secret, similar.get(0).id(), "shares target 12.3 and the words about matsvinn");
        assertTrue(similar.stream().noneMatch(h -> h.id() == kitchen), "never itself");
    }

    @Test
    void aPublishedExampleIsFoundAtOnceAndAnUnpublishedOneIsGone() {
        Example draft = library.create(admin, LibraryFixtures.draft(catalogue, "Solceller på kommunhuset",
                "Kommunhusets tak fick solceller.", "Vi upphandlade solcellerna.", Visibility.PUBLIC, null, "7.2"));
        assertTrue(find(null, "solceller", Map.of()).hits().isEmpty(), "a draft is not in the library");
        long browsing = find(null, "", Map.of()).total(); // browsing without words is kept per index reader
        assertFalse(counts(find(null, "", Map.of()), "goal").containsKey("agenda2030/7"));
        long started = System.nanoTime();
        library.publish(admin, draft.id(), "");
        assertEquals(List.of(draft.id()), ids(find(null, "solceller", Map.of())));
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "findable within a second of publishing");
        ExampleIndex.Result browsed = find(null, "", Map.of());
        assertEquals(browsing + 1, browsed.total(), "and there when browsing at once");
        assertEquals(1L, counts(browsed, "goal").get("agenda2030/7"), "its goal counted afresh");
        library.unpublish(admin, draft.id());
        assertTrue(find(null, "solceller", Map.of()).hits().isEmpty());
        ExampleIndex.Result after = find(null, "", Map.of());
        assertEquals(browsing, after.total(), "gone when browsing at once");
        assertFalse(counts(after, "goal").containsKey("agenda2030/7"));
    }

    @Test
    void resultsAreSortedByDateAndPaged() {
        ExampleIndex.Search newest = new ExampleIndex.Search("", Map.of("organisation", List.of(org.name())),
                ExampleIndex.Sort.NEWEST, 1, 2, "sv");
        ExampleIndex.Result first = search.search(null, newest);
        assertEquals(3, first.total());
        assertEquals(List.of(english, council), ids(first), "latest published first");
        ExampleIndex.Result second = search.search(null, new ExampleIndex.Search("", newest.filters(),
                ExampleIndex.Sort.NEWEST, 2, 2, "sv"));
        assertEquals(List.of(kitchen), ids(second));
        assertEquals(3, second.total());
    }

    private static Map<String, Long> counts(ExampleIndex.Result result, String dimension) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.facets().stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .ifPresent(f -> f.values().forEach(v -> counts.put(v.value(), v.count())));
        return counts;
    }

    @Test
    void theEnglishExampleShowsInEnglishForASwedishReader() {
        ExampleIndex.Hit hit = find(null, "cycle", Map.of()).hits().get(0);
        assertEquals("Cycling to schools safely", hit.title());
        assertEquals("en", hit.titleLang());
        assertNotNull(hit.publishedAt());
    }
}
