package se.samrad.goals;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organisation's own framework of focus areas and goals, and its mappings to Agenda 2030 and national goals. */
@MicronautTest(transactional = false)
class OwnGoalsTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject OwnGoals ownGoals;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    Organisation other;
    CurrentUser facilitator;
    CurrentUser councilMember;
    CurrentUser otherFacilitator;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Målby kommun");
        other = fixtures.organisation("Grannby kommun");
        facilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        councilMember = directory.toUser(fixtures.account(org, Role.COUNCIL_MEMBER));
        otherFacilitator = directory.toUser(fixtures.account(other, Role.FACILITATOR));
    }

    private static Map<String, String> texts(String sv, String en) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("sv", sv);
        map.put("en", en);
        return map;
    }

    private Framework newFramework(String sv, String en) {
        return ownGoals.createFramework(facilitator, texts(sv, en), texts("Beskrivning", "Description"));
    }

    private GoalElement builtIn(String frameworkKey, String code) {
        return catalogue.framework(frameworkKey, null).element(code).orElseThrow();
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(InvalidRequestException.class, action).messageKey());
    }

    @Test
    void focusAreasAndGoalsAreNumberedAndCodesAreChecked() {
        Framework framework = newFramework("Vision 2040 för Målby", "Vision 2040 for Målby");
        String key = framework.key();
        assertTrue(framework.isOwned());
        assertEquals(org.id(), framework.organisationId());
        assertEquals(FrameworkKind.LOCAL, framework.kind());
        assertEquals(new Text("Vision 2040 för Målby", "sv"), framework.name("sv"));
        assertEquals(new Text("Vision 2040 for Målby", "en"), framework.name("en"));
        assertTrue(framework.goals().isEmpty());

        GoalElement area = ownGoals.addElement(facilitator, key, null, null, texts("Ett hållbart Målby", "A sustainable Målby"),
                Map.of());
        assertEquals("1", area.code());
        assertTrue(area.isGoal());
        GoalElement goal = ownGoals.addElement(facilitator, key, "1", null, texts("Fler cyklar", "More bicycles"),
                texts("Cykelvägar till alla skolor", "Cycle paths to every school"));
        assertEquals("1.1", goal.code());
        assertFalse(goal.isGoal());
        assertEquals(area.id(), goal.parentId());
        GoalElement areaB = ownGoals.addElement(facilitator, key, null, "B", texts("Trygghet", "Safety"), Map.of());
        assertEquals("B", areaB.code());

        Framework reloaded = catalogue.framework(key, org.id());
        assertEquals(List.of("1", "B"), reloaded.goals().stream().map(GoalElement::code).toList());
        assertEquals(List.of("1.1"), reloaded.element("1").orElseThrow().children().stream().map(GoalElement::code).toList());
        assertEquals(new Text("More bicycles", "en"), reloaded.element("1.1").orElseThrow().label("en"));
        assertEquals(new Text("Cykelvägar till alla skolor", "sv"), reloaded.element("1.1").orElseThrow().description("sv"));
        assertTrue(catalogue.owned(org.id()).stream().anyMatch(f -> f.key().equals(key)));
        assertTrue(catalogue.visibleTo(org.id()).stream().anyMatch(f -> f.key().equals(key)));
        assertTrue(catalogue.builtIn().stream().noneMatch(f -> f.key().equals(key)));

        assertKey("goals.error.code-taken", () -> ownGoals.addElement(facilitator, key, null, "B", texts("Dubbel", "Double"), Map.of()));
        assertKey("goals.error.code-taken", () -> ownGoals.addElement(facilitator, key, "B", "1.1", texts("Dubbel", "Double"), Map.of()));
        assertKey("goals.error.code", () -> ownGoals.addElement(facilitator, key, null, "a b", texts("Fel", "Wrong"), Map.of()));
        assertKey("goals.error.code", () -> ownGoals.addElement(facilitator, key, null, ".1", texts("Fel", "Wrong"), Map.of()));
        assertKey("goals.error.parent", () -> ownGoals.addElement(facilitator, key, "Z", null, texts("Fel", "Wrong"), Map.of()));
        assertEquals(3, catalogue.framework(key, org.id()).elements().size());

        // The next number skips codes already taken.
        GoalElement third = ownGoals.addElement(facilitator, key, null, null, texts("Tredje", "Third"), Map.of());
        assertEquals("3", third.code());
    }

    @Test
    void goalsAreMappedToAgendaTargetsAndNationalObjectivesWithANote() {
        Framework framework = newFramework("Trafikplan", "Traffic plan");
        String key = framework.key();
        GoalElement area = ownGoals.addElement(facilitator, key, null, null, texts("Trafik", "Traffic"), Map.of());
        GoalElement goal = ownGoals.addElement(facilitator, key, area.code(), null, texts("Säkra skolvägar", "Safe school routes"),
                Map.of());
        GoalElement t112 = builtIn("agenda2030", "11.2");
        GoalElement t36 = builtIn("agenda2030", "3.6");
        GoalElement climate = builtIn("miljokvalitetsmal", "1");

        assertEquals(2, ownGoals.addMappings(facilitator, key, "1.1", Set.of(t112.id(), t36.id()), "Fler går och cyklar"));
        assertEquals(1, ownGoals.addMappings(facilitator, key, "1.1", Set.of(climate.id()), "Mindre biltrafik"));

        List<Mapping> to112 = ownGoals.mappingsTo(t112, org.id());
        assertEquals(1, to112.size());
        Mapping mapping = to112.get(0);
        assertEquals(goal.id(), mapping.source().id());
        assertEquals(key, mapping.sourceFramework().key());
        assertEquals(t112.id(), mapping.target().id());
        assertEquals("agenda2030", mapping.targetFramework().key());
        assertEquals("Fler går och cyklar", mapping.note());
        assertEquals("Mindre biltrafik", ownGoals.mappingsTo(climate, org.id()).get(0).note());
        GoalElement reloadedGoal = catalogue.element(key, "1.1", org.id());
        assertEquals(Set.of(t112.id(), t36.id(), climate.id()), Set.copyOf(ownGoals.mappingsFrom(reloadedGoal, org.id())
                .stream().map(m -> m.target().id()).toList()));
        assertEquals(3, ownGoals.all(org.id()).size());

        // Mapping again adds nothing and keeps the note.
        assertEquals(0, ownGoals.addMappings(facilitator, key, "1.1", Set.of(t112.id()), "Annan anteckning"));
        assertEquals("Fler går och cyklar", ownGoals.mappingsTo(t112, org.id()).get(0).note());

        ownGoals.updateMapping(facilitator, mapping.id(), "Fler går, cyklar och åker buss");
        assertEquals("Fler går, cyklar och åker buss", ownGoals.mappingsTo(t112, org.id()).get(0).note());

        ownGoals.deleteMapping(facilitator, mapping.id());
        assertTrue(ownGoals.mappingsTo(t112, org.id()).isEmpty());
        assertEquals(1, ownGoals.mappingsTo(t36, org.id()).size());
        assertEquals(2, ownGoals.all(org.id()).stream().filter(m -> m.sourceFramework().key().equals(key)).count());

        // Removing the focus area removes its goal and the goal's mappings.
        ownGoals.deleteElement(facilitator, key, area.code());
        Framework after = catalogue.framework(key, org.id());
        assertTrue(after.element("1").isEmpty());
        assertTrue(after.element("1.1").isEmpty());
        assertTrue(ownGoals.mappingsTo(t36, org.id()).isEmpty());
        assertTrue(ownGoals.mappingsTo(climate, org.id()).isEmpty());
        assertTrue(ownGoals.all(org.id()).stream().noneMatch(m -> m.sourceFramework().key().equals(key)));
        // The built-in targets themselves are of course still there.
        assertTrue(catalogue.agenda2030().element("11.2").isPresent());
    }

    @Test
    void onlyBuiltInTargetsCanBeMappedTo() {
        Framework framework = newFramework("Egen karta", "Own map");
        String key = framework.key();
        ownGoals.addElement(facilitator, key, null, null, texts("Område", "Area"), Map.of());
        GoalElement goal = ownGoals.addElement(facilitator, key, "1", null, texts("Mål", "Goal"), Map.of());
        GoalElement area = catalogue.element(key, "1", org.id());
        assertKey("goals.error.choose-target", () -> ownGoals.addMappings(facilitator, key, "1.1", Set.of(area.id()), ""));
        assertKey("goals.error.choose-target", () -> ownGoals.addMappings(facilitator, key, "1.1", Set.of(goal.id()), ""));
        assertKey("goals.error.choose-target", () -> ownGoals.addMappings(facilitator, key, "1.1", Set.of(), ""));
        assertKey("goals.error.choose-target", () -> ownGoals.addMappings(facilitator, key, "1.1", Set.of(-1L), ""));
        assertTrue(ownGoals.mappingsFrom(goal, org.id()).isEmpty());
        // Built-in frameworks cannot be edited as one's own.
        assertThrows(NotFoundException.class, () -> ownGoals.addElement(facilitator, "agenda2030", null, "18",
                texts("Artonde", "Eighteenth"), Map.of()));
        assertTrue(catalogue.agenda2030().element("18").isEmpty());
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesTheFrameworkOrItsMappings() {
        Framework framework = newFramework("Hemlig plan", "Secret plan");
        String key = framework.key();
        ownGoals.addElement(facilitator, key, null, null, texts("Område", "Area"), Map.of());
        ownGoals.addElement(facilitator, key, "1", null, texts("Hemligt mål", "Secret goal"), Map.of());
        GoalElement t112 = builtIn("agenda2030", "11.2");
        ownGoals.addMappings(facilitator, key, "1.1", Set.of(t112.id()), "Vår anteckning");
        Mapping mapping = ownGoals.mappingsTo(t112, org.id()).stream()
                .filter(m -> m.sourceFramework().key().equals(key)).findFirst().orElseThrow();
        long ownGoalId = mapping.source().id();

        assertThrows(NotFoundException.class, () -> catalogue.framework(key, other.id()));
        assertThrows(NotFoundException.class, () -> catalogue.framework(key, null));
        assertThrows(NotFoundException.class, () -> catalogue.element(key, "1.1", other.id()));
        assertTrue(catalogue.element(ownGoalId, other.id()).isEmpty());
        assertTrue(catalogue.owned(other.id()).stream().noneMatch(f -> f.key().equals(key)));
        assertTrue(catalogue.visibleTo(other.id()).stream().noneMatch(f -> f.key().equals(key)));
        assertTrue(ownGoals.mappingsTo(t112, other.id()).isEmpty());
        assertTrue(ownGoals.all(other.id()).isEmpty());

        assertThrows(NotFoundException.class, () -> ownGoals.updateMapping(otherFacilitator, mapping.id(), "Kapad"));
        assertThrows(NotFoundException.class, () -> ownGoals.deleteMapping(otherFacilitator, mapping.id()));
        assertThrows(NotFoundException.class, () -> ownGoals.addElement(otherFacilitator, key, null, null,
                texts("Inkräktare", "Intruder"), Map.of()));
        assertThrows(NotFoundException.class, () -> ownGoals.addMappings(otherFacilitator, key, "1.1", Set.of(t112.id()), ""));
        assertThrows(NotFoundException.class, () -> ownGoals.deleteElement(otherFacilitator, key, "1"));
        assertThrows(NotFoundException.class, () -> ownGoals.deleteFramework(otherFacilitator, key));

        List<Mapping> still = ownGoals.mappingsTo(t112, org.id()).stream()
                .filter(m -> m.sourceFramework().key().equals(key)).toList();
        assertEquals(1, still.size());
        assertEquals("Vår anteckning", still.get(0).note());
        assertEquals(2, catalogue.framework(key, org.id()).elements().size());
    }

    @Test
    void aCouncilMemberMayReadButNotEdit() {
        Framework framework = newFramework("Rådets läsning", "Council reading");
        String key = framework.key();
        ownGoals.addElement(facilitator, key, null, null, texts("Område", "Area"), Map.of());
        ownGoals.addElement(facilitator, key, "1", null, texts("Mål", "Goal"), Map.of());
        GoalElement t36 = builtIn("agenda2030", "3.6");
        ownGoals.addMappings(facilitator, key, "1.1", Set.of(t36.id()), "Anteckning");
        long mappingId = ownGoals.mappingsTo(t36, org.id()).stream().filter(m -> m.sourceFramework().key().equals(key))
                .findFirst().orElseThrow().id();

        assertFalse(OwnGoals.canEdit(councilMember));
        assertTrue(OwnGoals.canEdit(facilitator));
        assertEquals(key, catalogue.framework(key, councilMember.organisationId()).key());

        List<Executable> edits = List.of(
                () -> ownGoals.createFramework(councilMember, texts("Rådets plan", "Council plan"), Map.of()),
                () -> ownGoals.updateFramework(councilMember, key, texts("Omdöpt", "Renamed"), Map.of()),
                () -> ownGoals.deleteFramework(councilMember, key),
                () -> ownGoals.addElement(councilMember, key, null, null, texts("Nytt", "New"), Map.of()),
                () -> ownGoals.updateElement(councilMember, key, "1", "X", texts("Ändrat", "Changed"), Map.of()),
                () -> ownGoals.deleteElement(councilMember, key, "1"),
                () -> ownGoals.addMappings(councilMember, key, "1.1", Set.of(builtIn("agenda2030", "11.2").id()), ""),
                () -> ownGoals.updateMapping(councilMember, mappingId, "Ändrad"),
                () -> ownGoals.deleteMapping(councilMember, mappingId));
        for (Executable edit : edits) {
            HttpStatusException e = assertThrows(HttpStatusException.class, edit);
            assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        }

        Framework unchanged = catalogue.framework(key, org.id());
        assertEquals(new Text("Rådets läsning", "sv"), unchanged.name("sv"));
        assertEquals(List.of("1"), unchanged.goals().stream().map(GoalElement::code).toList());
        assertEquals(2, unchanged.elements().size());
        List<Mapping> mappings = ownGoals.mappingsFrom(unchanged.element("1.1").orElseThrow(), org.id());
        assertEquals(1, mappings.size());
        assertEquals("Anteckning", mappings.get(0).note());
    }

    @Test
    void everyChangeIsSeenAtOnceThoughTheFrameworksAreRemembered() {
        String key = newFramework("Minnesprov", "Memory test").key();
        // Read (and remembered) before each change: the change must not be hidden behind the remembered copy.
        assertTrue(catalogue.framework(key, org.id()).goals().isEmpty());
        ownGoals.addElement(facilitator, key, null, "1", texts("Första", "First"), Map.of());
        assertEquals(List.of("1"), catalogue.framework(key, org.id()).goals().stream().map(GoalElement::code).toList());

        ownGoals.updateElement(facilitator, key, "1", "A", texts("Ändrad", "Changed"), Map.of());
        GoalElement changed = catalogue.framework(key, org.id()).element("A").orElseThrow();
        assertEquals(new Text("Ändrad", "sv"), changed.label("sv"));
        assertEquals(changed, catalogue.element(changed.id(), org.id()).orElseThrow());

        ownGoals.updateFramework(facilitator, key, Map.of("sv", "Omdöpt"), Map.of());
        Framework renamed = catalogue.framework(key, org.id());
        assertEquals(new Text("Omdöpt", "sv"), renamed.name("sv"));
        assertEquals("sv", renamed.name("en").lang(), "the cleared English name falls back to Swedish");

        ownGoals.deleteElement(facilitator, key, "A");
        assertTrue(catalogue.framework(key, org.id()).goals().isEmpty());
        assertTrue(catalogue.element(changed.id(), org.id()).isEmpty());

        ownGoals.deleteFramework(facilitator, key);
        assertThrows(NotFoundException.class, () -> catalogue.framework(key, org.id()));
        assertTrue(catalogue.owned(org.id()).stream().noneMatch(f -> f.key().equals(key)));
        // Another organisation's remembered frameworks never hold this one's.
        assertTrue(catalogue.owned(other.id()).stream().noneMatch(f -> f.organisationId().equals(org.id())));
    }
}
