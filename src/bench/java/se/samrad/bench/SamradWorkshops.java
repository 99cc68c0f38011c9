package se.samrad.bench;

import se.samrad.support.WebClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samråd's live workshops as the workshop benchmark drives them: the facilitator creates each workshop with an
 * idea board and a poll and starts both; participants join by code (the form with its CSRF cookie) and follow
 * the session's WebSocket from the sequence number the participant page shows.
 */
final class SamradWorkshops implements WorkshopTarget {

    private static final String FACILITATOR = "processledare@exempelkommun.example";
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{6})<");
    private static final Pattern ACTIVITY = Pattern.compile("activity-(\\d+)");
    private static final Pattern SEQ = Pattern.compile("data-seq=\"(\\d+)\"");

    private final URI base;
    private final List<URI> sockets;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Long> pids;
    private final Function<String, WebClient> signedIn;

    /** One server, or two nodes behind HAProxy ({@code base} HAProxy's address), signing in through {@code signedIn}. */
    SamradWorkshops(URI base, List<Long> pids, Function<String, WebClient> signedIn) {
        this(base, List.of(base), pids, signedIn);
    }

    /**
     * Pages through {@code base}, WebSockets straight to the nodes in {@code sockets} in turn (a measure of what the
     * balancer's hop costs: {@code BENCH_NODES_DIRECT=1}).
     */
    SamradWorkshops(URI base, List<URI> sockets, List<Long> pids, Function<String, WebClient> signedIn) {
        this.base = base;
        this.sockets = List.copyOf(sockets);
        this.pids = List.copyOf(pids);
        this.signedIn = signedIn;
    }

    @Override
    public List<Long> pids() {
        return pids;
    }

    @Override
    public List<Session> open(List<Integer> sizes) throws Exception {
        WebClient facilitator = signedIn.apply(FACILITATOR);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            sessions.add(session(facilitator, i, sizes.get(i)));
        }
        return sessions;
    }

    @Override
    public URI socket(Session session, long after) {
        URI node = sockets.get(Math.floorMod(next.getAndIncrement(), sockets.size()));
        return URI.create("ws://" + node.getHost() + ":" + node.getPort() + "/w/" + session.code() + "/ws?after=" + after);
    }

    @Override
    public String cookie(String token) {
        return "samrad_workshop=" + token;
    }

    @Override
    public boolean acknowledges() {
        return true;
    }

    private Session session(WebClient facilitator, int index, int size) throws Exception {
        WebClient.Response created = facilitator.post("/workshops", "title", "Bench " + index, "anonymous", "on");
        long id = Long.parseLong(created.location().replaceAll("\\D+", ""));
        long ideas = activity(facilitator, id, "kind", "IDEAS", "title", "Idéer");
        long poll = activity(facilitator, id, "kind", "POLL", "title", "Omröstning", "options", "Ja\nNej\nKanske");
        for (long activity : List.of(ideas, poll)) {
            Load.expect(facilitator.post("/workshops/" + id + "/control", "action", "STARTED", "activity", activity), 303);
        }
        Matcher code = CODE.matcher(facilitator.get("/workshops/" + id).body());
        if (!code.find()) {
            throw new IllegalStateException("no join code on the running page");
        }
        List<String> tokens = join(index, code.group(1), size);
        return new Session(index, code.group(1), ideas, poll, tokens, firstSeq(code.group(1), tokens.get(0)));
    }

    private static long activity(WebClient facilitator, long workshop, String... fields) throws Exception {
        WebClient.Response added = facilitator.post("/workshops/" + workshop + "/activities", (Object[]) fields);
        Load.expect(added, 303);
        Matcher m = ACTIVITY.matcher(added.location());
        if (!m.find()) {
            throw new IllegalStateException("no activity id in " + added.location());
        }
        return Long.parseLong(m.group(1));
    }

    /** {@code size} participants join by code, eight at a time; their workshop tokens in order. */
    private List<String> join(int index, String code, int size) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String csrf = cookie(http.send(HttpRequest.newBuilder(base.resolve("/w")).build(),
                HttpResponse.BodyHandlers.discarding()), "samrad_csrf");
        String[] joined = new String[size];
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String body = "_csrf=" + csrf + "&name=" + URLEncoder.encode("P" + index + "-" + n,
                            StandardCharsets.UTF_8);
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/w/" + code + "/join"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "samrad_csrf=" + csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 303) {
                        throw new IllegalStateException("join answered " + response.statusCode());
                    }
                    joined[n] = cookie(response, "samrad_workshop");
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return List.of(joined);
    }

    /** The sequence number the participant page shows, from which the session's followers start. */
    private long firstSeq(String code, String token) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/w/" + code))
                .header("Cookie", cookie(token)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher seq = SEQ.matcher(page);
        if (!seq.find()) {
            throw new IllegalStateException("no data-seq on the participant page");
        }
        return Long.parseLong(seq.group(1));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        throw new IllegalStateException("no " + name + " cookie");
    }
}
