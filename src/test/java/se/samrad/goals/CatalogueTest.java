package se.samrad.goals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.support.IntegrationTest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in frameworks as loaded at start-up: Agenda 2030, the national objectives and the Doughnut. */
@MicronautTest(transactional = false)
class CatalogueTest extends IntegrationTest {

    private static final Map<String, Integer> TARGETS_PER_GOAL = Map.ofEntries(Map.entry("1", 7), Map.entry("2", 8),
            Map.entry("3", 13), Map.entry("4", 10), Map.entry("5", 9), Map.entry("6", 8), Map.entry("7", 5),
            Map.entry("8", 12), Map.entry("9", 8), Map.entry("10", 10), Map.entry("11", 10), Map.entry("12", 11),
            Map.entry("13", 5), Map.entry("14", 10), Map.entry("15", 12), Map.entry("16", 12), Map.entry("17", 19));

    @Inject GoalCatalogue catalogue;
    @Inject CatalogueStore store;
    @Inject BuiltInFrameworks builtIns;

    @Test
    void agenda2030HasSeventeenGoalsAndTheirHundredSixtyNineTargets() {
        Framework agenda = catalogue.agenda2030();
        assertEquals(Framework.AGENDA_2030, agenda.key());
        assertEquals(FrameworkKind.GLOBAL, agenda.kind());
        assertFalse(agenda.isOwned());
        List<String> goalCodes = agenda.goals().stream().map(GoalElement::code).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            expected.add(String.valueOf(i));
        }
        assertEquals(expected, goalCodes);
        assertEquals(169, agenda.targetCount());
        assertEquals(169, agenda.leaves().size());
        for (GoalElement goal : agenda.goals()) {
            assertTrue(goal.isGoal());
            assertEquals(TARGETS_PER_GOAL.get(goal.code()), goal.children().size(), "targets of goal " + goal.code());
            for (GoalElement target : goal.children()) {
                assertFalse(target.isGoal());
                assertEquals(goal.id(), target.parentId());
                assertTrue(target.code().matches(goal.code() + "\\.([1-9][0-9]?|[a-z])"), target.code());
            }
        }
        for (String code : List.of("1.1", "1.a", "1.b", "12.3", "17.19")) {
            assertTrue(agenda.element(code).isPresent(), code);
        }
        assertTrue(agenda.element("1.8").isEmpty());
        assertTrue(agenda.element("17.20").isEmpty());
        assertTrue(agenda.element("18").isEmpty());
        List<String> ofGoal1 = agenda.element("1").orElseThrow().children().stream().map(GoalElement::code).toList();
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"), ofGoal1);
        assertEquals(169, agenda.elements().stream().filter(e -> !e.isGoal()).map(GoalElement::code).distinct().count());
    }

    @Test
    void everyGoalHasAColourAndItsDimensions() {
        Framework agenda = catalogue.agenda2030();
        for (GoalElement goal : agenda.goals()) {
            assertNotNull(goal.colour(), "colour of goal " + goal.code());
            assertTrue(goal.colour().matches("#[0-9A-Fa-f]{6}"), goal.colour());
            assertFalse(goal.dimensions().isEmpty(), "dimensions of goal " + goal.code());
        }
        assertEquals(17, agenda.goals().stream().map(GoalElement::colour).distinct().count());
        assertEquals(EnumSet.of(Dimension.ENVIRONMENTAL), agenda.element("13").orElseThrow().dimensions());
        assertEquals(EnumSet.of(Dimension.ECONOMIC), agenda.element("8").orElseThrow().dimensions());
        assertEquals(EnumSet.allOf(Dimension.class), agenda.element("17").orElseThrow().dimensions());
    }

    @Test
    void everyGoalAndTargetHasASwedishAndAnEnglishLabel() {
        for (GoalElement element : catalogue.agenda2030().elements()) {
            for (String lang : List.of("sv", "en")) {
                Text label = element.label(lang);
                assertEquals(lang, label.lang(), element.code() + " in " + lang);
                assertFalse(label.isEmpty(), element.code() + " in " + lang);
                assertFalse(label.value().equals(element.code()), element.code() + " in " + lang);
            }
            assertFalse(element.label("sv").value().equals(element.label("en").value()), element.code());
        }
        assertEquals("Halvera matsvinnet", catalogue.agenda2030().element("12.3").orElseThrow().label("sv").value());
        assertEquals("Halve food waste", catalogue.agenda2030().element("12.3").orElseThrow().label("en").value());
        assertEquals("Agenda 2030", catalogue.agenda2030().name("sv").value());
    }

    @Test
    void theBuiltInFrameworksAreAgendaTheNationalObjectivesAndTheDoughnut() {
        Map<String, Framework> byKey = catalogue.builtIn().stream()
                .collect(Collectors.toMap(Framework::key, Function.identity()));
        assertTrue(byKey.keySet().containsAll(List.of("agenda2030", "miljokvalitetsmal", "folkhalsa", "doughnut")),
                byKey.keySet().toString());
        assertEquals("agenda2030", catalogue.builtIn().get(0).key());
        catalogue.builtIn().forEach(f -> assertFalse(f.isOwned(), f.key()));

        Framework miljo = byKey.get("miljokvalitetsmal");
        assertEquals(16, miljo.goals().size());
        assertEquals(0, miljo.targetCount());
        assertEquals(miljo.goals(), miljo.leaves());
        assertEquals(FrameworkKind.NATIONAL, miljo.kind());
        miljo.goals().forEach(g -> assertEquals(List.of(g), g.leaves()));

        Framework folkhalsa = byKey.get("folkhalsa");
        assertEquals(8, folkhalsa.goals().size());
        assertEquals(0, folkhalsa.targetCount());
        assertEquals(8, folkhalsa.leaves().size());

        Framework doughnut = byKey.get("doughnut");
        assertEquals(2, doughnut.goals().size());
        assertEquals(List.of(12, 9), doughnut.goals().stream().map(g -> g.children().size()).toList());
        assertEquals(21, doughnut.leaves().size());

        for (Framework f : List.of(miljo, folkhalsa, doughnut)) {
            assertEquals("sv", f.name("sv").lang(), f.key());
            for (GoalElement e : f.elements()) {
                assertEquals("sv", e.label("sv").lang(), f.key() + " " + e.code());
                assertFalse(e.label("sv").isEmpty());
            }
        }
    }

    @Test
    void aFrameworkCanBeFoundByKeyAndAnElementById() {
        Framework agenda = catalogue.framework("agenda2030", null);
        GoalElement target = agenda.element("11.2").orElseThrow();
        assertEquals(target, catalogue.element(target.id(), null).orElseThrow());
        assertEquals(agenda.element("11").orElseThrow(), catalogue.goalOf(target, null));
        assertEquals(target, catalogue.element("agenda2030", "11.2", null));
    }

    @Test
    void applyingTheBuiltInDefinitionsAgainChangesNothing() {
        for (String file : BuiltInFrameworks.FILES) {
            FrameworkDefinition definition = builtIns.definition(file);
            ChangeReport report = store.apply(definition, null);
            assertTrue(report.isEmpty(), file + ": " + report);
        }
        Framework agenda = store.load(null).stream().filter(f -> f.key().equals("agenda2030")).findFirst().orElseThrow();
        assertEquals(17, agenda.goals().size());
        assertEquals(169, agenda.targetCount());
    }
}
