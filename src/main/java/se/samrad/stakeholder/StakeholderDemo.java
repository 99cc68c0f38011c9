package se.samrad.stakeholder;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo municipality's register: its sustainability council as seed 000 describes it (the municipal board and
 * every party, company, federation and the police), with relations, places on the interest/influence grid and
 * the targets each cares about.
 */
@Singleton
class StakeholderDemo implements DemoContributor {

    private record Member(String name, StakeholderKind kind, String number, int interest, int influence,
                          List<String> targets, String note) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("Kommunstyrelsen", StakeholderKind.ELECTED_BODY, "", 5, 5, List.of("16.7", "17.17"),
                    "Hela kommunstyrelsen sitter i rådet."),
            new Member("Socialdemokraterna i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 4, 4,
                    List.of("1.2", "8.5"), "Arbete och trygghet."),
            new Member("Moderaterna i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 3, 4,
                    List.of("8.3", "16.1"), "Företagsklimat och trygghet."),
            new Member("Centerpartiet i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 4, 3,
                    List.of("2.4", "15.1"), "Landsbygd och jordbruk."),
            new Member("Miljöpartiet i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 5, 2,
                    List.of("13.2", "7.2"), "Klimatomställning."),
            new Member("Vänsterpartiet i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 4, 2,
                    List.of("10.2", "5.5"), "Jämlikhet."),
            new Member("Liberalerna i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 3, 2,
                    List.of("4.1"), "Skolan."),
            new Member("Kristdemokraterna i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 3, 2,
                    List.of("3.4"), "Äldreomsorg och hälsa."),
            new Member("Sverigedemokraterna i Exempelkommun", StakeholderKind.POLITICAL_PARTY, "", 2, 3,
                    List.of("16.1"), "Trygghet."),
            new Member("Exempelbostäder AB", StakeholderKind.COMPANY, "", 4, 4, List.of("11.1", "7.3"),
                    "Kommunens bostadsbolag: renoveringar och energi."),
            new Member("Mälarenergi Vatten AB", StakeholderKind.COMPANY, "", 3, 5, List.of("6.1", "6.3"),
                    "Samverkan om vatten och avlopp."),
            new Member("Räddningstjänstförbundet", StakeholderKind.FEDERATION, "", 3, 3, List.of("11.5", "13.1"),
                    "Klimatanpassning och olyckor."),
            new Member("Polismyndigheten, lokalpolisområdet", StakeholderKind.POLICE, "202100-0076", 4, 3,
                    List.of("16.1", "5.2"), "Trygghet i centrum och våld i nära relationer."));

    private final StakeholderRegister register;
    private final Placements placements;
    private final StakeholderTargets targets;
    private final GoalCatalogue catalogue;
    private final Engagements engagements;
    private final Clock clock;

    StakeholderDemo(StakeholderRegister register, Placements placements, StakeholderTargets targets,
                    GoalCatalogue catalogue, Engagements engagements, Clock clock) {
        this.engagements = engagements;
        this.clock = clock;
        this.register = register;
        this.placements = placements;
        this.targets = targets;
        this.catalogue = catalogue;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        StakeholderRow council = register.create(admin, new OrganisationCommand("Hållbarhetsrådet",
                StakeholderKind.COUNCIL, true, "", "", "",
                "Beredande, initierande och rådgivande; inget beslutsmandat. Lyfter synergier och målkonflikter."));
        for (Member member : MEMBERS) {
            boolean internal = member.kind() == StakeholderKind.ELECTED_BODY;
            StakeholderRow row = register.create(admin, new OrganisationCommand(member.name(), member.kind(),
                    internal, member.number(), "", "", member.note()));
            register.addRelation(admin, row.id(), new PeriodCommand(council.id(), RelationKind.MEMBER_OF, "",
                    "2023-01-01", ""));
            placements.place(admin, row.id(), new PlacementCommand(member.interest(), member.influence(),
                    IssueKind.NONE, "", "", member.note(), "2025-01-15"));
            Set<Long> ids = new LinkedHashSet<>();
            for (String code : member.targets()) {
                ids.add(catalogue.element("agenda2030", code, null).id());
            }
            targets.set(admin, row.id(), ids, member.note());
            if (member.kind() == StakeholderKind.POLICE) {
                engagements.addForStakeholder(admin, row.id(), new EngagementCommand(EngagementKind.AGREEMENT,
                        "2024-05-01", "Kommundirektören", "Samverkansöverenskommelse om trygghet i centrum.", "", "",
                        AgreementKind.COLLABORATION, today().plusDays(60).toString(), ""));
            } else if (member.kind() == StakeholderKind.COMPANY) {
                engagements.addForStakeholder(admin, row.id(), new EngagementCommand(
                        EngagementKind.CONSULTATION_REPLY, "2025-02-10", "", "Remissvar på energi- och klimatplanen.",
                        "", "", null, "", ""));
            }
        }
        engagements.addForStakeholder(admin, council.id(), new EngagementCommand(EngagementKind.MEETING,
                "2025-03-20", "Hållbarhetsstrategen", "Rådsmöte: vilka synergier ser vi i vårt Agenda 2030-arbete?",
                "", "", null, "", today().plusDays(7).toString()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
