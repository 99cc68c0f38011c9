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
import se.samrad.consequence.Cells;
import se.samrad.consequence.DecisionActions;
import se.samrad.consequence.DecisionCommand;
import se.samrad.consequence.Decisions;
import se.samrad.consequence.Horizon;
import se.samrad.consequence.Rating;
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
 * axe-core finds no WCAG 2.2 AA violation on the consequence assessment's pages, in every offered language: the
 * list, the case form, a case with an alternative, an assessment with two disagreeing views and a settled cell,
 * the SKR matrix and the history; then the recorded decision, its form and its translation form, and the public
 * "you said, we did" page without signing in (with an Arabic translation and untranslated text falling back to
 * Swedish).
 */
@MicronautTest(transactional = false)
class ConsequencePagesBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Cases cases;
    @Inject Cells cells;
    @Inject Decisions decisions;
    @Inject GoalCatalogue catalogue;

    ChromeDriver driver;
    Account admin;
    long kase;
    long alternative;
    long doNothing;
    String feedback;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Konsekvenskommun");
        admin = fixtures.account(org, Role.ORG_ADMIN, Role.ANALYST);
        Account other = fixtures.account(org, Role.ANALYST);
        var actor = directory.toUser(admin);
        long target = catalogue.element("agenda2030", "12.3", null).id();
        CaseRow row = cases.create(actor, new CaseCommand("Minska matsvinnet", "Bakgrund", "Kommunstyrelsen",
                "2027-03-01", null, "", "", "", ""), List.of(target), "Vi gör ingenting");
        kase = row.id();
        AlternativeRow alt = cases.addAlternative(actor, row, new AlternativeCommand("Portionsvågar", "", "150000",
                "", "", "0,5", "1", "Snabb effekt"));
        alternative = alt.id();
        doNothing = cases.alternatives(row).get(0).id();
        cells.saveViews(actor, row, alt, Horizon.SHORT, List.of(new Cells.Entry("T" + target,
                Rating.CLEARLY_POSITIVE, "Mindre svinn", ""), new Cells.Entry("SOCIAL", Rating.NEUTRAL, "", "")));
        cells.saveViews(directory.toUser(other), row, alt, Horizon.SHORT, List.of(new Cells.Entry("T" + target,
                Rating.UNCERTAIN, "Beror på", "")));
        cells.settle(actor, row, alt, Horizon.SHORT, "SOCIAL", Rating.NEUTRAL, "Ingen skillnad");
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
    void everyConsequencePageIsFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.signIn(admin.email());
        String base = "/consequence/cases/" + kase;
        pages.check(List.of("/consequence", "/consequence/new", base, base + "/edit", base + "/alternatives/new",
                base + "/alternatives/" + alternative, base + "/assess/" + alternative + "/short", base + "/matrix",
                base + "/history", base + "/prioritisation", base + "/basis", "/consequence/prioritisation",
                base + "/assess/" + doNothing + "/long", base + "/decision", base + "/decision/edit",
                base + "/decision/translations"));
        pages.signOut();
        pages.check(List.of(feedback));
        pages.assertNone();
    }
}
