package se.samrad.consequence;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cases as JSON: the list and one case with its alternatives, effects and matrix cells, for those who read
 * cases; other staff 403 and another organisation 404, both with a translated error.
 */
@MicronautTest(transactional = false)
class ConsequenceApiTest extends ConsequenceIntegrationTest {

    @Inject ObjectMapper json;

    Account analyst;
    Account council;
    Account facilitator;
    Account stranger;
    long kase;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Apikommun");
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        facilitator = fixtures.account(home, Role.FACILITATOR);
        stranger = fixtures.account(fixtures.organisation("Annanstans"), Role.ORG_ADMIN, Role.ANALYST);
        WebClient client = signedIn(analyst);
        kase = newCase(client, "Minska matsvinnet", target("12.3"));
        client.post("/consequence/cases/" + kase + "/alternatives/new", Map.of("title", "Portionsvågar",
                "moneyOnce", "150 000", "priority", "1", "priorityReason", "Snabb effekt")).expect(303);
        String assess = client.page("/consequence/cases/" + kase).select("a[href*=/assess/]").stream()
                .map(a -> a.attr("href")).filter(h -> h.endsWith("/short")).reduce((a, b) -> b).orElseThrow();
        client.post(assess, Map.of("SOCIAL-rating", "CLEARLY_POSITIVE", "ECONOMIC-rating", "NEGATIVE"))
                .expect(303);
    }

    @Test
    void readersGetTheCasesAndOneCaseWithItsFigures() throws IOException {
        for (Account reader : List.of(analyst, council)) {
            WebClient client = signedIn(reader);
            List<Map<String, Object>> list = json.readValue(client.getJson("/api/v1/consequence/cases")
                    .expect(200).body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            assertEquals(List.of("Minska matsvinnet"), list.stream().map(c -> c.get("title")).toList());

            Map<String, Object> one = json.readValue(client.getJson("/api/v1/consequence/cases/" + kase)
                    .expect(200).body(), Argument.mapOf(String.class, Object.class));
            assertEquals(List.of("agenda2030:12.3"), one.get("targets"));
            List<Map<String, Object>> alternatives = list(one.get("alternatives"));
            Map<String, Object> a = alternatives.stream().filter(x -> "A".equals(x.get("letter"))).findFirst()
                    .orElseThrow();
            assertEquals("Portionsvågar", a.get("title"));
            assertEquals(1, ((Number) a.get("priority")).intValue());
            assertEquals(150000, ((Number) a.get("moneyOnce")).intValue());
            assertEquals(1, ((Number) a.get("effect")).intValue(), "++ and − add up to +1");
            assertEquals(2, ((Number) a.get("assessed")).intValue());
            List<Map<String, Object>> cells = list(one.get("cells"));
            assertTrue(cells.stream().anyMatch(c -> "SOCIAL".equals(c.get("aspect"))
                    && "SHORT".equals(c.get("horizon")) && "CLEARLY_POSITIVE".equals(c.get("value"))
                    && Boolean.FALSE.equals(c.get("disputed"))), cells.toString());
            assertNull(one.get("decision"));
        }
    }

    @Test
    void otherStaffAreRefusedAndOtherOrganisationsSeeNothing() {
        WebClient.Response refused = signedIn(facilitator).getJson("/api/v1/consequence/cases");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("\"error\":\"error.forbidden\""), refused.body());
        assertEquals(403, signedIn(facilitator).getJson("/api/v1/consequence/cases/" + kase).status());

        WebClient.Response hidden = signedIn(stranger).getJson("/api/v1/consequence/cases/" + kase);
        assertEquals(404, hidden.status());
        assertTrue(hidden.body().contains("\"error\""), hidden.body());
        assertTrue(!hidden.body().contains("Minska matsvinnet"), hidden.body());
        assertEquals("[]", signedIn(stranger).getJson("/api/v1/consequence/cases").expect(200).body());
        assertEquals(401, new WebClient(server.getURI()).getJson("/api/v1/consequence/cases").status());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
