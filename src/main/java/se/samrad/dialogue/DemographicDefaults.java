package se.samrad.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The background questions (bakgrundsfrågor) the one-click "add demographics section" starts from, in Swedish
 * and English: optional single-choice questions on age band, gender, district and language at home. The
 * organiser changes the options afterwards, above all the districts.
 */
final class DemographicDefaults {

    private DemographicDefaults() {
    }

    private record Default(Demographic demographic, String sv, String en, List<String[]> options) {
    }

    private static final List<Default> DEFAULTS = List.of(
            new Default(Demographic.AGE_BAND, "Hur gammal är du?", "How old are you?", List.of(
                    new String[]{"Under 18 år", "Under 18"}, new String[]{"18–29 år", "18–29"},
                    new String[]{"30–44 år", "30–44"}, new String[]{"45–64 år", "45–64"},
                    new String[]{"65–79 år", "65–79"}, new String[]{"80 år eller äldre", "80 or older"})),
            new Default(Demographic.GENDER, "Vilket kön har du?", "What is your gender?", List.of(
                    new String[]{"Kvinna", "Woman"}, new String[]{"Man", "Man"},
                    new String[]{"Annat", "Another gender"}, new String[]{"Vill inte svara", "Prefer not to say"})),
            new Default(Demographic.DISTRICT, "Var bor du?", "Where do you live?", List.of(
                    new String[]{"Centralorten", "The town centre"}, new String[]{"Norra delen", "The north"},
                    new String[]{"Södra delen", "The south"}, new String[]{"Landsbygden", "The countryside"},
                    new String[]{"Bor inte i kommunen", "I do not live in the municipality"})),
            new Default(Demographic.HOME_LANGUAGE, "Vilket språk talar ni oftast hemma?",
                    "Which language do you mostly speak at home?", List.of(
                    new String[]{"Svenska", "Swedish"}, new String[]{"Arabiska", "Arabic"},
                    new String[]{"Somaliska", "Somali"}, new String[]{"Engelska", "English"},
                    new String[]{"Finska", "Finnish"}, new String[]{"Persiska", "Persian"},
                    new String[]{"Annat språk", "Another language"})));

    /**
     * A section "About you" with the demographic questions {@code existing} does not yet have, or null when it
     * has them all.
     */
    static Section section(Questionnaire existing, Supplier<String> sectionKey, Supplier<String> questionKey,
                           Supplier<String> optionKey) {
        List<Question> questions = new ArrayList<>();
        for (Default d : DEFAULTS) {
            if (existing.questions().stream().anyMatch(q -> q.demographic() == d.demographic())) {
                continue;
            }
            List<Option> options = new ArrayList<>();
            for (String[] o : d.options()) {
                options.add(new Option(optionKey.get(), texts(o[0], o[1]), List.of()));
            }
            questions.add(new Question(questionKey.get(), QuestionType.SINGLE, texts(d.sv(), d.en()), Map.of(), false,
                    options, false, null, null, Map.of(), Map.of(), null, null, List.of(), d.demographic()));
        }
        if (questions.isEmpty()) {
            return null;
        }
        return new Section(sectionKey.get(), texts("Om dig", "About you"),
                texts("Frågorna är frivilliga. Svaren visar vilka som har svarat, så att vi ser om några grupper saknas.",
                        "These questions are optional. The answers show who took part, so that we can see if any "
                                + "group is missing."), null, questions);
    }

    private static Map<String, String> texts(String sv, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("sv", sv);
        texts.put("en", en);
        return texts;
    }
}
