package se.samrad.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageResolverTest {

    private final LanguageResolver resolver = new LanguageResolver(new Messages());

    private Optional<String> chosen(String header) {
        return resolver.fromAcceptLanguage(header).map(Language::code);
    }

    @Test
    void theBrowsersFirstLanguageWeHaveWins() {
        assertEquals(Optional.of("en"), chosen("de-DE, en-GB;q=0.8, sv;q=0.5"));
        assertEquals(Optional.of("ar"), chosen("ar-SE"));
        assertEquals(Optional.of("sv"), chosen("en;q=0, sv;q=0.1"), "weight 0 means not wanted");
        assertEquals(Optional.empty(), chosen("de, ja"));
        assertEquals(Optional.empty(), chosen("not a header;;;"));
        assertEquals(Optional.empty(), chosen(null));
    }

    @Test
    void dariAndIranianPersianAreReadInPersian() {
        assertEquals(Optional.of("fa"), chosen("prs-AF, en;q=0.5"), "Dari, as browsers in Afghanistan send it");
        assertEquals(Optional.of("fa"), chosen("pes"));
        assertEquals(Optional.of("ar"), chosen("arb"));
    }
}
