package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import se.samrad.goals.Framework;
import se.samrad.goals.OwnGoals;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The target picker counts the targets ticked in the browser in the form the number takes in the page's language,
 * as the server writes it: "1 vald", "2 valda"; Finnish "1 valittu", "2 valittua"; English "1 chosen".
 */
@MicronautTest(transactional = false)
class PickerCountBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject OwnGoals ownGoals;

    ChromeDriver driver;
    Account facilitator;
    Framework vision;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Räknekommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        var actor = directory.toUser(facilitator);
        vision = ownGoals.createFramework(actor, Map.of("sv", "Vision 2040", "en", "Vision 2040"), Map.of());
        ownGoals.addElement(actor, vision.key(), null, null, Map.of("sv", "Omställning", "en", "Transition"), Map.of());
        ownGoals.addElement(actor, vision.key(), "1", null, Map.of("sv", "Hållbara resor", "en", "Sustainable travel"),
                Map.of());
        Browser.signIn(driver, server.getURI(), facilitator.email());
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theChosenCountAgreesWithItsNumberAsTargetsAreTicked() {
        record Case(String lang, String none, String one, String two) { }
        for (Case c : List.of(new Case("sv", "0 valda", "1 vald", "2 valda"), new Case("fi", "0 valittua", "1 valittu", "2 valittua"),
                new Case("en", "0 chosen", "1 chosen", "2 chosen"))) {
            driver.get(server.getURI().resolve("/goals/" + vision.key() + "/1.1?lang=" + c.lang()).toString());
            assertEquals(c.none(), chosen(), c + ": as the server wrote it");
            tick(0);
            assertEquals(c.one(), chosen(), c + ": one ticked");
            tick(1);
            assertEquals(c.two(), chosen(), c + ": two ticked");
        }
    }

    private void tick(int index) {
        driver.executeScript("document.querySelectorAll('.target-picker__option input[type=checkbox]')[arguments[0]].click();", index);
    }

    private String chosen() {
        return driver.findElement(By.cssSelector("[data-picker-chosen]")).getText();
    }
}
