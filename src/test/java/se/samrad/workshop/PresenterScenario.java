package se.samrad.workshop;

import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A council's climate workshop with one activity of every kind and realistic answers from two dozen
 * participants (a few writing in Arabic), every result revealed: what the presenter view tests and screenshots
 * draw. {@link #activities} maps each kind to its activity.
 */
public final class PresenterScenario {

    public static final List<String> NAMES = List.of("Anna Lind", "Bo Ek", "Cecilia Holm", "David Berg", "Elin Sjö",
            "Farid Haddad", "Greta Nyman", "Hassan Ali", "Ida Strand", "Jonas Vik", "Karin Dahl", "Leila Karimi",
            "Maja Falk", "Nils Ström", "Olivia Borg", "Per Lund", "Rania Saleh", "Sara Wall", "Tove Lindqvist",
            "Umar Abdi", "Vera Sund", "Wilma Hed", "Yusuf Omar", "Åsa Brink");

    public final Workshop workshop;
    public final Map<ActivityKind, Activity> activities = new LinkedHashMap<>();
    public final List<ParticipantService.Joined> joined = new ArrayList<>();

    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final CurrentUser facilitator;
    private int client;

    public PresenterScenario(WorkshopService workshops, ParticipantService participants, GoalCatalogue catalogue,
                             CurrentUser facilitator) {
        this.workshops = workshops;
        this.participants = participants;
        this.facilitator = facilitator;
        workshop = workshops.create(facilitator, "Klimatsmarta Sidby 2030", "Medborgardialog om klimatplanen", true);
        add(ActivityKind.POLL, "Vad ska kommunen prioritera först?", "Välj ett område.",
                config(List.of("Kollektivtrafik", "Säkra cykelvägar", "Energieffektiva skolor", "Lokal mat"), List.of(), 0, List.of()));
        add(ActivityKind.RATING, "Hur väl känner du till kommunens klimatmål?", "1 = inte alls, 5 = mycket väl",
                config(List.of(), List.of(), 0, List.of()));
        add(ActivityKind.WORD_CLOUD, "Ett ord för framtidens Sidby", "", ActivityConfig.empty());
        add(ActivityKind.IDEAS, "Hur minskar vi utsläppen från resor?", "", ActivityConfig.empty());
        add(ActivityKind.QA, "Frågor till klimatstrategen", "", config(List.of(), List.of(), 0, List.of()));
        add(ActivityKind.DOTS, "Var gör pengarna mest nytta?", "Fem prickar var, högst tre på samma.",
                config(List.of("Solceller på skolor", "Laddplatser", "Fler busslinjer", "Trädplantering", "Cykelgarage"), List.of(), 0, List.of()));
        add(ActivityKind.BREAKOUT, "Grupprum", "Diskutera i gruppen.",
                config(List.of(), List.of("Vad fungerar redan?", "Vad behöver ändras?"), 4, List.of()));
        add(ActivityKind.SDG_MATRIX, "Samspel mellan målen", "",
                config(List.of(), List.of(), 0, List.of("7.2", "11.2", "3.9", "13.2", "12.3").stream()
                        .map(c -> catalogue.agenda2030().element(c).orElseThrow().id()).toList()));
        add(ActivityKind.CHAT, "Chatt", "", ActivityConfig.empty());
        for (Activity a : activities.values()) {
            workshops.control(facilitator, workshop.id(), EventType.STARTED, a.id(), Map.of());
        }
        for (String name : NAMES) {
            joined.add(participants.join(workshop, name));
        }
        answer();
        for (Activity a : activities.values()) {
            workshops.control(facilitator, workshop.id(), EventType.RESULTS_SHOWN, a.id(), Map.of());
        }
    }

    private static ActivityConfig config(List<String> options, List<String> questions, int groups, List<Long> targets) {
        return new ActivityConfig(options, false, 1, 5, 5, 3, questions, groups, "RANDOM", targets, false);
    }

    private void add(ActivityKind kind, String title, String prompt, ActivityConfig config) {
        activities.put(kind, workshops.addActivity(facilitator, workshop.id(), kind, title, prompt, config));
    }

    private long id(ActivityKind kind) {
        return activities.get(kind).id();
    }

    long send(int who, EventType type, ActivityKind kind, Map<String, Object> data) {
        return participants.submit(joined.get(who % joined.size()).participant(), "s" + client++, type, id(kind), data)
                .event().seq();
    }

    private void answer() {
        int[] poll = {0, 0, 1, 0, 2, 1, 0, 3, 1, 0, 2, 0, 1, 1, 0, 2, 0, 3, 1, 0, 0, 1};
        for (int i = 0; i < poll.length; i++) {
            send(i, EventType.VOTE, ActivityKind.POLL, Map.of("options", List.of(poll[i])));
        }
        int[] rating = {3, 4, 2, 3, 5, 3, 4, 2, 3, 1, 4, 3, 3, 4, 2, 5, 3, 4};
        for (int i = 0; i < rating.length; i++) {
            send(i, EventType.RATE, ActivityKind.RATING, Map.of("value", rating[i]));
        }
        String[] words = {"trygghet", "grönska", "cykel", "samverkan", "grönska", "trygghet", "cykel", "grönska",
                "tåg", "gemenskap", "solenergi", "grönska", "trygghet", "framtidstro", "cykel", "närhet", "تعاون",
                "خضرة", "samverkan", "grönska", "tåg", "hållbart", "تعاون", "gemenskap", "parker", "cykel", "ren luft",
                "delningsekonomi", "trygghet", "grönska", "lokalt", "barnvänligt", "solenergi"};
        for (int i = 0; i < words.length; i++) {
            send(i, EventType.WORD, ActivityKind.WORD_CLOUD, Map.of("text", words[i]));
        }
        List<Long> trafik = new ArrayList<>();
        List<Long> energi = new ArrayList<>();
        trafik.add(send(0, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "Gratis buss för unga under 20")));
        trafik.add(send(1, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "Pendlarparkering vid stationen")));
        trafik.add(send(2, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "Cykelbana hela vägen till Norrby")));
        energi.add(send(3, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "Solceller på alla kommunens tak")));
        energi.add(send(4, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "Bilpool för kommunens anställda")));
        long loose = send(5, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "Samåkningsapp för landsbygden"));
        send(16, EventType.IDEA, ActivityKind.IDEAS, Map.of("text", "حافلات ليلية في عطلة نهاية الأسبوع"));
        long[] votes = {trafik.get(0), trafik.get(0), trafik.get(2), energi.get(0), energi.get(0), energi.get(0), loose, trafik.get(1)};
        for (int i = 0; i < votes.length; i++) {
            send(i + 6, EventType.UPVOTE, ActivityKind.IDEAS, Map.of("item", votes[i]));
        }
        workshops.control(facilitator, workshop.id(), EventType.THEMED, id(ActivityKind.IDEAS), Map.of("items", trafik, "theme", "Kollektivtrafik och cykel"));
        workshops.control(facilitator, workshop.id(), EventType.THEMED, id(ActivityKind.IDEAS), Map.of("items", energi, "theme", "Kommunen som förebild"));

        long q1 = send(1, EventType.QUESTION, ActivityKind.QA, Map.of("text", "När blir busstrafiken fossilfri?"));
        long q2 = send(2, EventType.QUESTION, ActivityKind.QA, Map.of("text", "Hur följer ni upp klimatplanen varje år?"));
        long q3 = send(3, EventType.QUESTION, ActivityKind.QA, Map.of("text", "Kan föreningar söka pengar för egna klimatprojekt?"));
        send(4, EventType.QUESTION, ActivityKind.QA, Map.of("text", "Vem ansvarar för laddplatserna?"));
        for (int i = 5; i < 12; i++) {
            send(i, EventType.UPVOTE, ActivityKind.QA, Map.of("item", i < 10 ? q2 : q3));
        }
        send(12, EventType.UPVOTE, ActivityKind.QA, Map.of("item", q1));
        workshops.control(facilitator, workshop.id(), EventType.ANSWERED, id(ActivityKind.QA), Map.of("item", q1));

        int[][] dots = {{0, 2, 2, 1}, {2, 3}, {0, 3, 2, 2}, {3, 3, 4, 2}, {0, 1, 2, 3, 3, 1}, {2, 2, 1, 3}, {0, 2, 3, 2}, {4, 3, 0, 2}};
        for (int i = 0; i < dots.length; i++) {
            Map<String, Object> allocation = new LinkedHashMap<>();
            for (int j = 0; j + 1 < dots[i].length; j += 2) {
                allocation.merge(String.valueOf(dots[i][j]), dots[i][j + 1], (a, b) -> (Integer) a + (Integer) b);
            }
            send(i, EventType.DOTS, ActivityKind.DOTS, Map.of("dots", allocation));
        }

        workshops.splitGroups(facilitator, workshop.id(), id(ActivityKind.BREAKOUT), "RANDOM", 4, Map.of(),
                participants.list(workshop.id()));
        String[][] answers = {{"Skolornas matavfall minskar", "Cykelpendlingen ökar"}, {"Fler laddplatser i centrum", "Tätare bussar på kvällen"},
                {"Lokala solcellsparker", "Bättre information till hushåll"}, {"Återbruket vid ÅVC", "Enklare bygglov för solceller"}};
        for (int i = 0; i < 8; i++) {
            send(i, EventType.IDEA, ActivityKind.BREAKOUT, Map.of("text", answers[i % 4][i / 4], "question", i / 4));
        }

        int[][] scores = {{0, 1, 2}, {0, 3, 3}, {0, 4, 1}, {1, 2, 2}, {1, 3, 2}, {3, 0, 2}, {3, 2, 3}, {4, 3, 1}, {2, 1, -1}, {1, 4, -2}, {4, 0, 0}};
        for (int who = 0; who < 3; who++) {
            for (int[] s : scores) {
                int value = Math.max(-3, Math.min(3, s[2] + (who == 1 ? (s[2] > 0 ? -1 : 1) : 0)));
                send(who, EventType.SCORE, ActivityKind.SDG_MATRIX, Map.of("row", s[0], "col", s[1], "value", value));
            }
        }
        String[] chat = {"Hej från Norrby!", "Bra med uppföljning varje år", "Kan vi få bildspelet efteråt?", "مرحبا من المكتبة"};
        for (int i = 0; i < chat.length; i++) {
            send(i + 2, EventType.CHAT, ActivityKind.CHAT, Map.of("text", chat[i]));
        }
    }

    /** Puts an activity on the big screen (null: the join screen), names hidden or not. */
    public void present(ActivityKind kind, boolean onlyResults) {
        workshops.control(facilitator, workshop.id(), EventType.PRESENTED, kind == null ? null : id(kind),
                Map.of("onlyResults", onlyResults));
    }
}
