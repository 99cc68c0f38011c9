package se.samrad.dialogue;

import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic trilingual dialogue (Swedish, English, Arabic): how residents see their municipality's
 * sustainability, with a conditional section, options tagged with Agenda 2030 targets, every question type
 * and a background section. The demo municipality gets it; tests and the benchmark build on it.
 */
public final class SampleDialogue {

    private SampleDialogue() {
    }

    public static DialogueTexts texts() {
        return new DialogueTexts(
                t("Hur ska Exempelkommun bli hållbar?", "How should Exempelkommun become sustainable?",
                        "كيف يمكن أن تصبح Exempelkommun مستدامة؟"),
                t("Kommunen tar fram ett nytt hållbarhetsprogram. Berätta vad som är viktigt för dig – det tar ungefär fem minuter.",
                        "The municipality is preparing a new sustainability programme. Tell us what matters to you – it takes about five minutes.",
                        "تُعِدّ البلدية برنامجًا جديدًا للاستدامة. أخبرنا بما يهمك – يستغرق ذلك نحو خمس دقائق."),
                t("Vi vill veta vilka frågor invånarna tycker är viktigast, så att programmet börjar där.",
                        "We want to know which issues residents find most important, so that the programme starts there.",
                        "نريد أن نعرف القضايا الأهم في نظر السكان، لكي يبدأ البرنامج منها."),
                t("Svaren sammanställs och lämnas till kommunstyrelsen som underlag. Efter att dialogen stängt publicerar vi vad vi hörde här.",
                        "The answers are compiled and given to the municipal executive board as a basis for decisions. After the dialogue closes we publish what we heard here.",
                        "تُجمع الإجابات وتُقدَّم إلى المجلس التنفيذي للبلدية أساسًا للقرار. بعد إغلاق الحوار ننشر هنا ما سمعناه."),
                t("Exempelkommun, hållbarhetsenheten", "Exempelkommun, sustainability unit", "Exempelkommun، وحدة الاستدامة"),
                t("Vi sparar inte ditt namn eller din IP-adress tillsammans med svaren. Svaren används bara för det här programmet och raderas efter två år.",
                        "We do not store your name or IP address with the answers. The answers are used only for this programme and deleted after two years.",
                        "لا نحفظ اسمك أو عنوان IP الخاص بك مع الإجابات. تُستخدم الإجابات لهذا البرنامج فقط وتُحذف بعد سنتين."),
                Map.of());
    }

    public static Dialogues.Settings settings() {
        return new Dialogues.Settings(List.of("sv", "en", "ar"), null, null, true, false);
    }

