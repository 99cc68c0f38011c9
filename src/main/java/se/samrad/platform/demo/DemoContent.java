package se.samrad.platform.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationKind;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.security.SecureTokens;

import java.util.List;
import java.util.Set;

/**
 * On an empty database, creates a demo municipality with units, staff in every role, a neighbour and a
 * learning network, and prints how to sign in. The password is random unless {@code SAMRAD_DEMO_PASSWORD}
 * is set. Turned off with {@code SAMRAD_DEMO_ENABLED=false}.
 */
@Singleton
@Requires(property = "samrad.demo.enabled", value = "true", defaultValue = "true")
public class DemoContent implements ApplicationEventListener<StartupEvent> {

    public static final String DEMO_ORGANISATION = "Exempelkommun";
    public static final String DEMO_DOMAIN = "@exempelkommun.example";
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);

    private final OrganisationService organisations;
    private final NetworkService networks;
    private final AccountService accounts;
    private final String configuredPassword;
    private final List<DemoContributor> contributors;

    public DemoContent(OrganisationService organisations, NetworkService networks, AccountService accounts,
                       @Value("${samrad.demo.password:}") String configuredPassword,
                       List<DemoContributor> contributors) {
        this.contributors = contributors;
        this.organisations = organisations;
        this.networks = networks;
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!organisations.all().isEmpty()) {
            return;
        }
        String password = configuredPassword.length() >= 10 ? configuredPassword
                : SecureTokens.newToken().substring(0, 16);
        seed(password);
        LOG.info("""

                ================================================================
                 Samråd demo content created. Sign in at /login with password
                   {}
                 as any of:
                   admin{}          organisation admin
                   processledare{}  facilitator
                   analys{}         analyst
                   radet{}          council member
                   plattform@samrad.example             platform admin
                 (shown once; set SAMRAD_DEMO_PASSWORD to choose it)
                ================================================================""",
                password, DEMO_DOMAIN, DEMO_DOMAIN, DEMO_DOMAIN, DEMO_DOMAIN);
    }

    void seed(String password) {
        Organisation group = organisations.create(null, "Exempelkommunkoncernen", OrganisationKind.MUNICIPAL_GROUP, null);
        Organisation municipality = organisations.create(null, DEMO_ORGANISATION, OrganisationKind.MUNICIPALITY,
                group.id());
        organisations.create(null, "Exempelbostäder AB", OrganisationKind.MUNICIPAL_COMPANY, group.id());
        Organisation neighbour = organisations.create(null, "Grannby kommun", OrganisationKind.MUNICIPALITY, null);
        Organisation region = organisations.create(null, "Region Exempel", OrganisationKind.REGION, null);

        var admin = accounts.create(municipality.id(), "admin" + DEMO_DOMAIN, "Alva Admin", password,
                Set.of(Role.ORG_ADMIN, Role.NETWORK_COORDINATOR));
        accounts.create(municipality.id(), "processledare" + DEMO_DOMAIN, "Per Processledare", password,
                Set.of(Role.FACILITATOR));
        accounts.create(municipality.id(), "analys" + DEMO_DOMAIN, "Amira Analys", password, Set.of(Role.ANALYST));
        accounts.create(municipality.id(), "radet" + DEMO_DOMAIN, "Rune Rådet", password, Set.of(Role.COUNCIL_MEMBER));
        if (!accounts.emailTaken("plattform@samrad.example")) {
            accounts.create(null, "plattform@samrad.example", "Plattformsadmin", password, Set.of(Role.PLATFORM_ADMIN));
        }

        CurrentUser actor = accounts.toUser(admin);
        OrgUnit board = organisations.createUnit(actor, "Kommunstyrelsen", UnitKind.COMMITTEE, null);
        OrgUnit office = organisations.createUnit(actor, "Kommunledningsförvaltningen", UnitKind.ADMINISTRATION, board.id());
        organisations.createUnit(actor, "Hållbarhetsenheten", UnitKind.OPERATION, office.id());
        OrgUnit education = organisations.createUnit(actor, "Barn- och utbildningsnämnden", UnitKind.COMMITTEE, null);
        OrgUnit school = organisations.createUnit(actor, "Utbildningsförvaltningen", UnitKind.ADMINISTRATION, education.id());
        organisations.createUnit(actor, "Förskoleverksamheten", UnitKind.OPERATION, school.id());
        organisations.createUnit(actor, "Samhällsbyggnadsnämnden", UnitKind.COMMITTEE, null);

        var network = networks.create(null, "Lärande nätverk för Agenda 2030",
                "Kommuner och region som delar goda exempel och lär av varandra.");
        for (Organisation member : List.of(municipality, neighbour)) {
            networks.addMember(null, network.id(), member.id(), false);
        }
        networks.addMember(null, network.id(), region.id(), true);
        contributors.forEach(contributor -> contributor.contribute(municipality, actor));
    }
}
