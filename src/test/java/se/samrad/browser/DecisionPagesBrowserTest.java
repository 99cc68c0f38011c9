package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import se.samrad.consequence.AlternativeCommand;
import se.samrad.consequence.AlternativeRow;
import se.samrad.consequence.CaseCommand;
import se.samrad.consequence.CaseRow;
import se.samrad.consequence.Cases;
import se.samrad.consequence.DecisionActions;
import se.samrad.consequence.DecisionCommand;
import se.samrad.consequence.Decisions;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.AxePages;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * axe-core finds no WCAG 2.2 AA violation on the decision's pages in every offered language: the public "you said,
 * we did" page (without signing in, with an Arabic translation and untranslated text falling back to Swedish),
 * then the decision, its form and its translation form as staff see them.
 */
@MicronautTest(transactional = false)
class DecisionPagesBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Cases cases;
    @Inject Decisions decisions;
    @Inject GoalCatalogue catalogue;

    ChromeDriver driver;
    Account admin;
    long kase;
    String feedback;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Beslutskommun");
        admin = fixtures.account(org, Role.ORG_ADMIN, Role.ANALYST);
        var actor = directory.toUser(admin);
        long target = catalogue.element("agenda2030", "12.3", null).id();
        CaseRow row = cases.create(actor, new CaseCommand("Minska matsvinnet", "Bakgrund", "Kommunstyrelsen",
                "2027-03-01", null, "", "", "", ""), List.of(target), "Vi gör ingenting");
        kase = row.id();
        AlternativeRow alt = cases.addAlternative(actor, row, new AlternativeCommand("Portionsvågar", "", "150000",
                "", "", "0,5", "1", "Snabb effekt"));
        decisions.record(actor, row, new DecisionCommand("2027-03-15", "Kommunstyrelsen", Long.toString(alt.id()),
                "§ 112", "Vågarna minskar svinnet snabbt och kostar lite."), List.of(
                new DecisionActions.Input("Vågar i alla skolkök", "", "2027-06-30", Set.of()),
                new DecisionActions.Input("Redovisa svinnet varje halvår", "", "", Set.of())));
        Decisions.Decided decided = decisions.of(row).orElseThrow();
        decisions.translate(actor, decided, Map.of("ar", Map.of("WHY", "الموازين تقلل الهدر بسرعة.")));
        feedback = "/feedback/" + decided.row().publicKey();
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theFeedbackPageAndTheDecisionPagesAreFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.check(List.of(feedback));
        pages.signIn(admin.email());
        String base = "/consequence/cases/" + kase + "/decision";
        pages.check(List.of(base, base + "/edit", base + "/translations"));
        pages.assertNone();
    }
}
