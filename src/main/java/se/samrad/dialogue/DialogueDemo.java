package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo dialogue for the demo municipality: the trilingual sample, open, with population shares and a few
 * hundred generated answers so that results, representativeness and evidence have something to show.
 */
@Singleton
class DialogueDemo implements DemoContributor {

    static final int RESPONSES = 240;

    private final Dialogues dialogues;
    private final Participation participation;
    private final PopulationShares population;
    private final GoalCatalogue catalogue;

    DialogueDemo(Dialogues dialogues, Participation participation, PopulationShares population, GoalCatalogue catalogue) {
        this.dialogues = dialogues;
        this.participation = participation;
        this.population = population;
        this.catalogue = catalogue;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Dialogue dialogue = dialogues.create(admin, SampleDialogue.texts(), SampleDialogue.settings());
        Questionnaire questions = SampleDialogue.questionnaire(catalogue);
        dialogues.changeQuestions(admin, dialogue.id(), q -> questions);
        population.set(admin, dialogue.id(), SampleDialogue.population());
        dialogue = dialogues.changeState(admin, dialogue.id(), DialogueState.OPEN);
        Random random = new Random(2030);
        for (int i = 0; i < RESPONSES; i++) {
            String lang = i % 7 == 0 ? "ar" : i % 5 == 0 ? "en" : "sv";
            participation.submitComplete(dialogue, "demo-response-" + i, lang, randomAnswers(questions, random));
        }
    }

    /** A plausible complete response: skewed choices, the conditional section when transit was chosen. */
    static Answers randomAnswers(Questionnaire questionnaire, Random random) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        values.put("thrive", List.of(pick(random, "very", "good", "good", "good", "bad", "verybad")));
        List<String> issues = new ArrayList<>(List.of("transit", "foodwaste", "safety", "green", "jobs"));
        java.util.Collections.shuffle(issues, random);
        values.put("issues", issues.subList(0, 1 + random.nextInt(3)));
        values.put("listen", List.of(String.valueOf(1 + random.nextInt(5))));
        if (values.get("issues").contains("transit")) {
            values.put("transit-rating", List.of(String.valueOf(1 + random.nextInt(5))));
            if (random.nextInt(3) == 0) {
                values.put("transit-idea", List.of(pick(random, "Tätare turer på kvällen", "Billigare månadskort",
                        "More buses to the countryside", "Säkra cykelparkeringar vid stationen")));
            }
        }
        Question goals = questionnaire.question("goals").orElseThrow();
        List<String> goalKeys = new ArrayList<>(goals.options().stream().map(Option::key).toList());
        java.util.Collections.shuffle(goalKeys, random);
        values.put("goals", goalKeys.subList(0, 1 + random.nextInt(3)));
        List<String> ranking = new ArrayList<>(List.of("schools", "buses", "housing", "nature"));
        java.util.Collections.shuffle(ranking, random);
        values.put("priorities", ranking);
        if (random.nextInt(4) == 0) {
            values.put("idea", List.of(pick(random, "Laga maten från grunden i skolköken och mät svinnet.",
                    "Fler träd och bänkar i centrum.", "Solceller på alla kommunala tak.",
                    "A swap shop at the library.", "ورش لإصلاح الدراجات في الأحياء")));
        }
        values.put("years", List.of(String.valueOf(random.nextInt(60))));
        values.put("age", List.of(pick(random, "0-19", "20-39", "40-64", "40-64", "65+", "65+")));
        values.put("gender", List.of(pick(random, "woman", "woman", "man", "undisclosed")));
        values.put("district", List.of(pick(random, "centrum", "centrum", "centrum", "norr", "soder", "landsbygd")));
        values.put("homelang", List.of(pick(random, "sv", "sv", "sv", "ar", "other-lang")));
        return new Answers(values, other);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
