package se.samrad.platform.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PagesAndLanguagesTest extends IntegrationTest {

    @Inject EmbeddedServer server;

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/accessibility", "/privacy", "/no-such-page"})
    void everyPageHasTheAccessibleFrame(String path) {
        WebClient.Response response = client().get(path);
        assertTrue(response.header("Content-Type").contains("charset=utf-8"), response.header("Content-Type"));
        Document page = Jsoup.parse(response.body());
        assertEquals(1, page.select("h1").size(), "one h1");
        assertEquals("#main", page.selectFirst("a.skip-link").attr("href"));
        assertNotNull(page.selectFirst("main#main"));
        assertNotNull(page.selectFirst("header"));
        assertNotNull(page.selectFirst("footer a[href=/accessibility]"));
        assertNotNull(page.selectFirst("footer a[href=/privacy]"));
        assertEquals(6, page.select("nav.languages a[hreflang]").size(), "switcher offers sv, en, ar, fa, fi and so");
        assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @ParameterizedTest
    @CsvSource({"sv,ltr,Logga in", "en,ltr,Sign in", "ar,rtl,تسجيل الدخول", "fa,rtl,ورود", "fi,ltr,Kirjaudu sisään", "so,ltr,Gal"})
    void languageParameterSetsLangDirAndText(String lang, String dir, String heading) {
        Document page = Jsoup.parse(client().get("/login?lang=" + lang).body());
        assertEquals(lang, page.selectFirst("html").attr("lang"));
        assertEquals(dir, page.selectFirst("html").attr("dir"));
        assertEquals(heading, page.selectFirst("h1").text());
        assertEquals("true", page.selectFirst("nav.languages a[hreflang=" + lang + "]").attr("aria-current"));
    }

    @Test
    void chosenLanguageIsRememberedInACookie() {
        WebClient browser = client();
        browser.get("/?lang=ar");
        assertEquals("ar", browser.cookie("samrad_lang"));
        Document page = Jsoup.parse(browser.get("/privacy").body());
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("/privacy?lang=en", page.selectFirst("nav.languages a[hreflang=en]").attr("href"));
    }

    @Test
    void browserLanguageIsTheDefaultAndSwedishTheFallback() {
        assertEquals("en", lang(client().acceptLanguage("en-GB,en;q=0.9,sv;q=0.5")));
        assertEquals("ar", lang(client().acceptLanguage("ar-SE, sv;q=0.8")));
        assertEquals("fa", lang(client().acceptLanguage("fa-IR,fa;q=0.9,en;q=0.5")));
        assertEquals("fa", lang(client().acceptLanguage("fa-AF")));
        assertEquals("sv", lang(client().acceptLanguage("de-DE, fr;q=0.8")));
        assertEquals("sv", lang(client().acceptLanguage("garbage;;;q=x")));
    }

    @Test
    void unknownPagesAnswer404InTheChosenLanguageAndJsonForTheApi() {
        WebClient.Response page = client().get("/finns-inte?lang=en");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Page not found"));
        WebClient.Response api = client().getJson("/api/v1/finns-inte");
        assertEquals(404, api.status());
        assertTrue(api.body().contains("\"error\":\"error.not-found\""), api.body());
    }

    @Test
    void healthReportsTheStatusOnlyToAnonymousCallers() {
        WebClient.Response health = client().getJson("/health");
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"status\":\"UP\""));
        // The database's product and version only for platform admins (HealthEndpointTest).
        assertTrue(!health.body().contains("MariaDB"), health.body());
        assertTrue(!health.body().contains("jdbc:"), "no connection details");
    }

    @Test
    void staticAssetsAreServed() {
        WebClient.Response css = client().get("/static/css/samrad.css");
        assertEquals(200, css.status());
        assertTrue(css.body().contains("margin-inline"));
        assertEquals(200, client().get("/static/js/samrad.js").status());
    }

    private String lang(WebClient client) {
        return Jsoup.parse(client.get("/").body()).selectFirst("html").attr("lang");
    }
}
