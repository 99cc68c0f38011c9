package se.samrad.platform.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every bundle is complete against Swedish, keeps its placeholders, and describes itself. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private final Messages messages = new Messages();

    @Test
    void swedishEnglishAndArabicAreOffered() {
        List<String> codes = messages.languages().stream().map(Language::code).toList();
        assertEquals("sv", codes.get(0), "Swedish first");
        assertTrue(codes.containsAll(List.of("sv", "en", "ar")), codes.toString());
        assertTrue(messages.language("ar").orElseThrow().rtl());
        assertTrue(!messages.language("en").orElseThrow().rtl());
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

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
