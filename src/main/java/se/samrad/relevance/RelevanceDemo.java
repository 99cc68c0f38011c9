package se.samrad.relevance;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo municipality's finished round in the style of seed 000 (Hallstahammar's survey of the core missions):
 * last year, three units assessed every target (whole goals "not relevant" where they are), with contributions,
 * steering documents and challenges on the targets that matter, and the analysis group prioritised seven targets
 * from the current-state analysis (differences in education and health, water, consumption, skills, cooperation).
 */
@Singleton
class RelevanceDemo implements DemoContributor {

    /** A unit's answer for a goal; targets named in {@code detail} get their own relevance and texts. */
    private record GoalAnswer(String goal, Relevance relevance, Control control, Map<String, Detail> detail) {
        GoalAnswer(String goal, Relevance relevance, Control control) {
            this(goal, relevance, control, Map.of());
        }
    }

    private record Detail(Relevance relevance, Control control, String collaborators, String contribution,
                          String steering, String challenges) {
    }

    private static final Map<String, List<GoalAnswer>> UNITS = Map.of(
            "Utbildningsförvaltningen", List.of(
                    new GoalAnswer("4", Relevance.HIGH, Control.WE_DECIDE, Map.of(
                            "4.1", new Detail(Relevance.HIGH, Control.WE_DECIDE, "", "Läsfrämjande insatser i alla skolor, studiehandledning på modersmål.",
                                    "Skolplan 2024–2027", "Skillnader i resultat beroende på bakgrund och bostadsområde."),
                            "4.2", new Detail(Relevance.HIGH, Control.WE_DECIDE, "", "Språkförskola i två bostadsområden.",
                                    "Skolplan 2024–2027", "Kompetensförsörjning av förskollärare."))),
                    new GoalAnswer("3", Relevance.MEDIUM, Control.WE_INFLUENCE, Map.of(
                            "3.4", new Detail(Relevance.HIGH, Control.COLLABORATION, "Regionen, elevhälsan",
                                    "Elevhälsans främjande arbete.", "Folkhälsoplan", "Ökad psykisk ohälsa bland unga."))),
                    new GoalAnswer("5", Relevance.MEDIUM, Control.WE_DECIDE),
                    new GoalAnswer("10", Relevance.HIGH, Control.WE_INFLUENCE, Map.of(
                            "10.2", new Detail(Relevance.HIGH, Control.WE_INFLUENCE, "", "Fritidsbank och läxhjälp.",
                                    "Integrationsprogram", "Segregation mellan bostadsområden."))),
                    new GoalAnswer("14", Relevance.NOT_RELEVANT, Control.OUTSIDE),
                    new GoalAnswer("15", Relevance.NOT_RELEVANT, Control.OUTSIDE)),
            "Samhällsbyggnadsnämnden", List.of(
                    new GoalAnswer("6", Relevance.HIGH, Control.COLLABORATION, Map.of(
                            "6.1", new Detail(Relevance.HIGH, Control.COLLABORATION, "Mälarenergi Vatten AB",
                                    "Vattenförsörjningsplan och reservvattentäkt.", "VA-plan", "Hållbara vattenresurser vid torka."))),
                    new GoalAnswer("11", Relevance.HIGH, Control.WE_DECIDE, Map.of(
                            "11.3", new Detail(Relevance.HIGH, Control.WE_DECIDE, "", "Medborgardialog i detaljplaner.",
                                    "Översiktsplan", "Samhällsplanering och förvaltning av fastigheter."))),
                    new GoalAnswer("13", Relevance.HIGH, Control.WE_INFLUENCE),
                    new GoalAnswer("7", Relevance.MEDIUM, Control.WE_INFLUENCE),
                    new GoalAnswer("12", Relevance.MEDIUM, Control.WE_INFLUENCE, Map.of(
                            "12.5", new Detail(Relevance.HIGH, Control.COLLABORATION, "VafabMiljö",
                                    "Återbruksverksamhet.", "Avfallsplan", "Ändrad konsumtion."))),
                    new GoalAnswer("15", Relevance.MEDIUM, Control.WE_DECIDE),
                    new GoalAnswer("4", Relevance.NOT_RELEVANT, Control.OUTSIDE)),
            "Kommunledningsförvaltningen", List.of(
                    new GoalAnswer("8", Relevance.HIGH, Control.WE_INFLUENCE, Map.of(
                            "8.5", new Detail(Relevance.HIGH, Control.WE_INFLUENCE, "", "Feriearbeten och lärlingsplatser.",
                                    "Personalpolicy", "Kompetensförsörjning i ett tuffare ekonomiskt läge."))),
                    new GoalAnswer("16", Relevance.HIGH, Control.WE_DECIDE),
                    new GoalAnswer("17", Relevance.HIGH, Control.COLLABORATION, Map.of(
                            "17.17", new Detail(Relevance.HIGH, Control.COLLABORATION, "Hållbarhetsrådet",
                                    "Hållbarhetsrådet samlar partier, bolag, förbund och polis.", "Vision 2030",
                                    "Ökad samverkan när ekonomin är ansträngd."))),
                    new GoalAnswer("10", Relevance.MEDIUM, Control.WE_INFLUENCE),
                    new GoalAnswer("14", Relevance.NOT_RELEVANT, Control.OUTSIDE)));

