package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A live relevance scoring to look at (issue 19): the sustainability council (seed 000: politicians, companies,
 * federations, the police) scores eight targets together; five members have scored, the spread shows where they
 * disagree, and the facilitator has agreed the level of the targets they were of one mind about. The session is
 * live, so a new user can score, agree the rest and send the agreed levels to a unit of an open round.
 */
@Singleton
class RelevanceScoringDemo implements DemoContributor {

    static final String TITLE = "Hållbarhetsrådet – relevansbedömning live";
    static final List<String> TARGETS = List.of("3.4", "4.1", "7.2", "8.5", "10.2", "11.6", "13.1", "16.7");

    /** Each member's level per target (0 not relevant ... 3 high), in {@link #TARGETS}' order. */
    static final Map<String, List<Integer>> SCORES = scores();

    /** What the facilitator agreed: the targets without disagreement (index -> level). */
    static final Map<Integer, Integer> AGREED = Map.of(0, 3, 1, 3, 5, 2, 6, 3);

    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final GoalCatalogue catalogue;

    RelevanceScoringDemo(WorkshopService workshops, ParticipantService participants, GoalCatalogue catalogue) {
        this.workshops = workshops;
        this.participants = participants;
        this.catalogue = catalogue;
    }

    private static Map<String, List<Integer>> scores() {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        scores.put("Ordförande, kommunstyrelsen", List.of(3, 3, 2, 3, 2, 2, 3, 2));
        scores.put("Oppositionsråd", List.of(3, 3, 1, 3, 3, 2, 3, 1));
        scores.put("Näringslivsrådet", List.of(3, 3, 3, 3, 1, 2, 3, 2));
        scores.put("Polisen i kommunen", List.of(3, 3, 1, 2, 3, 2, 3, 3));
        scores.put("Räddningstjänstförbundet", List.of(3, 3, 2, 1, 1, 2, 3, 2));
        return scores;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Workshop workshop = workshops.create(admin, TITLE,
                "Hållbarhetsrådet bedömer tillsammans hur relevanta åtta delmål är för kommunen. Var och en bedömer, "
                        + "spridningen visar var vi är oense, och processledaren sätter det överenskomna värdet som "
                        + "sedan går till kommunens relevansbedömning.", false);
        List<Long> targets = TARGETS.stream().map(code -> catalogue.agenda2030().element(code).orElseThrow().id())
                .toList();
        Activity scoring = workshops.addActivity(admin, workshop.id(), ActivityKind.RELEVANCE,
                "Vilka delmål är relevanta för oss?", "Bedöm hur relevant varje delmål är för kommunens grunduppdrag.",
                new ActivityConfig(List.of(), false, 0, RelevanceScoringType.HIGHEST, 0, 0, List.of(), 0, null, targets,
                        false));
        workshops.control(admin, workshop.id(), EventType.STARTED, scoring.id(), Map.of());
        SCORES.forEach((member, levels) -> {
            Map<String, Object> given = new LinkedHashMap<>();
            for (int i = 0; i < levels.size(); i++) {
                given.put(Integer.toString(i), (long) levels.get(i));
            }
            Participant participant = participants.join(workshop, member).participant();
            participants.submit(participant, "demo", EventType.RELEVANCE, scoring.id(), Map.of("levels", given));
        });
        Map<String, Object> agreed = new LinkedHashMap<>();
        AGREED.forEach((index, level) -> agreed.put(Integer.toString(index), (long) level));
        workshops.control(admin, workshop.id(), EventType.AGREED, scoring.id(), Map.of("levels", agreed));
    }
}
