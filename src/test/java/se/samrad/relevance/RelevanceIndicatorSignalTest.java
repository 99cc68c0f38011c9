package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.Account;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An indicator moving away from its target value raises a candidate's score, and the evidence panel says its
 * status in words, in every language: the relevance assessment reads the indicator's typed status through
 * {@code goals.evidence}, never words of a label (issue 19).
 */
@MicronautTest(transactional = false)
class RelevanceIndicatorSignalTest extends RelevanceIntegrationTest {

    final Messages messages = new Messages();

    Account analyst;
    OrgUnit unit;
    GoalElement t41;
    long round;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Signalby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        unit = organisations.createUnit(accounts.toUser(admin), "Skola", UnitKind.ADMINISTRATION, null);
        t41 = catalogue.element("agenda2030", "4.1", null);
        WebClient client = signedIn(analyst);
        String location = client.post("/indicators/new", "title", "Avhopp från gymnasiet", "unit", "%",
                "direction", "LOWER", "keyword", "Avhopp", "baselineYear", "2015").expect(303).location();
        long indicator = Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
        for (String[] v : new String[][] {{"2015", "10"}, {"2018", "12"}, {"2021", "14"}}) {
            client.post("/indicators/" + indicator + "/values", "series", "OWN", "year", v[0], "value", v[1])
                    .expect(303);
        }
        client.post("/indicators/" + indicator + "/targets", "targetYear", "2030", "targetValue", "5").expect(303);
        client.post("/indicators/" + indicator + "/goals", "targets", Long.toString(t41.id())).expect(303);
        round = roundAt(client.post("/relevance/new", Map.of("year", "2026", "title", "Omgång",
                "units", unit.id(), "deadline", "2026-06-01")).expect(303).location());
        client.post("/relevance/rounds/" + round + "/units/" + unit.id() + "/goals/" + t41.parentId(),
                Map.of("e" + t41.id() + "-relevance", "HIGH", "action", "save")).expect(303);
    }

    @Test
    void theSignalCountsAndIsSaidInEveryLanguage() {
        for (Language language : messages.languages()) {
            WebClient client = signedIn(analyst).acceptLanguage(language.code());
            Document result = client.page("/relevance/rounds/" + round + "/result");
            Element candidate = result.select("table[aria-labelledby=candidates-heading] tbody tr").stream()
                    .filter(tr -> tr.selectFirst("th").text().startsWith("4.1 ")).findFirst().orElseThrow();
            String said = messages.get(language, "relevance.score.signal.MOVING_AWAY", 2, 0);
            assertTrue(candidate.text().contains(said), language.code() + ": " + candidate.text());
            // high relevance 3 + moving away 2, nothing else known about the target
            assertEquals("5", candidate.select("td").get(3).ownText().trim(), language.code());

            Document form = client.page("/relevance/rounds/" + round + "/units/" + unit.id() + "/goals/"
                    + t41.parentId());
            Element panel = form.selectFirst("aside[aria-labelledby=e" + t41.id() + "-evidence]");
            assertNotNull(panel, language.code());
            String item = panel.selectFirst("a[href^=/indicators/]").parent().text();
            assertTrue(item.contains("2021: 14 %"), item);
            assertTrue(item.contains(messages.get(language, "indicator.status.MOVING_AWAY")), language.code() + ": "
                    + item);
            assertTrue(item.contains(messages.get(language, "indicator.trend.UP")), language.code() + ": " + item);
            assertTrue(!item.contains("MOVING_AWAY"), "no enum name shown: " + item);
        }
    }
}
