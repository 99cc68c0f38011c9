package se.samrad.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import se.samrad.support.WebClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live workshops under load (issue 5): 2,000 participants on WebSocket in one session plus 20 sessions of 50,
 * submitting ideas and votes at a combined 200 per second; each submission's time to reach every other
 * participant of its session, deliveries that never arrived, and the server's peak heap. Participants that
 * the server drops for falling behind reconnect with the last sequence number they saw and catch up.
 */
final class WorkshopBenchmark {

    private static final String FACILITATOR = "processledare@exempelkommun.example";
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{6})<");
    private static final Pattern ACTIVITY = Pattern.compile("activity-(\\d+)");
    private static final Pattern SEQ = Pattern.compile("data-seq=\"(\\d+)\"");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final int big = Integer.getInteger("bench.workshop.big", 2000);
    private final int rooms = Integer.getInteger("bench.workshop.rooms", 20);
    private final int roomSize = Integer.getInteger("bench.workshop.room-size", 50);
    private final int rate = Integer.getInteger("bench.workshop.rate", 200);

    private final List<Session> sessions = new ArrayList<>();
    private final List<Participant> everyone = new ArrayList<>();
    private final Map<String, Submission> submissions = new ConcurrentHashMap<>();
    private final Recorder latency = new Recorder(3);
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final List<HttpClient> socketClients = new ArrayList<>();
    private volatile boolean closing;
    private URI base;

    private record Session(int index, long id, String code, long ideas, long poll, List<Participant> members) {
    }

    private record Submission(long sentNanos, Participant sender, boolean measured, AtomicInteger deliveries,
                              AtomicInteger acknowledged, AtomicInteger refusals) {
    }

    private WorkshopBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        new WorkshopBenchmark().measure(duration);
    }

    private void measure(Duration duration) throws Exception {
        try (BenchServer server = BenchServer.start("workshop", "1g", Map.of(
                "SAMRAD_WORKSHOP_JOINS_PER_MINUTE", "100000000",
                "SAMRAD_WORKSHOP_SUBMISSIONS_PER_MINUTE", "100000"))) {
            base = server.base();
            for (int i = 0; i < 4; i++) {
                socketClients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build());
            }
            WebClient facilitator = server.signedIn(1, FACILITATOR).get(0);
            sessions.add(session(facilitator, 0, big));
            for (int r = 1; r <= rooms; r++) {
                sessions.add(session(facilitator, r, roomSize));
            }
            System.out.printf("bench: %d sessions, %d participants joined%n", sessions.size(), everyone.size());
            connectAll();
            System.out.printf("bench: %d WebSocket connections open%n", everyone.size());

            long[] peakHeap = {0};
            Thread heap = Thread.ofPlatform().daemon().start(() -> sampleHeap(server.pid(), peakHeap));
            load(Duration.ofSeconds(5), false);
            latency.reset();
            long sent = load(duration, true);
            drain(Duration.ofSeconds(15));
            closing = true;
            heap.interrupt();

            long expected = 0;
            long delivered = 0;
            long lost = 0;
            long measuredAcked = 0;
            for (Submission s : submissions.values()) {
                if (!s.measured() || s.refusals().get() > 0) {
                    continue;
                }
                if (s.acknowledged().get() > 0) {
                    measuredAcked++;
                }
                int others = s.sender().session().members().size() - 1;
                expected += others;
                delivered += Math.min(others, s.deliveries().get());
                lost += Math.max(0, others - s.deliveries().get());
            }
            Histogram h = latency.getIntervalHistogram();
            System.out.printf("bench: submitted=%d acknowledged=%d refused=%d send_errors=%d reconnects=%d%n", sent,
                    measuredAcked, refused.get(), sendErrors.get(), reconnects.get());
            System.out.printf("bench: deliveries expected=%d delivered=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                    expected, delivered, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    h.getMaxValue() / 1e6);
            System.out.printf("BENCH workshop participants=%d submissions=%d p50_ms=%.1f p99_ms=%.1f lost=%d heap_mb=%d%n",
                    everyone.size(), measuredAcked, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    lost, peakHeap[0] / 1024);
            for (Participant p : everyone) {
                p.close();
            }
        }
    }

    // ---- setting up: workshops with an idea board and a poll, participants joined by code

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
        Session session = new Session(index, id, code.group(1), ideas, poll, new ArrayList<>());
        join(session, size);
        return session;
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

    private void join(Session session, int size) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String csrf = cookie(http.send(HttpRequest.newBuilder(base.resolve("/w")).build(),
                HttpResponse.BodyHandlers.discarding()), "samrad_csrf");
        Participant[] joined = new Participant[size];
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String body = "_csrf=" + csrf + "&name=" + URLEncoder.encode("P" + session.index() + "-" + n,
                            StandardCharsets.UTF_8);
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                    base.resolve("/w/" + session.code() + "/join"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "samrad_csrf=" + csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 303) {
                        throw new IllegalStateException("join answered " + response.statusCode());
                    }
                    joined[n] = new Participant(session, n, cookie(response, "samrad_workshop"));
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        }
        for (Participant p : joined) {
            session.members().add(p);
            everyone.add(p);
        }
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        throw new IllegalStateException("no " + name + " cookie");
    }

    private void connectAll() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Semaphore opening = new Semaphore(64);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (Session session : sessions) {
            Participant first = session.members().get(0);
            String page = http.send(HttpRequest.newBuilder(base.resolve("/w/" + session.code()))
                    .header("Cookie", "samrad_workshop=" + first.token).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher seq = SEQ.matcher(page);
            if (!seq.find()) {
                throw new IllegalStateException("no data-seq on the participant page");
            }
            long after = Long.parseLong(seq.group(1));
            for (Participant p : session.members()) {
                p.lastSeq = after;
                opening.acquire();
                all.add(p.connect().whenComplete((ok, e) -> opening.release()));
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    // ---- the load: submissions at a fixed rate from participants picked at random

    private long load(Duration duration, boolean measured) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long next = start;
        long count = 0;
        while (next < end) {
            LockSupport.parkNanos(next - System.nanoTime());
            Participant p = everyone.get(ThreadLocalRandom.current().nextInt(everyone.size()));
            String clientId = "b" + (measured ? "m" : "w") + count;
            Session s = p.session();
            String message = count % 2 == 0
                    ? "{\"clientId\":\"" + clientId + "\",\"type\":\"IDEA\",\"activity\":" + s.ideas()
                    + ",\"data\":{\"text\":\"Idé nummer " + count + " om samverkan\"}}"
                    : "{\"clientId\":\"" + clientId + "\",\"type\":\"VOTE\",\"activity\":" + s.poll()
                    + ",\"data\":{\"options\":[" + (count % 3) + "]}}";
            submissions.put(clientId, new Submission(System.nanoTime(), p, measured, new AtomicInteger(),
                    new AtomicInteger(), new AtomicInteger()));
            p.send(message);
            count++;
            next += interval;
        }
        return count;
    }

    private void drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = submissions.values().stream().filter(Submission::measured)
                    .allMatch(s -> s.refusals().get() > 0 || (s.acknowledged().get() > 0
                            && s.deliveries().get() >= s.sender().session().members().size() - 1));
            if (done) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private void sampleHeap(long pid, long[] peakKb) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        while (!closing) {
            try {
                Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        Matcher m = HEAP_USED.matcher(line);
                        if (m.find()) {
                            peakKb[0] = Math.max(peakKb[0], Long.parseLong(m.group(1)));
                            break;
                        }
                    }
                }
                p.waitFor(5, TimeUnit.SECONDS);
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // sample again
            }
        }
    }

    // ---- one participant's WebSocket

    private final class Participant implements WebSocket.Listener {
        final Session session;
        final int index;
        final String token;
        volatile long lastSeq;
        volatile WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        Participant(Session session, int index, String token) {
            this.session = session;
            this.index = index;
            this.token = token;
        }

        Session session() {
            return session;
        }

        CompletableFuture<WebSocket> connect() {
            URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/w/" + session.code() + "/ws?after="
                    + lastSeq);
            HttpClient client = socketClients.get((session.index() * 7919 + index) % socketClients.size());
            return client.newWebSocketBuilder().header("Cookie", "samrad_workshop=" + token)
                    .connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, this)
                    .whenComplete((ws, e) -> socket = ws);
        }

        void send(String message) {
            WebSocket ws = socket;
            if (ws == null) {
                sendErrors.incrementAndGet();
                return;
            }
            try {
                ws.sendText(message, true).exceptionally(e -> {
                    sendErrors.incrementAndGet();
                    return null;
                });
            } catch (IllegalStateException e) {
                sendErrors.incrementAndGet();
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                frame(partial, now);
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void frame(CharSequence text, long now) {
            String frame = text.toString();
            int at = 0;
            while ((at = frame.indexOf("\"seq\":", at)) >= 0) {
                int end = at + 6;
                while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
                    end++;
                }
                lastSeq = Math.max(lastSeq, Long.parseLong(frame, at + 6, end, 10));
                at = end;
            }
            each(frame, "\"clientId\":\"", id -> {
                Submission s = submissions.get(id);
                if (s != null && s.sender() != this) {
                    s.deliveries().incrementAndGet();
                    latency.recordValue(Math.max(0, now - s.sentNanos()));
                }
            });
            each(frame, "{\"ack\":\"", id -> {
                Submission s = submissions.get(id);
                if (s != null) {
                    s.acknowledged().incrementAndGet();
                }
            });
            each(frame, "{\"nack\":\"", id -> {
                Submission s = submissions.get(id);
                if (s != null) {
                    s.refusals().incrementAndGet();
                }
                refused.incrementAndGet();
            });
        }

        /** Each string value that follows {@code marker} in the frame. */
        private static void each(String frame, String marker, java.util.function.Consumer<String> action) {
            int at = 0;
            while ((at = frame.indexOf(marker, at)) >= 0) {
                int start = at + marker.length();
                int end = frame.indexOf('"', start);
                action.accept(frame.substring(start, end));
                at = end;
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            socket = null;
            if (!closing) {
                reconnects.incrementAndGet();
                connect();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            socket = null;
            if (!closing) {
                reconnects.incrementAndGet();
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(this::connect);
            }
        }

        void close() {
            WebSocket ws = socket;
            if (ws != null) {
                ws.abort();
            }
        }
    }
}
