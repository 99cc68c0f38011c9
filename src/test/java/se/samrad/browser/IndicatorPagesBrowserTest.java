package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
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

import java.util.ArrayList;
import java.util.List;

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
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyIndicatorPageIsFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.signIn(admin.email());
        String page = "/indicators/" + indicator;
        pages.check(List.of("/indicators", "/indicators/new", page, page + "/edit", page + "/goals", "/indicators/import",
                "/indicators/kolada?q=matsvinn", "/indicators/follow-up", "/indicators/deviations",
                "/follow-up/" + org.id()));
        pages.assertNone();
    }
}
