package se.samrad.platform.i18n;

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
                        new MessageFormat(text, language.locale());
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

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