    private static final Map<String, String> PRIORITIES = new LinkedHashMap<>();

    static {
        PRIORITIES.put("4.1", "Skillnader i utbildning beroende på bakgrund och bostadsområde (nulägesanalysen).");
        PRIORITIES.put("10.2", "Livsvillkoren skiljer sig mellan bostadsområden; invånarna lyfte trygghet och mötesplatser.");
        PRIORITIES.put("3.4", "Främjande och förebyggande arbete för psykisk hälsa bland unga.");
        PRIORITIES.put("6.1", "Hållbara vattenresurser: reservvattentäkt saknas, kräver samverkan med VA-bolaget.");
        PRIORITIES.put("12.5", "Ändrad konsumtion: återbruk och mindre avfall.");
        PRIORITIES.put("8.5", "Kompetensförsörjning i ett allt tuffare ekonomiskt läge.");
        PRIORITIES.put("17.17", "Ökad samverkan med bolag, förbund och civilsamhälle genom hållbarhetsrådet.");
    }

    private final Rounds rounds;
    private final Assessments assessments;
    private final Decisions decisions;
    private final GoalCatalogue catalogue;
    private final AccountService accounts;
    private final Clock clock;

    RelevanceDemo(Rounds rounds, Assessments assessments, Decisions decisions, GoalCatalogue catalogue,
                  AccountService accounts, Clock clock) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Map<String, Long> units = new HashMap<>();
        for (OrgUnit unit : rounds.organisationUnits(municipality.id())) {
            units.put(unit.name(), unit.id());
        }
        if (!units.keySet().containsAll(UNITS.keySet())) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        Map<String, String> contacts = new HashMap<>();
        UNITS.keySet().forEach(name -> contacts.put(units.get(name).toString(), Long.toString(admin.accountId())));
        RoundRow round = rounds.open(admin, new OpenRoundCommand(Integer.toString(year),
                "Kartläggning av Agenda 2030 i grunduppdragen", List.of(),
                UNITS.keySet().stream().map(units::get).toList(), contacts, year + "-04-30",
                "Bedöm varje delmål utifrån er nämnds eller förvaltnings grunduppdrag. Beskriv hur aktiviteter redan "
                        + "bidrar, vilka styrdokument som gäller och vilka utmaningar och möjligheter ni ser."));
        List<GoalElement> goals = catalogue.agenda2030().goals();
        UNITS.forEach((name, answers) -> {
            RoundUnitRow unit = rounds.unit(municipality.id(), round.id(), units.get(name));
            Map<Long, AssessmentCommand> commands = new LinkedHashMap<>();
            for (GoalElement goal : goals) {
                GoalAnswer answer = answers.stream().filter(a -> a.goal().equals(goal.code())).findFirst()
                        .orElse(new GoalAnswer(goal.code(), Relevance.LOW, Control.WE_INFLUENCE));
                for (GoalElement target : goal.leaves()) {
                    Detail d = answer.detail().get(target.code());
                    commands.put(target.id(), d == null
                            ? new AssessmentCommand(answer.relevance(), answer.control(), "", "", "", "", "")
                            : new AssessmentCommand(d.relevance(), d.control(), d.collaborators(), d.contribution(),
                            d.steering(), d.challenges(), ""));
                }
            }
            assessments.save(unit, commands);
            rounds.submit(admin, round, unit);
        });
        PRIORITIES.forEach((code, why) -> decisions.decide(admin, round, catalogue.agenda2030().element(code).orElseThrow()
                .id(), new DecisionCommand(null, "", true, why)));
    }
}
