package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.indicator.AreaCommand;
import se.samrad.indicator.ComparisonAreas;
import se.samrad.indicator.Direction;
import se.samrad.indicator.IndicatorCommand;
import se.samrad.indicator.IndicatorValues;
import se.samrad.indicator.Indicators;
import se.samrad.indicator.TargetCommand;
import se.samrad.indicator.ValueOrigin;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.AxePages;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** axe-core finds no WCAG 2.2 AA violation on the indicator and follow-up pages, in every offered language. */
@MicronautTest(transactional = false)
class IndicatorPagesBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject OrganisationService organisations;
    @Inject Indicators indicators;
    @Inject IndicatorValues indicatorValues;
    @Inject ComparisonAreas comparisonAreas;
    @Inject Dialogues dialogues;

    /** A slow Kolada with endless pages while the test runs, so a fetch stays running and its progress shows. */
    static final CountDownLatch KOLADA_SILENT = new CountDownLatch(1);
    static final HttpServer KOLADA = silentKolada();

    ChromeDriver driver;
    Account admin;
    Organisation org;
    long indicator;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        org = fixtures.organisation("Nyckeltalskommun");
        admin = fixtures.account(org, Role.ORG_ADMIN, Role.FACILITATOR);
        var actor = directory.toUser(admin);
        OrgUnit unit = organisations.createUnit(actor, "Miljöförvaltningen", UnitKind.ADMINISTRATION, null);
        indicator = indicators.create(actor, new IndicatorCommand("Matsvinn i skolans måltider", "", "Gram per portion",
                "g/portion", Direction.LOWER, "Egen mätning", "Minskat matsvinn", "Hållbarhetsprogram 2030",
                Long.toString(unit.id()), "2018", false)).id();
        comparisonAreas.configure(actor, "1980", true);
        comparisonAreas.add(actor, new AreaCommand("1984", "Arboga"));
        List<IndicatorValues.Entry> entries = new ArrayList<>();
        double[] own = {62, 60, 61, 64, 66};
        for (int i = 0; i < own.length; i++) {
            entries.add(new IndicatorValues.Entry(indicator, "OWN", 2018 + i, "T", own[i]));
            entries.add(new IndicatorValues.Entry(indicator, "0000", 2018 + i, "T", 50 - i));
            entries.add(new IndicatorValues.Entry(indicator, "1984", 2018 + i, "T", 55 - i));
        }
        indicatorValues.write(actor, entries, ValueOrigin.MANUAL, "browser test");
        indicators.setTarget(actor, indicator, new TargetCommand("2030", "40", "Halverat"));
        indicators.create(actor, new IndicatorCommand("Utsläpp av växthusgaser", "N00401", "", "ton/inv",
                Direction.LOWER, "Kolada", "", "", "", "", false));
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.kolada.base-url", "http://127.0.0.1:" + KOLADA.getAddress().getPort() + "/v3");
    }

    static HttpServer silentKolada() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // every page comes after 20 s and names a next one, until the test ends (then 503)
            server.createContext("/", exchange -> {
                boolean ended = false;
                try {
                    ended = KOLADA_SILENT.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = ("{\"count\":0,\"values\":[],\"next_url\":\"http://127.0.0.1:"
                        + server.getAddress().getPort() + "/v3/next\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(ended ? 503 : 200, ended ? -1 : body.length);
                if (!ended) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
        KOLADA_SILENT.countDown();
        KOLADA.stop(0);
    }

    @Test
    void everyIndicatorPageIsFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.signIn(admin.email());
        // the fetch from Kolada starts with the button and shows its progress while Kolada is silent
        driver.get(server.getURI().resolve("/indicators/import").toString());
        driver.findElement(By.cssSelector("form[action='/indicators/import/fetch'] button")).click();
        // the form's post must have landed on the progress page before the next page is asked for, or its answer
        // can arrive after and replace that page
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().endsWith("/indicators/import/fetch"));
        String page = "/indicators/" + indicator;
        // a dialogue started from the indicator shows residents its chart and table on its first page
        driver.get(server.getURI().resolve(page).toString());
        driver.findElement(By.cssSelector("form[action$='/start/dialogue'] button")).click();
        long dialogueId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/dialogues/(\\d+).*", "$1"));
        String dialogue = "/d/" + dialogues.changeState(directory.toUser(admin), dialogueId, DialogueState.OPEN)
                .publicKey();
        pages.check(List.of(dialogue));
        pages.check(List.of("/indicators", "/indicators/new", page, page + "/edit", page + "/goals", "/indicators/import",
                "/indicators/kolada?q=matsvinn", "/indicators/follow-up", "/indicators/deviations",
                "/follow-up/" + org.id(), "/indicators/import/fetch"));
        pages.assertNone();
    }
}
