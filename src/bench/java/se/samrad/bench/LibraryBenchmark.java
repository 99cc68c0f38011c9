package se.samrad.bench;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import se.samrad.support.WebClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The good-practice library at scale: 100,000 generated examples (Swedish and English, tagged with targets, from
 * 290 organisations, public or shared in the demo network) written to MariaDB with batched inserts, plus the
 * hand-written examples of three judged query sets ({@code src/bench/resources/bench/library-judged.json}, and the
 * second and third, independent ones with kinds of query, {@code library-judged-2.json}, {@code -3.json}). The
 * index is rebuilt through the admin endpoint (documents per second), then concurrent clients run a mix of
 * searches with facets, filters and highlighting (latency), and every set's queries are scored per kind
 * (nDCG@10, recall@10, MRR). MariaDB FULLTEXT and PostgreSQL full-text search are measured on the same rows in
 * the same run ({@link LibraryPeers}).
 * BENCH_EXAMPLES sets the number of generated examples (e.g. 2000 for a quick look at quality).
 */
final class LibraryBenchmark {

    static final String ADMIN = "admin@exempelkommun.example";
    private static final String PLATFORM = "plattform@samrad.example";
    private static final int DOCUMENTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_EXAMPLES",
            System.getProperty("bench.library.documents", "100000")).strip());
    static final int CLIENTS = 4;
    private static final int BATCH = 2000;
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private LibraryBenchmark() {
    }

    /** The judged sets' examples' database ids by key (one map per set), and the demo organisation. */
    record Planted(List<Map<String, Long>> ids, long demo) {
    }

    private record Topic(String[] titlesSv, String[] textSv, String[] titlesEn, String[] textEn, String[] targets,
                         String[] tags) {
    }

    private static final String[] PLACES = {"Ale", "Alingsås", "Arvika", "Avesta", "Boden", "Borlänge", "Eksjö",
        "Falun", "Gislaved", "Gävle", "Hudiksvall", "Härnösand", "Kalmar", "Karlstad", "Kiruna", "Kumla", "Leksand",
        "Lidköping", "Ludvika", "Lycksele", "Malung", "Mora", "Motala", "Nora", "Orsa", "Piteå", "Rättvik", "Sala",
        "Skövde", "Smedjebacken", "Säter", "Tomelilla", "Torsby", "Trosa", "Umeå", "Vansbro", "Vimmerby", "Växjö",
        "Ystad", "Älvdalen", "Örnsköldsvik", "Östersund", "Grums", "Hedemora", "Gagnef"};
    private static final String[] REGIONS = {"Region Dalarna", "Region Värmland", "Region Skåne", "Region Jämtland Härjedalen",
        "Region Västerbotten", "Region Kalmar län", "Västra Götalandsregionen", "Region Gävleborg"};

    private static final Topic[] TOPICS = {
        new Topic(new String[]{"Minskat matsvinn i %s", "Matsvinnet i %s halverades", "Mindre mat i soporna i %s"},
                new String[]{"Köken vägde matsvinnet och ändrade portionerna.", "Skolmåltiderna planerades om för att minska svinnet.",
                    "Överbliven mat såldes som matlådor.", "Kockarna och eleverna arbetade tillsammans med menyn."},
                new String[]{"Less food waste in %s", "Food waste halved in %s"},
                new String[]{"The kitchens weighed food waste and adjusted portions.", "Leftovers were sold as lunch boxes."},
                new String[]{"12.3", "12.5", "2.1"}, new String[]{"matsvinn", "måltider"}),
        new Topic(new String[]{"Fler cyklar i %s", "Cykelstrategi för %s", "Cykelbanor i %s"},
                new String[]{"Nya cykelbanor byggdes mellan bostäder och skolor.", "Kommunen satte upp cykelparkeringar vid stationen.",
                    "Fler invånare cyklar till arbetet.", "Trafiksäkerheten förbättrades vid korsningar."},
                new String[]{"More cycling in %s", "Cycle lanes in %s"},
                new String[]{"New cycle lanes connect homes and schools.", "Cycle parking was built at the station."},
                new String[]{"11.2", "3.6", "13.2"}, new String[]{"cykel", "trafik"}),
        new Topic(new String[]{"Energieffektivisering i %s", "Solenergi i %s", "Minskad energianvändning i %s"},
                new String[]{"Fastigheterna fick ny belysning och styrning av ventilationen.", "Solceller monterades på skolornas tak.",
                    "Energianvändningen i kommunens lokaler minskade.", "Uppvärmningen ställdes om till förnybar energi."},
                new String[]{"Energy efficiency in %s", "Solar energy in %s"},
                new String[]{"The buildings got new lighting and ventilation control.", "Solar panels were installed on school roofs."},
                new String[]{"7.2", "7.3", "13.2"}, new String[]{"energi", "fastigheter"}),
        new Topic(new String[]{"Klimatstrategi för %s", "Klimatmål i %s", "Fossilfria transporter i %s"},
                new String[]{"Kommunen antog klimatmål och följer upp utsläppen varje år.", "Fordonsflottan ställdes om till biogas och el.",
                    "Utsläppen från transporterna minskade.", "Klimatfrågan blev en del av budgetarbetet."},
                new String[]{"Climate strategy for %s", "Fossil-free transport in %s"},
                new String[]{"The municipality adopted climate targets and follows up emissions yearly.", "The fleet switched to biogas and electricity."},
                new String[]{"13.2", "13.3", "11.6"}, new String[]{"klimat", "utsläpp"}),
        new Topic(new String[]{"Medborgardialog i %s", "Invånarna tyckte till i %s", "Dialog om framtidens %s"},
                new String[]{"Invånare i alla åldrar fick lämna synpunkter på förslaget.", "Dialogen hölls på torget och digitalt.",
                    "Unga och äldre deltog i workshoppar.", "Resultatet återkopplades till alla som deltog."},
                new String[]{"Citizen dialogue in %s", "Residents had their say in %s"},
                new String[]{"Residents of all ages commented on the proposal.", "The dialogue was held in the square and online."},
                new String[]{"16.7", "11.3", "10.2"}, new String[]{"dialog", "delaktighet"}),
        new Topic(new String[]{"Hälsofrämjande skola i %s", "Rörelse i skolan i %s", "Elevhälsa i %s"},
                new String[]{"Eleverna fick mer rörelse under skoldagen.", "Skolan samarbetade med föreningar om fritid.",
                    "Elevhälsan arbetade förebyggande.", "Skolgården gjordes om för lek och rörelse."},
                new String[]{"Health-promoting schools in %s", "Physical activity at school in %s"},
                new String[]{"Pupils got more physical activity during the school day.", "The school worked with local clubs."},
                new String[]{"3.4", "4.1", "4.a"}, new String[]{"skola", "hälsa"}),
        new Topic(new String[]{"Biologisk mångfald i %s", "Naturvård i %s", "Grönare parker i %s"},
                new String[]{"Parkerna sköts så att fler arter trivs.", "Gamla träd sparades och nya planterades.",
                    "Våtmarker återställdes.", "Invånare inventerade fåglar och växter."},
                new String[]{"Biodiversity in %s", "Greener parks in %s"},
                new String[]{"The parks are managed so that more species thrive.", "Wetlands were restored."},
                new String[]{"15.1", "15.5", "11.7"}, new String[]{"natur", "mångfald"}),
        new Topic(new String[]{"Integration genom arbete i %s", "Praktikplatser i %s", "Vägar till jobb i %s"},
                new String[]{"Nyanlända fick praktik hos kommunen och företag.", "Språkstöd kombinerades med arbete.",
                    "Fler kom i sysselsättning.", "Arbetsförmedlingen och kommunen samverkade."},
                new String[]{"Integration through work in %s", "Routes to jobs in %s"},
                new String[]{"Newcomers got internships with the municipality and companies.", "Language support was combined with work."},
                new String[]{"8.5", "8.6", "10.2"}, new String[]{"arbete", "integration"}),
        new Topic(new String[]{"Vattenvård i %s", "Renare sjöar i %s", "Dagvatten i %s"},
                new String[]{"Avloppen på landsbygden åtgärdades.", "Dagvattnet renas i dammar innan det når sjön.",
                    "Vattenkvaliteten följs upp varje år.", "Lantbrukare anlade skyddszoner längs vattendragen."},
                new String[]{"Water protection in %s", "Cleaner lakes in %s"},
                new String[]{"Rural sewage systems were upgraded.", "Stormwater is treated in ponds before reaching the lake."},
                new String[]{"6.3", "6.6", "14.1"}, new String[]{"vatten", "sjöar"}),
        new Topic(new String[]{"Trygghet i %s", "Tryggare centrum i %s", "Brottsförebyggande arbete i %s"},
                new String[]{"Kommunen och polisen samverkade mot otrygghet.", "Belysningen i centrum förbättrades.",
                    "Fältassistenter möter unga på kvällarna.", "Invånarna deltog i trygghetsmätningar."},
                new String[]{"Safety in %s", "Crime prevention in %s"},
                new String[]{"The municipality and police cooperated against insecurity.", "Lighting in the town centre was improved."},
                new String[]{"16.1", "11.7", "5.2"}, new String[]{"trygghet", "brottsförebyggande"})
    };

    static void run(Duration duration) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        try (BenchServer server = BenchServer.start("library", "1500m",
                Map.of("SAMRAD_RATE_LIMIT_PUBLIC_API_PER_MINUTE", "100000000"))) {
            List<JudgedSet> sets = judgedSets();
            Corpus corpus = corpus(server, sets, DOCUMENTS);
            BenchDatabase database = server.database();
            Planted planted = corpus.planted();
            double perSecond = corpus.indexedPerSecond();
            long documents = corpus.documents();
            List<WebClient> staff = server.signedIn(CLIENTS, ADMIN);

            List<String> texts = queryTexts(sets.get(0));
            List<String> mix = queryMix(texts);
            Load.Result searches = searches(server, staff, mix, warmUp, duration);
            Map<String, Map<String, Map<String, Quality.Scores>>> quality = new LinkedHashMap<>();
            for (int i = 0; i < sets.size(); i++) {
                Map<String, Quality.Scores> scores = Quality.score(sets.get(i), planted.ids(), i,
                        q -> samradTop(staff.get(0), q), i == 0 ? 0.8 : 0.5);
                quality.computeIfAbsent(sets.get(i).name(), k -> new LinkedHashMap<>()).put("samrad", scores);
                Quality.print(sets.get(i).name(), "samrad", scores);
            }
            LibraryPeers.Both peers = LibraryPeers.measureBoth(database, planted.demo(), sets, planted.ids(), texts,
                    CLIENTS, warmUp, duration, quality);
            LibraryPeers.Figures mariadb = peers.mariadb();
            LibraryPeers.Figures postgres = peers.postgres();
            quality.forEach(Quality::printSideBySide);
            System.out.printf("BENCH library documents=%d index_docs_per_s=%.0f p50_ms=%.1f p99_ms=%.1f ndcg10=%.3f "
                    + "ndcg10_set2=%.3f ndcg10_set3=%.3f pg_p99_ms=%s pg_ndcg10=%s pg_ndcg10_set2=%s pg_ndcg10_set3=%s "
                    + "mariadb_p99_ms=%s mariadb_ndcg10=%s mariadb_ndcg10_set2=%s mariadb_ndcg10_set3=%s%n", documents,
                    perSecond, searches.p50Ms(), searches.p99Ms(), overall(quality, "set1", "samrad"),
                    overall(quality, "set2", "samrad"), overall(quality, "set3", "samrad"),
                    LibraryPeers.figure(postgres.p99Ms(), "%.1f"), LibraryPeers.figure(postgres.ndcgSet1(), "%.3f"),
                    LibraryPeers.figure(postgres.ndcgSet2(), "%.3f"), LibraryPeers.figure(postgres.ndcgSet3(), "%.3f"),
                    LibraryPeers.figure(mariadb.p99Ms(), "%.1f"), LibraryPeers.figure(mariadb.ndcgSet1(), "%.3f"),
                    LibraryPeers.figure(mariadb.ndcgSet2(), "%.3f"), LibraryPeers.figure(mariadb.ndcgSet3(), "%.3f"));
        }
    }

    /** The three judged sets: the library's own, and the second and third, independent ones. */
    static List<JudgedSet> judgedSets() throws Exception {
        return List.of(JudgedSet.load("set1", "/bench/library-judged.json"),
                JudgedSet.load("set2", "/bench/library-judged-2.json"),
                JudgedSet.load("set3", "/bench/library-judged-3.json"));
    }

    /** The corpus written and indexed: the judged examples' ids, the examples the demo admin may see, index speed. */
    record Corpus(Planted planted, long documents, double indexedPerSecond) {
    }

    /**
     * Writes the judged sets' examples and {@code generated} generated ones into the server's MariaDB and rebuilds
     * the index through the admin endpoint (documents per second, reading the database included).
     */
    static Corpus corpus(BenchServer server, List<JudgedSet> sets, int generated) throws Exception {
        BenchDatabase database = server.database();
        if (database == null) {
            throw new IllegalStateException("the library benchmark writes its corpus to MariaDB: set SAMRAD_BENCH_DB_URL");
        }
        Planted planted;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl()
                + "?rewriteBatchedStatements=true&useBulkStmts=true", database.user(), database.password())) {
            planted = generate(db, sets, generated);
        }
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("generated %d examples in MariaDB in %.1f s (%.0f/s)%n", generated, generateSeconds,
                generated / generateSeconds);
        WebClient admin = server.signedIn(1, PLATFORM).get(0);
        long indexStart = System.nanoTime();
        WebClient.Response rebuilt = admin.post("/platform/library/rebuild");
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        Load.expect(rebuilt, 200);
        long documents = published(database);
        WebClient staff = server.signedIn(1, ADMIN).get(0);
        System.out.printf("indexed %d examples in %.1f s (%.0f/s), the demo admin sees %d of them%n", documents,
                indexSeconds, documents / indexSeconds, total(staff.getJson("/api/v1/library/search?q=&size=1")));
        return new Corpus(planted, documents, documents / indexSeconds);
    }

    /**
     * Concurrent clients run the search mix: latency, server CPU per search, and where the time goes. BENCH_SECONDS=0
     * skips it (and the peers' load): a run for quality alone.
     */
    private static Load.Result searches(BenchServer server, List<WebClient> staff, List<String> mix, Duration warmUp,
                                        Duration duration) throws Exception {
        if (duration.isZero()) {
            return new Load.Result("search skipped", 0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        Random random = new Random(7);
        Map<String, long[]> perPath = new java.util.concurrent.ConcurrentHashMap<>();
        double cpuBefore = Series.cpuMillis(server.pid());
        Load.Result searches = Load.run("search with facets and highlighting", CLIENTS, warmUp, duration, c -> {
            String path;
            synchronized (random) {
                path = mix.get(random.nextInt(mix.size()));
            }
            long start = System.nanoTime();
            Load.expect(staff.get(c).getJson(path), 200);
            long took = System.nanoTime() - start;
            perPath.compute(path, (p, v) -> v == null ? new long[]{1, took} : new long[]{v[0] + 1, v[1] + took});
        });
        System.out.println(searches);
        long requests = perPath.values().stream().mapToLong(v -> v[0]).sum();
        // CPU the server spent per search (warm-up included): unlike latency, barely moved by other load.
        System.out.printf("server CPU per search %.2f ms (%d searches)%n",
                (Series.cpuMillis(server.pid()) - cpuBefore) / requests, requests);
        // Where the time goes: the searches that took longest on average (warm-up included).
        perPath.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[1] / (double) b.getValue()[0],
                        a.getValue()[1] / (double) a.getValue()[0]))
                .limit(12)
                .forEach(e -> System.out.printf("  %6.1f ms mean over %3d  %s%n",
                        e.getValue()[1] / 1e6 / e.getValue()[0], e.getValue()[0], e.getKey()));
        return searches;
    }

    private static double overall(Map<String, Map<String, Map<String, Quality.Scores>>> quality, String set,
                                  String engine) {
        return quality.get(set).get(engine).get(Quality.OVERALL).ndcg();
    }

    /** Writes organisations, the judged examples and the generated ones; returns the judged examples' ids. */
    private static Planted generate(Connection db, List<JudgedSet> sets, int generated) throws Exception {
        db.setAutoCommit(false);
        // Agenda 2030's targets by code ("12.3"), every framework's also by key and code ("miljokvalitetsmal:7").
        Map<String, Long> elements = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT e.id, e.code, f.fkey "
                + "FROM goal_element e JOIN goal_framework f ON f.id = e.framework_id")) {
            while (rs.next()) {
                elements.put(rs.getString(3) + ":" + rs.getString(2), rs.getLong(1));
                if (rs.getString(3).equals("agenda2030")) {
                    elements.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        long network;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM network ORDER BY id LIMIT 1")) {
            rs.next();
            network = rs.getLong(1);
        }
        long demo;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM organisation WHERE name = 'Exempelkommun'")) {
            rs.next();
            demo = rs.getLong(1);
        }
        List<Long> organisations = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organisation (name, kind, created_at) VALUES (?, 'MUNICIPALITY', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 290; i++) {
                insert.setString(1, PLACES[i % PLACES.length] + " kommun " + (i / PLACES.length + 1));
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    organisations.add(keys.getLong(1));
                }
            }
        }
        long nextId;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM library_example")) {
            rs.next();
            nextId = rs.getLong(1);
        }
        Random random = new Random(42);
        List<Map<String, Long>> judgedIds = new ArrayList<>();
        try (PreparedStatement example = db.prepareStatement("INSERT INTO library_example (id, organisation_id, status, "
                + "visibility, network_id, lang, kind, municipality, region, year_from, year_to, costs, contact, dimensions, "
                + "tags, links, review_note, created_at, updated_at, published_at, revision) VALUES (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', ?, '', '', ?, ?, ?, 1)");
             PreparedStatement text = db.prepareStatement("INSERT INTO library_example_text (example_id, lang, title, "
                     + "summary, problem, actions, results, lessons) VALUES (?, ?, ?, ?, '', ?, ?, '')");
             PreparedStatement target = db.prepareStatement("INSERT INTO library_example_target (example_id, element_id) VALUES (?, ?)")) {
            for (JudgedSet set : sets) {
                Map<String, Long> ids = new LinkedHashMap<>();
                judgedIds.add(ids);
                for (JudgedSet.Example doc : set.examples()) {
                    long id = nextId++;
                    ids.put(doc.key(), id);
                    long organisation = organisations.get(random.nextInt(organisations.size()));
                    String place = PLACES[random.nextInt(PLACES.length)];
                    addExample(example, id, organisation, "PUBLIC", null, doc.lang(), doc.type(),
                            doc.municipality().isEmpty() ? place : doc.municipality(),
                            REGIONS[random.nextInt(REGIONS.length)], 2022, 2024, doc.tags(), now);
                    addText(text, id, doc.lang(), doc.title(), doc.summary(), doc.actions(), doc.results());
                    for (String code : doc.targets()) {
                        Long element = elements.get(code);
                        if (element == null) {
                            throw new IllegalStateException(set.name() + " " + doc.key() + ": no goal element " + code);
                        }
                        addTarget(target, id, element);
                    }
                }
            }
            for (int n = 0; n < generated; n++) {
                long id = nextId++;
                Topic topic = TOPICS[random.nextInt(TOPICS.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                boolean english = random.nextInt(5) == 0;
                int visibility = random.nextInt(10);
                long organisation = visibility == 0 ? demo : organisations.get(random.nextInt(organisations.size()));
                int from = 2015 + random.nextInt(9);
                addExample(example, id, organisation, visibility < 8 ? "PUBLIC" : visibility == 8 ? "NETWORK" : "ORGANISATION",
                        visibility == 8 ? network : null, english ? "en" : "sv",
                        new String[]{"PROJECT", "METHOD", "STEERING", "COLLABORATION", "DIALOGUE", "INVESTMENT"}[random.nextInt(6)],
                        place, REGIONS[random.nextInt(REGIONS.length)], from, from + random.nextInt(4),
                        String.join(", ", topic.tags()), now);
                if (english) {
                    addText(text, id, "en", pick(random, topic.titlesEn()).formatted(place), pick(random, topic.textEn()),
                            pick(random, topic.textEn()) + " " + pick(random, topic.textEn()), pick(random, topic.textEn()));
                } else {
                    addText(text, id, "sv", pick(random, topic.titlesSv()).formatted(place), pick(random, topic.textSv()),
                            pick(random, topic.textSv()) + " " + pick(random, topic.textSv()), pick(random, topic.textSv()));
                }
                int targets = 1 + random.nextInt(topic.targets().length);
                for (int t = 0; t < targets; t++) {
                    addTarget(target, id, elements.get(topic.targets()[t]));
                }
                if (n % BATCH == BATCH - 1) {
                    flush(db, example, text, target);
                }
            }
            flush(db, example, text, target);
        }
        return new Planted(judgedIds, demo);
    }

    private static void addExample(PreparedStatement s, long id, long organisation, String visibility, Long network,
                                   String lang, String kind, String municipality, String region, int from, int to,
                                   String tags, Timestamp now) throws Exception {
        s.setLong(1, id);
        s.setLong(2, organisation);
        s.setString(3, visibility);
        if (network == null) {
            s.setNull(4, java.sql.Types.BIGINT);
        } else {
            s.setLong(4, network);
        }
        s.setString(5, lang);
        s.setString(6, kind);
        s.setString(7, municipality);
        s.setString(8, region);
        s.setInt(9, from);
        s.setInt(10, to);
        s.setString(11, tags);
        s.setTimestamp(12, now);
        s.setTimestamp(13, now);
        s.setTimestamp(14, new Timestamp(now.getTime() - id * 60_000L));
        s.addBatch();
    }

    private static void addText(PreparedStatement s, long id, String lang, String title, String summary, String actions,
                                String results) throws Exception {
        s.setLong(1, id);
        s.setString(2, lang);
        s.setString(3, title);
        s.setString(4, summary);
        s.setString(5, actions);
        s.setString(6, results);
        s.addBatch();
    }

    private static void addTarget(PreparedStatement s, long id, Long element) throws Exception {
        s.setLong(1, id);
        s.setLong(2, element);
        s.addBatch();
    }

    private static void flush(Connection db, PreparedStatement... statements) throws Exception {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        db.commit();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** What people type: the first judged set's queries and topic words (the second set is only scored). */
    static List<String> queryTexts(JudgedSet judged) {
        List<String> texts = new ArrayList<>();
        for (JudgedSet.Query query : judged.queries()) {
            texts.add(query.text());
        }
        texts.addAll(List.of("matsvinn", "svinn", "cykel", "klimat", "solceller", "dialog", "hållbarhet", "energi",
                "food waste", "cycle lanes", "trygghet", "vatten", ""));
        return texts;
    }

    /** Searches as people make them: the texts, half with a facet filter, some by date. */
    static List<String> queryMix(List<String> texts) {
        String[] filters = {"", "&goal=agenda2030%2F12", "&goal=agenda2030%2F11", "&type=PROJECT", "&year=2021",
            "&dimension=ENVIRONMENTAL", "&goal=agenda2030%2F13&type=STEERING"};
        List<String> mix = new ArrayList<>();
        for (String text : texts) {
            for (int i = 0; i < filters.length; i++) {
                String sort = i == 3 ? "&sort=newest" : "";
                mix.add("/api/v1/library/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + filters[i] + sort);
            }
        }
        return mix;
    }

    /** Samråd's first hits for a query (as many as a page may hold), as the demo admin sees them through the API. */
    private static List<Long> samradTop(WebClient client, String q) throws Exception {
        WebClient.Response response = client.getJson("/api/v1/library/search?size=" + Quality.DEPTH + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        Load.expect(response, 200);
        List<Long> ranked = new ArrayList<>();
        JsonNode hits = JSON.readValue(response.body(), JsonNode.class).get("hits");
        for (JsonNode hit : hits.values()) {
            ranked.add(hit.get("id").getLongValue());
        }
        return ranked;
    }

    private static long published(BenchDatabase database) throws Exception {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM library_example WHERE status = 'PUBLISHED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long total(WebClient.Response response) {
        Matcher m = TOTAL.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no total in " + response.body());
        }
        return Long.parseLong(m.group(1));
    }
}
