package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo municipality's finished round: three units handed in every target, seven targets prioritised. */
@MicronautTest(transactional = false)
class RelevanceDemoTest extends RelevanceIntegrationTest {

    @Inject RelevanceDemo demo;
    @Inject Rounds rounds;
    @Inject Results results;

    @Test
    void theDemoMunicipalityGetsAFinishedRoundInTheHallstahammarStyle() {
        Organisation municipality = fixtures.organisation("Demoby");
        var admin = accounts.toUser(fixtures.account(municipality, Role.ORG_ADMIN));
        for (String name : List.of("Kommunledningsförvaltningen", "Utbildningsförvaltningen", "Samhällsbyggnadsnämnden")) {
            organisations.createUnit(admin, name, UnitKind.ADMINISTRATION, null);
        }
        demo.contribute(municipality, admin);

        List<RoundRow> all = rounds.list(municipality.id());
        assertEquals(1, all.size());
        Results.Result result = results.of(all.get(0));
        assertEquals(3, result.units().size());
        result.units().forEach(u -> {
            assertTrue(u.submitted(), u.name());
            assertEquals(169, u.assessed(), u.name());
        });
        assertEquals(List.of("3.4", "4.1", "6.1", "8.5", "10.2", "12.5", "17.17"),
                result.priorities().stream().map(l -> l.target().code()).toList());
        Results.Line water = result.blocks().get("agenda2030").get(5).lines().get(0);
        assertEquals("6.1", water.target().code());
        assertEquals(Relevance.HIGH, water.overall().value());
        assertEquals(Control.COLLABORATION, water.control());
        Results.Line sea = result.blocks().get("agenda2030").get(13).lines().get(0);
        assertEquals(Relevance.LOW, sea.overall().value(), "not relevant to two units, low for the third");
    }
}
