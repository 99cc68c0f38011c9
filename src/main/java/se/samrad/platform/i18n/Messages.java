package se.samrad.platform.i18n;

import jakarta.inject.Singleton;
import com.ibm.icu.util.ULocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The message bundles in {@code i18n/}: one {@code messages_<code>.properties} per language, UTF-8,
 * Swedish the reference. A language is offered as soon as its file exists; a key it lacks falls back to
 * Swedish. Every bundle names itself ({@code language.name}), its direction ({@code language.dir}) and the
 * locale of its dates and numbers ({@code language.locale}).
 */
@Singleton
public class Messages {

    public static final String REFERENCE = "sv";
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final String PATH = "i18n/messages_%s.properties";
    private static final Pattern ICU_ARGUMENT =
            Pattern.compile("\\{\\s*\\d+\\s*,\\s*(plural|selectordinal|select)\\s*,");

    private final Map<String, Properties> bundles = new LinkedHashMap<>();
    private final List<Language> languages;

    public Messages() {
        List<Language> found = new ArrayList<>();
        for (String code : candidateCodes()) {
            load(code).ifPresent(properties -> {
                bundles.put(code, properties);
                found.add(new Language(code, properties.getProperty("language.name", code),
                        "rtl".equals(properties.getProperty("language.dir")),
                        Locale.forLanguageTag(properties.getProperty("language.locale", code))));
            });
        }
        if (!bundles.containsKey(REFERENCE)) {
            throw new IllegalStateException("The Swedish reference bundle " + PATH.formatted(REFERENCE) + " is missing");
        }
        this.languages = Collections.unmodifiableList(found);
    }

    /** Offered languages: Swedish first, then the others in alphabetical order of their codes. */
    public List<Language> languages() {
        return languages;
    }

    public Optional<Language> language(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toLowerCase(Locale.ROOT);
        return languages.stream().filter(l -> l.code().equals(normalised)).findFirst();
    }

    public Language reference() {
        return language(REFERENCE).orElseThrow();
    }

    /** The message for {@code key} in {@code language}, with {@code {0}}-style arguments filled in. */
    public String get(Language language, String key, Object... args) {
        String pattern = bundles.get(language.code()).getProperty(key);
        if (pattern == null) {
            pattern = bundles.get(REFERENCE).getProperty(key);
        }
        if (pattern == null) {
            LOG.warn("Missing message key {}", key);
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        if (isIcu(pattern)) {
            return new com.ibm.icu.text.MessageFormat(pattern, icuLocale(language)).format(args);
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /**
     * Whether a message uses ICU's plural or select syntax ({@code {0, plural, one{# röst} other{# röster}}}),
     * formatted with ICU4J's MessageFormat and the language's CLDR plural rules (Arabic has six forms, Swedish
     * two); other messages keep the JDK's MessageFormat.
     */
    public static boolean isIcu(String pattern) {
        return ICU_ARGUMENT.matcher(pattern).find();
    }

    /** The language's locale for ICU, with the digits 0-9 as the JDK writes them in every language. */
    public static ULocale icuLocale(Language language) {
        return ULocale.forLocale(language.locale()).setKeywordValue("numbers", "latn");
    }

    public boolean has(String key) {
        return bundles.get(REFERENCE).containsKey(key);
    }

    /** All keys and texts of one bundle (for the completeness test and tools). */
    public Map<String, String> bundle(String code) {
        Map<String, String> copy = new LinkedHashMap<>();
        Properties properties = bundles.get(code);
        if (properties != null) {
            properties.stringPropertyNames().forEach(k -> copy.put(k, properties.getProperty(k)));
        }
        return copy;
    }

    private static List<String> candidateCodes() {
        List<String> codes = new ArrayList<>();
        codes.add(REFERENCE);
        // Every ISO 639 code is tried, so adding a bundle file is all it takes to offer a language.
        List<String> others = new ArrayList<>(List.of(Locale.getISOLanguages()));
        others.add("se"); // Northern Sami, in case the JDK list lacks it
        others.stream().distinct().sorted().filter(c -> !c.equals(REFERENCE)).forEach(codes::add);
        return codes;
    }

    private static Optional<Properties> load(String code) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(PATH.formatted(code))) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundle for " + code, e);
        }
    }
}
