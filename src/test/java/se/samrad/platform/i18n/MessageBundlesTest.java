package se.samrad.platform.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every bundle is complete against Swedish, keeps its placeholders and layout, and describes itself. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private final Messages messages = new Messages();

    @Test
    void swedishEnglishArabicPersianFinnishAndSomaliAreOffered() {
        List<String> codes = messages.languages().stream().map(Language::code).toList();
        assertEquals("sv", codes.get(0), "Swedish first");
        assertTrue(codes.containsAll(List.of("sv", "en", "ar", "fa", "fi", "so")), codes.toString());
        assertEquals("Soomaali", messages.language("so").orElseThrow().nativeName());
        assertTrue(!messages.language("so").orElseThrow().rtl());
        assertEquals("suomi", messages.language("fi").orElseThrow().nativeName());
        assertTrue(!messages.language("fi").orElseThrow().rtl());
        assertTrue(messages.language("ar").orElseThrow().rtl());
        assertTrue(!messages.language("en").orElseThrow().rtl());
        Language fa = messages.language("fa").orElseThrow();
        assertTrue(fa.rtl());
        assertEquals("فارسی", fa.nativeName());
        assertEquals("fa", fa.locale().getLanguage());
    }

    /**
     * Numbers filled into messages use the digits 0-9 in every language (as the JDK's Arabic does): the same
     * locale formats numbers in templates, where they become ids, classes and form values.
     */
    @Test
    void numbersInMessagesUseWesternDigits() {
        for (Language language : messages.languages()) {
            String text = messages.get(language, "workshop.count-percent", 1234, 56);
            assertTrue(text.contains("1") && text.contains("234") && text.contains("56"), language.code() + ": " + text);
            assertTrue(text.chars().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9')),
                    language.code() + " writes other digits: " + text);
        }
    }

    /** Every bundle lists the Swedish keys in the Swedish order, with blank and comment lines in the same places. */
    @Test
    void everyBundleFollowsTheSwedishLayout() throws IOException {
        List<String> reference = layout(Messages.REFERENCE);
        StringBuilder problems = new StringBuilder();
        for (Language language : messages.languages()) {
            List<String> lines = layout(language.code());
            for (int i = 0; i < Math.max(reference.size(), lines.size()); i++) {
                String want = i < reference.size() ? reference.get(i) : "(end of file)";
                String got = i < lines.size() ? lines.get(i) : "(end of file)";
                if (!want.equals(got)) {
                    problems.append(language.code()).append(" line ").append(i + 1).append(": ").append(got)
                            .append(" where Swedish has ").append(want).append('\n');
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    /** A template that asks for a key no bundle has shows the key itself (as workshop.respondents did). */
    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Pattern named = Pattern.compile("\\bt\\(\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");
        Set<String> missing = new TreeSet<>();
        java.nio.file.Path views = java.nio.file.Path.of("src/main/resources/views");
        try (var files = java.nio.file.Files.walk(views)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                Matcher m = named.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    if (!messages.has(m.group(1))) {
                        missing.add(m.group(1) + " in " + views.relativize(file));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyBundleHasEveryKeyOfTheSwedishOne() {
        Map<String, String> reference = messages.bundle(Messages.REFERENCE);
        StringBuilder problems = new StringBuilder();
        for (Language language : messages.languages()) {
            Map<String, String> bundle = messages.bundle(language.code());
            Set<String> missing = new TreeSet<>(reference.keySet());
            missing.removeAll(bundle.keySet());
            if (!missing.isEmpty()) {
                problems.append(language.code()).append(" lacks ").append(missing).append('\n');
            }
            Set<String> extra = new TreeSet<>(bundle.keySet());
            extra.removeAll(reference.keySet());
            if (!extra.isEmpty()) {
                problems.append(language.code()).append(" has keys Swedish lacks ").append(extra).append('\n');
            }
            bundle.forEach((key, text) -> {
                if (text.isBlank()) {
                    problems.append(language.code()).append(" has an empty ").append(key).append('\n');
                }
                if (reference.containsKey(key) && !placeholders(reference.get(key)).equals(placeholders(text))) {
                    problems.append(language.code()).append(" changes the placeholders of ").append(key).append('\n');
                }
                if (text.contains("{")) {
                    try {
                        if (Messages.isIcu(text)) {
                            new com.ibm.icu.text.MessageFormat(text, Messages.icuLocale(language));
                        } else {
                            new MessageFormat(text, language.locale());
                        }
                    } catch (IllegalArgumentException e) {
                        problems.append(language.code()).append(" has a broken pattern in ").append(key).append('\n');
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    /**
     * Every plural argument offers each form its language's plural rules need (CLDR: Swedish, English, Finnish,
     * Persian and Somali one and other; Arabic zero, one, two, few, many and other), so that no count reads "1
     * röster"; and a Swedish plural message is a plural message in every language.
     */
    @Test
    void everyPluralMessageHasTheFormsItsLanguageNeeds() {
        Map<String, String> reference = messages.bundle(Messages.REFERENCE);
        StringBuilder problems = new StringBuilder();
        int plurals = 0;
        for (Language language : messages.languages()) {
            Set<String> needed = PluralRules.forLocale(Messages.icuLocale(language)).getKeywords();
            for (Map.Entry<String, String> entry : messages.bundle(language.code()).entrySet()) {
                String key = entry.getKey();
                if (Messages.isIcu(reference.getOrDefault(key, "")) && !Messages.isIcu(entry.getValue())) {
                    problems.append(language.code()).append(' ').append(key).append(" is not a plural message\n");
                }
                if (!Messages.isIcu(entry.getValue())) {
                    continue;
                }
                for (Set<String> offered : pluralSelectors(entry.getValue())) {
                    plurals++;
                    Set<String> missing = new TreeSet<>(needed);
                    missing.removeAll(offered);
                    if (!missing.isEmpty()) {
                        problems.append(language.code()).append(' ').append(key).append(" lacks the plural forms ")
                                .append(missing).append('\n');
                    }
                }
            }
        }
        assertTrue(plurals > 0, "the bundles have plural messages");
        assertEquals(Set.of("zero", "one", "two", "few", "many", "other"),
                PluralRules.forLocale(Messages.icuLocale(messages.language("ar").orElseThrow())).getKeywords());
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    @Test
    void countsAgreeWithTheirNumberInSwedishEnglishAndArabic() {
        Language sv = messages.reference();
        Language en = messages.language("en").orElseThrow();
        Language ar = messages.language("ar").orElseThrow();
        assertEquals("1 röst", messages.get(sv, "workshop.votes.plural", 1));
        assertEquals("2 röster", messages.get(sv, "workshop.votes.plural", 2));
        assertEquals("1 vote", messages.get(en, "workshop.votes.plural", 1));
        assertEquals("1 person has answered. 3 people have started but not sent.",
                messages.get(en, "dialogue.results.respondents.plural", 1, 3));
        assertEquals("Inga mål", messages.get(sv, "goals.goal-count.plural", 0));
        String many = messages.get(sv, "workshop.votes.plural", 1234);
        assertTrue(many.matches("1[\u00a0\u202f ]234 röster"), many);
        // Arabic: six forms, each its own words, the digits 0-9 as everywhere else
        List<String> arabic = java.util.stream.Stream.of(0, 1, 2, 3, 11, 100)
                .map(n -> messages.get(ar, "workshop.votes.plural", n)).toList();
        assertEquals(6, Set.copyOf(arabic).size(), arabic.toString());
        assertEquals("صوت واحد", arabic.get(1));
        assertEquals("صوتان", arabic.get(2));
        assertEquals("11 صوتًا", arabic.get(4));
        assertEquals("100 صوت", arabic.get(5));
    }

    /** The counts that read "1 intressenter hittades" or "Kopplat till 1 delmål" in a plain message now agree. */
    @Test
    void searchHitsMappingsAndRelevanceCountsAgreeWithTheirNumber() {
        Language sv = messages.reference();
        Language en = messages.language("en").orElseThrow();
        Language ar = messages.language("ar").orElseThrow();
        assertEquals("1 intressent hittades", messages.get(sv, "stakeholder.find.hits.plural", 1));
        assertEquals("3 intressenter hittades", messages.get(sv, "stakeholder.find.hits.plural", 3));
        assertEquals("1 stakeholder found", messages.get(en, "stakeholder.find.hits.plural", 1));
        assertEquals("Inga exempel", messages.get(sv, "library.results.count.plural", 0));
        assertEquals("1 example", messages.get(en, "library.results.count.plural", 1));
        assertEquals("12 examples", messages.get(en, "library.results.count.plural", 12));
        assertEquals("Linked to 1 target", messages.get(en, "goals.mapping-count.plural", 1));
        assertEquals("Linked to 4 targets", messages.get(en, "goals.mapping-count.plural", 4));
        assertEquals("1 vald", messages.get(sv, "goals.picker.chosen.plural", 1));
        assertEquals("2 valda", messages.get(sv, "goals.picker.chosen.plural", 2));
        assertEquals("relevant för 1 av 1 enhet", messages.get(sv, "relevance.evidence.relevant-units.plural", 1, 1));
        assertEquals("relevant to 2 of 5 units", messages.get(en, "relevance.evidence.relevant-units.plural", 2, 5));
        assertEquals("1 svar från invånare, 1 intressent, 0 från workshoppar",
                messages.get(sv, "relevance.result.voices.text.plural", 1, 1, 0));
        assertEquals("2 answers from residents, 3 stakeholders, 4 from workshops",
                messages.get(en, "relevance.result.voices.text.plural", 2, 3, 4));
        assertEquals("1 answer from residents spoke to this target.", messages.get(en, "relevance.public.voices.plural", 1));
        assertEquals("1 rad har fel: ingenting importerades", messages.get(sv, "stakeholder.import.has-errors.plural", 1));
        assertEquals("1 kod, varav 0 använda", messages.get(sv, "dialogue.staff.codes.counts.plural", 1, 0));
        assertEquals("5 koder, varav 2 använda", messages.get(sv, "dialogue.staff.codes.counts.plural", 5, 2));
        assertEquals("Raden går att importera.", messages.get(sv, "library.import.report.ok.plural", 1));
        assertEquals("1 av 1 rad har fel. Inget har sparats.", messages.get(sv, "library.import.report.errors.plural", 1, 1));
        assertEquals("Give the most important number 1. You can rank up to 1 option and leave the rest.",
                messages.get(en, "dialogue.ranking.hint.plural", 1));
        assertEquals("The agreed levels are saved as the unit's relevance for 1 target.",
                messages.get(en, "workshop.relevance.sent.plural", 1));
        // Arabic: one, two, few (3-10), many (11-99) and other (100) each their own words
        for (String key : List.of("library.results.count.plural", "stakeholder.find.hits.plural", "goals.mapping-count.plural",
                "goals.picker.status.plural", "relevance.public.voices.plural", "library.import.report.imported.plural",
                "dialogue.ranking.hint.plural", "dialogue.staff.translations.export-text.plural", "workshop.relevance.sent.plural")) {
            List<String> arabic = java.util.stream.Stream.of(1, 2, 3, 11, 100).map(n -> messages.get(ar, key, n)).toList();
            assertEquals(5, Set.copyOf(arabic).size(), key + ": " + arabic);
            assertTrue(arabic.get(2).contains("3") && arabic.get(3).contains("11") && arabic.get(4).contains("100"),
                    key + " writes the number with the digits 0-9: " + arabic);
        }
    }

    /** What a script counting in the page gets: each form with {0} for the number and the text around it. */
    @Test
    void pluralFormsForScriptsKeepTheTextAroundTheCount() {
        Language sv = messages.reference();
        Language ar = messages.language("ar").orElseThrow();
        PluralForms swedish = new PluralForms(messages, sv, io.micronaut.json.JsonMapper.createDefault());
        assertEquals(Map.of("one", "{0} vald", "other", "{0} valda"), swedish.forms("goals.picker.chosen.plural"));
        assertEquals("{\"=0\":\"Inga träffar\",\"one\":\"{0} träff\",\"other\":\"{0} träffar\"}",
                swedish.json("goals.picker.status.plural"));
        assertEquals("relevant för {0} av {1} enheter", swedish.forms("relevance.evidence.relevant-units.plural").get("other"),
                "the plural argument is {1}; the text before it keeps {0}");
        assertEquals(Set.of("zero", "one", "two", "few", "many", "other"),
                new PluralForms(messages, ar, io.micronaut.json.JsonMapper.createDefault()).forms("library.results.count.plural").keySet());
        assertEquals("{}", swedish.json("goals.picker.matches"), "a message without plural has no forms");
    }

    @Test
    void missingKeysFallBackToSwedishAndArgumentsAreFilledIn() {
        Language en = messages.language("en").orElseThrow();
        assertEquals("no.such.key", messages.get(en, "no.such.key"));
        assertTrue(messages.get(en, "home.staff.title", "Alva").contains("Alva"));
    }

    /** The key of each line, "#" for a comment and "" for a blank line. */
    private static List<String> layout(String code) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader()
                .getResourceAsStream("i18n/messages_" + code + ".properties")) {
            assertNotNull(in, code);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.isBlank() ? "" : line.startsWith("#") ? "#" : line.split("=", 2)[0].strip())
                    .toList();
        }
    }

    /** The selectors of each plural argument in an ICU message (nested arguments each on their own). */
    private static List<Set<String>> pluralSelectors(String text) {
        MessagePattern pattern = new MessagePattern(text);
        List<Set<String>> found = new java.util.ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> selectors = new TreeSet<>();
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part inner = pattern.getPart(j);
                if (inner.getType() == MessagePattern.Part.Type.ARG_START) {
                    j = pattern.getLimitPartIndex(j);
                } else if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    selectors.add(pattern.getSubstring(inner));
                }
            }
            found.add(selectors);
        }
        return found;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