    /** The questions; option keys are fixed so that tests and the benchmark can answer them by key. */
    public static Questionnaire questionnaire(GoalCatalogue catalogue) {
        Section life = new Section("s-life", t("Ditt liv i kommunen", "Your life in the municipality", "حياتك في البلدية"),
                Map.of(), null, List.of(
                new Question("thrive", QuestionType.SINGLE,
                        t("Hur trivs du där du bor?", "How do you like living where you live?", "ما مدى رضاك عن مكان سكنك؟"),
                        Map.of(), true, List.of(
                        option("very", "Mycket bra", "Very well", "جيد جدًا"),
                        option("good", "Ganska bra", "Quite well", "جيد إلى حد ما"),
                        option("bad", "Ganska dåligt", "Not so well", "سيئ إلى حد ما"),
                        option("verybad", "Mycket dåligt", "Badly", "سيئ جدًا")),
                        false, null, null, Map.of(), Map.of(), null, null, List.of(), null),
                new Question("issues", QuestionType.MULTIPLE,
                        t("Vilka frågor är viktigast för dig?", "Which issues matter most to you?", "ما القضايا الأهم بالنسبة لك؟"),
                        Map.of(), true, List.of(
                        option("transit", "Bättre kollektivtrafik", "Better public transport", "نقل عام أفضل", catalogue, "11.2"),
                        option("foodwaste", "Mindre matsvinn", "Less food waste", "هدر أقل للطعام", catalogue, "12.3"),
                        option("safety", "Trygga miljöer", "Safe surroundings", "بيئة آمنة", catalogue, "16.1"),
                        option("green", "Parker och grönområden", "Parks and green spaces", "حدائق ومساحات خضراء", catalogue, "11.7"),
                        option("jobs", "Jobb för unga", "Jobs for young people", "وظائف للشباب", catalogue, "8.6")),
                        true, null, null, Map.of(), Map.of(), 3, null, List.of(), null),
                new Question("listen", QuestionType.AGREEMENT,
                        t("Kommunen lyssnar på vad invånarna tycker.", "The municipality listens to what residents think.",
                                "البلدية تستمع إلى آراء السكان."),
                        Map.of(), false, List.of(), false, null, null, Map.of(), Map.of(), null, null,
                        ids(catalogue, "16.7"), null)));
        Section transit = new Section("s-transit", t("Resor", "Travel", "التنقل"),
                t("Du valde kollektivtrafik. Berätta mer!", "You chose public transport. Tell us more!",
                        "اخترت النقل العام. أخبرنا بالمزيد!"),
                new Condition("issues", List.of("transit")), List.of(
                new Question("transit-rating", QuestionType.RATING,
                        t("Hur nöjd är du med kollektivtrafiken i dag?", "How satisfied are you with public transport today?",
                                "ما مدى رضاك عن النقل العام اليوم؟"),
                        Map.of(), true, List.of(), false, 1, 5,
                        t("Inte alls nöjd", "Not at all satisfied", "غير راضٍ إطلاقًا"),
                        t("Mycket nöjd", "Very satisfied", "راضٍ جدًا"), null, null, ids(catalogue, "11.2"), null),
                new Question("transit-idea", QuestionType.SHORT_TEXT,
                        t("Vad skulle få dig att åka mer kollektivt?", "What would make you use public transport more?",
                                "ما الذي يجعلك تستخدم النقل العام أكثر؟"),
                        Map.of(), false, List.of(), false, null, null, Map.of(), Map.of(), null, null, List.of(), null)));
        Section goals = new Section("s-goals", t("Globala målen", "The global goals", "الأهداف العالمية"), Map.of(), null,
                List.of(
                new Question("goals", QuestionType.TARGETS,
                        t("Vilka av de globala målen är viktigast för dig?", "Which of the global goals matter most to you?",
                                "أيّ الأهداف العالمية أهم بالنسبة لك؟"),
                        Map.of(), false,
                        catalogue.agenda2030().goals().stream()
                                .map(g -> new Option(String.valueOf(g.id()), Map.of(), List.of())).toList(),
                        false, null, null, Map.of(), Map.of(), 3, null, List.of(), null),
                new Question("priorities", QuestionType.RANKING,
                        t("Rangordna var kommunen ska börja.", "Rank where the municipality should start.",
                                "رتّب من أين يجب أن تبدأ البلدية."),
                        Map.of(), false, List.of(
                        option("schools", "Skolmaten", "School meals", "الوجبات المدرسية", catalogue, "12.3"),
                        option("buses", "Bussarna", "The buses", "الحافلات", catalogue, "11.2"),
                        option("housing", "Bostäderna", "Housing", "السكن", catalogue, "11.1"),
                        option("nature", "Naturen", "Nature", "الطبيعة", catalogue, "15.1")),
                        false, null, null, Map.of(), Map.of(), null, null, List.of(), null),
                new Question("idea", QuestionType.LONG_TEXT,
                        t("Har du en idé om hur kommunen kan bli mer hållbar?",
                                "Do you have an idea how the municipality could become more sustainable?",
                                "هل لديك فكرة لجعل البلدية أكثر استدامة؟"),
                        Map.of(), false, List.of(), false, null, null, Map.of(), Map.of(), null, null,
                        ids(catalogue, "11.3"), null),
                new Question("years", QuestionType.NUMBER,
                        t("Hur många år har du bott i kommunen?", "How many years have you lived in the municipality?",
                                "كم سنة عشت في البلدية؟"),
                        Map.of(), false, List.of(), false, 0, 120, Map.of(), Map.of(), null, null, List.of(), null)));
        return new Questionnaire(List.of(life, transit, goals, background()));
    }

