package se.samrad.goals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.InvalidRequestException;
import se.samrad.support.IntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing official goal and target texts from the UN SDG API's and Open SDG's files. Each test imports a
 * language no other test uses (es, fr, de, it, pt, nl), so tests sharing the database do not disturb each other.
 */
@MicronautTest(transactional = false)
class OfficialTextImportTest extends IntegrationTest {

    private static final String ES_1_1 =
            "Para 2030, erradicar para todas las personas y en todo el mundo la pobreza extrema (prueba)";

    @Inject OfficialTextImport importer;
    @Inject GoalCatalogue catalogue;
    @Inject CatalogueStore store;
    @Inject BuiltInFrameworks builtIns;

    private static byte[] resource(String name) {
        try (InputStream in = OfficialTextImportTest.class.getClassLoader().getResourceAsStream("goals/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource goals/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GoalElement agenda(String code) {
        return catalogue.agenda2030().element(code).orElseThrow(() -> new AssertionError("no element " + code));
    }

    @Test
    void unSdgApiFileSetsTheOfficialTextsAndASecondImportChangesNothing() {
        List<OfficialTextImport.Result> results = importer.importTexts(null, resource("un-sdg-api-es.json"), "es", false);
        assertEquals(1, results.size());
        OfficialTextImport.Result result = results.get(0);
        assertEquals("es", result.lang());
        assertEquals(List.of("1", "1.1", "1.a", "2", "2.1"), result.changed());
        assertEquals(0, result.unchanged());
        assertEquals(List.of(), result.unknownCodes());
        assertEquals(3, result.ignored(), "the three indicators");
        assertTrue(result.applied());

        assertEquals(new Text(ES_1_1, "es"), agenda("1.1").officialTitle("es"));
        assertEquals("Poner fin al hambre, lograr la seguridad alimentaria (prueba)", agenda("2").officialTitle("es").value());
        assertEquals("es", agenda("1.a").officialTitle("es").lang());
        // The reader of Spanish now sees the official text where Samråd has no Spanish title of its own ...
        assertEquals(new Text(ES_1_1, "es"), agenda("1.1").label("es"));
        // ... and the descriptions and indicators were not taken for anything.
        assertTrue(agenda("1.1").description("es").isEmpty());
        assertFalse(agenda("1.1").label("es").value().contains("umbral"));
        // Elements not in the file, and other languages, are untouched.
        assertFalse(agenda("1.2").texts().containsKey("es"));
        assertEquals("Utrota extrem fattigdom", agenda("1.1").label("sv").value());
        assertEquals("Eradicate extreme poverty", agenda("1.1").label("en").value());
        assertFalse(agenda("1.1").officialTitle("sv").value().contains("prueba"));
        // The Spanish text is searchable in Spanish.
        assertTrue(TargetSearch.matches(agenda("1.1"), "es", TargetSearch.words("erradicar pobreza")));
        assertFalse(TargetSearch.matches(agenda("1.1"), "sv", TargetSearch.words("erradicar")));

        OfficialTextImport.Result again = importer.importTexts(null, resource("un-sdg-api-es.json"), "es", false).get(0);
        assertEquals(List.of(), again.changed());
        assertEquals(5, again.unchanged());

        // A corrected text changes only that one element.
        String corrected = "[{\"code\":\"1\",\"title\":\"Poner fin a la pobreza en todas sus formas en todo el mundo (prueba)\","
                + "\"targets\":[{\"goal\":\"1\",\"code\":\"1.1\",\"title\":\"Meta 1.1 corregida (prueba)\"}]}]";
        OfficialTextImport.Result fix = importer.importTexts(null, corrected.getBytes(StandardCharsets.UTF_8), "es",
                false).get(0);
        assertEquals(List.of("1.1"), fix.changed());
        assertEquals(1, fix.unchanged());
        assertEquals("Meta 1.1 corregida (prueba)", agenda("1.1").officialTitle("es").value());
        assertEquals("Garantizar una movilización importante de recursos procedentes de diversas fuentes (prueba)",
                agenda("1.a").officialTitle("es").value());
    }

    @Test
    void importedTextsSurviveTheBuiltInDefinitionBeingAppliedAgain() {
        importer.importTexts(null, resource("un-sdg-api-es.json"), "nl", false);
        ChangeReport report = store.apply(builtIns.definition("agenda2030"), null);
        assertTrue(report.isEmpty(), report.toString());
        catalogue.reload();
        assertEquals(ES_1_1, agenda("1.1").officialTitle("nl").value());
        assertEquals("Utrota extrem fattigdom", agenda("1.1").label("sv").value());
    }

    @Test
    void openSdgYamlInTheGivenLanguageSetsOfficialTitlesAndShortNames() {
        OfficialTextImport.Result result = importer.importTexts(null, resource("open-sdg-fr.yml"), "fr", false).get(0);
        assertEquals("fr", result.lang());
        assertEquals(List.of("1", "2", "1.1", "1.a"), result.changed());
        assertEquals(List.of(), result.unknownCodes());
        assertEquals(1, result.ignored(), "the indicator 1-1-1");

        GoalElement goal1 = agenda("1");
        assertEquals(new Text("Éliminer la pauvreté sous toutes ses formes et partout dans le monde (essai)", "fr"),
                goal1.officialTitle("fr"));
        // A goal's label is its short name, not the long official title.
        assertEquals(new Text("Pas de pauvreté (essai)", "fr"), goal1.label("fr"));
        assertEquals(new Text("Faim « zéro » (essai)", "fr"), agenda("2").label("fr"));
        // A target's label is the official title; the indicator 1-1-1 did not overwrite target 1.1.
        assertEquals(new Text("D’ici à 2030, éliminer complètement l’extrême pauvreté dans le monde entier (essai)", "fr"),
                agenda("1.1").label("fr"));
        assertEquals("Garantir une mobilisation importante de ressources provenant de sources multiples (essai)",
                agenda("1.a").officialTitle("fr").value());
        assertTrue(catalogue.agenda2030().element("1.1.1").isEmpty());
        // Not in the file: the French reader gets Samråd's Swedish title, marked as Swedish.
        assertEquals(new Text("Halvera fattigdomen i alla dess former", "sv"), agenda("1.2").label("fr"));

        OfficialTextImport.Result again = importer.importTexts(null, resource("open-sdg-fr.yml"), "fr", false).get(0);
        assertEquals(List.of(), again.changed());
        assertEquals(4, again.unchanged());
    }

    @Test
    void openSdgJsonBuildNamesItsOwnLanguage() {
        List<OfficialTextImport.Result> results = importer.importTexts(null, resource("open-sdg-de.json"), null, false);
        assertEquals(1, results.size());
        assertEquals("de", results.get(0).lang());
        assertEquals(List.of("13", "13.1"), results.get(0).changed());
        assertEquals(new Text("Maßnahmen zum Klimaschutz (Test)", "de"), agenda("13").label("de"));
        assertEquals("Umgehend Maßnahmen zur Bekämpfung des Klimawandels und seiner Auswirkungen ergreifen (Test)",
                agenda("13").officialTitle("de").value());
        assertEquals(new Text("Die Widerstandskraft und die Anpassungsfähigkeit gegenüber klimabedingten Gefahren "
                + "stärken (Test)", "de"), agenda("13.1").officialTitle("de"));
        assertTrue(TargetSearch.matches(agenda("13"), "de", TargetSearch.words("klimaschutz")));
        assertFalse(agenda("13.2").officialTitle("de").value().contains("Indikator"));
    }

    @Test
    void aDryRunReportsChangesButStoresNothing() {
        OfficialTextImport.Result result = importer.importTexts(null, resource("un-sdg-api-es.json"), "it", true).get(0);
        assertEquals("it", result.lang());
        assertEquals(List.of("1", "1.1", "1.a", "2", "2.1"), result.changed());
        assertFalse(result.applied());
        assertFalse(agenda("1.1").texts().containsKey("it"));
        catalogue.reload();
        assertFalse(agenda("1.1").texts().containsKey("it"));
        assertFalse(agenda("1.1").officialTitle("it").value().contains("prueba"));
        assertEquals("sv", agenda("1.1").label("it").lang());

        // The real import afterwards still finds everything to change.
        OfficialTextImport.Result real = importer.importTexts(null, resource("un-sdg-api-es.json"), "it", false).get(0);
        assertEquals(5, real.changed().size());
        assertEquals(new Text(ES_1_1, "it"), agenda("1.1").officialTitle("it"));
    }

    @Test
    void unknownCodesAreReportedAndNothingIsCreated() {
        OfficialTextImport.Result result = importer.importTexts(null, resource("unknown-codes-pt.yml"), "pt", false).get(0);
        assertEquals(List.of("18", "18.1"), result.unknownCodes());
        assertEquals(List.of("1.2"), result.changed());
        Framework agenda = catalogue.agenda2030();
        assertTrue(agenda.element("18").isEmpty());
        assertTrue(agenda.element("18.1").isEmpty());
        assertEquals(17, agenda.goals().size());
        assertEquals(169, agenda.targetCount());
        assertTrue(agenda.elements().stream().noneMatch(e -> e.officialTitle("pt").value().contains("não existe")));
        assertTrue(agenda("1.2").officialTitle("pt").value().startsWith("Até 2030"));
    }

    @Test
    void badInputIsRefusedWithAnExplanation() {
        assertKey("goals.import.error.empty", new byte[0], "pt");
        assertKey("goals.import.error.format", "{\"1-title\": \"Fin de".getBytes(StandardCharsets.UTF_8), "pt");
        assertKey("goals.import.error.format", "[{\"code\": \"1\", \"title\": ".getBytes(StandardCharsets.UTF_8), "pt");
        assertKey("goals.import.error.format", "just a sentence".getBytes(StandardCharsets.UTF_8), "pt");
        assertKey("goals.import.error.format", "[\"1\", \"2\"]".getBytes(StandardCharsets.UTF_8), "pt");
        // A UN API file does not say which language it is in.
        assertKey("goals.import.error.language", resource("un-sdg-api-es.json"), null);
        assertKey("goals.import.error.language", resource("un-sdg-api-es.json"), "  ");
        // Nor does a flat Open SDG file.
        assertKey("goals.import.error.language", resource("open-sdg-fr.yml"), null);
        for (String bad : List.of("Spanish", "e", "es!", "12", "es-")) {
            assertKey("goals.import.error.language", resource("un-sdg-api-es.json"), bad);
        }
        assertKey("goals.import.error.nothing", "[]".getBytes(StandardCharsets.UTF_8), "pt");
        assertKey("goals.import.error.nothing", "{\"title\": \"x\", \"menu\": \"y\"}".getBytes(StandardCharsets.UTF_8), "pt");
        assertKey("goals.import.error.too-large", new byte[OfficialTextImport.MAX_BYTES + 1], "pt");
        // None of it stored anything in Portuguese beyond what the other test imports.
        assertFalse(agenda("1.1").texts().containsKey("pt"));
    }

    @Test
    void languageCodesFromFilesAreNormalised() {
        String content = "{\"zh_Hans\": {\"global_goals\": {\"7-short\": \"经济适用的清洁能源（测试）\"}}}";
        OfficialTextImport.Result result = importer.importTexts(null, content.getBytes(StandardCharsets.UTF_8), null,
                false).get(0);
        assertEquals("zh-Hans", result.lang());
        assertEquals(new Text("经济适用的清洁能源（测试）", "zh-Hans"), agenda("7").label("zh-Hans"));
    }

    private void assertKey(String key, byte[] content, String lang) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> importer.importTexts(null, content, lang, false), key + " for lang " + lang);
        assertEquals(key, e.messageKey(), "lang " + lang);
    }
}