    /** A background section with the four demographic questions and their usual groups. */
    public static Section background() {
        return new Section("s-background", t("Om dig", "About you", "عنك"),
                t("Frågorna är frivilliga. De visar oss vilka vi har nått och vilka vi har missat.",
                        "These questions are optional. They show us whom we have reached and whom we have missed.",
                        "هذه الأسئلة اختيارية. تُظهر لنا من وصلنا إليه ومن فاتنا."), null, List.of(
                demographic("age", Demographic.AGE_BAND, t("Hur gammal är du?", "How old are you?", "كم عمرك؟"), List.of(
                        option("0-19", "Under 20 år", "Under 20", "أقل من 20"),
                        option("20-39", "20–39 år", "20–39", "20–39"),
                        option("40-64", "40–64 år", "40–64", "40–64"),
                        option("65+", "65 år eller äldre", "65 or older", "65 أو أكثر"))),
                demographic("gender", Demographic.GENDER, t("Kön", "Gender", "الجنس"), List.of(
                        option("woman", "Kvinna", "Woman", "امرأة"),
                        option("man", "Man", "Man", "رجل"),
                        option("undisclosed", "Annat eller vill inte säga", "Other or prefer not to say", "غير ذلك أو أفضّل عدم القول"))),
                demographic("district", Demographic.DISTRICT, t("Var bor du?", "Where do you live?", "أين تسكن؟"), List.of(
                        option("centrum", "Centrum", "Centrum", "المركز"),
                        option("norr", "Norrby", "Norrby", "نوربي"),
                        option("soder", "Söderås", "Söderås", "سودروس"),
                        option("landsbygd", "Landsbygden", "The countryside", "الريف"))),
                demographic("homelang", Demographic.HOME_LANGUAGE,
                        t("Vilket språk talar ni mest hemma?", "Which language do you mostly speak at home?",
                                "ما اللغة التي تتحدثونها في البيت غالبًا؟"), List.of(
                        option("sv", "Svenska", "Swedish", "السويدية"),
                        option("ar", "Arabiska", "Arabic", "العربية"),
                        option("other-lang", "Annat språk", "Another language", "لغة أخرى")))));
    }

    private static Question demographic(String key, Demographic demographic, Map<String, String> text, List<Option> options) {
        return new Question(key, QuestionType.SINGLE, text, Map.of(), false, options, false, null, null, Map.of(),
                Map.of(), null, null, List.of(), demographic);
    }

    /** Population shares of the background groups in percent, as an organiser would take them from statistics. */
    public static Map<Demographic, Map<String, Double>> population() {
        Map<Demographic, Map<String, Double>> shares = new LinkedHashMap<>();
        shares.put(Demographic.AGE_BAND, Map.of("0-19", 23.0, "20-39", 26.0, "40-64", 31.0, "65+", 20.0));
        shares.put(Demographic.GENDER, Map.of("woman", 50.0, "man", 50.0));
        shares.put(Demographic.DISTRICT, Map.of("centrum", 40.0, "norr", 25.0, "soder", 20.0, "landsbygd", 15.0));
        return shares;
    }

    private static Option option(String key, String sv, String en, String ar) {
        return new Option(key, t(sv, en, ar), List.of());
    }

    private static Option option(String key, String sv, String en, String ar, GoalCatalogue catalogue, String target) {
        return new Option(key, t(sv, en, ar), ids(catalogue, target));
    }

    static List<Long> ids(GoalCatalogue catalogue, String... codes) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            catalogue.agenda2030().element(code).map(GoalElement::id).ifPresent(ids::add);
        }
        return ids;
    }

    static Map<String, String> t(String sv, String en, String ar) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("sv", sv);
        map.put("en", en);
        map.put("ar", ar);
        return map;
    }
}
