package se.samrad.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import org.HdrHistogram.Histogram;
import se.samrad.support.WebClient;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live workshops under load (issue 5): 2,000 participants on WebSocket in one session plus 20 sessions of 50,
 * submitting ideas and votes at a combined 200 per second; each submission's time to reach every other
 * participant of its session, deliveries that never arrived, and the server's peak heap. Participants that
 * the server drops for falling behind reconnect with the last sequence number they saw and catch up.
 *
 * <p>The participants are plain Netty WebSocket clients on two event-loop threads (the JDK's WebSocket client
 * cost the load generator, which shares the cores with the server, more than the server's own work). Each
 * waits for the server's {@code {"ready":true}} before it sends, and checks every event's sequence number:
 * one it already had is a duplicate, one that skips numbers is a gap.
 */
final class WorkshopBenchmark {

    private static final String FACILITATOR = "processledare@exempelkommun.example";
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{6})<");
    private static final Pattern ACTIVITY = Pattern.compile("activity-(\\d+)");
    private static final Pattern SEQ = Pattern.compile("data-seq=\"(\\d+)\"");

    private final int big = Integer.getInteger("bench.workshop.big", 2000);
    private final int rooms = Integer.getInteger("bench.workshop.rooms", 20);
    private final int roomSize = Integer.getInteger("bench.workshop.room-size", 50);
    private final int rate = Integer.getInteger("bench.workshop.rate", 200);

    private final List<Session> sessions = new ArrayList<>();
    private final List<Participant> everyone = new ArrayList<>();
    /** By the number in the client id {@code b<n>}; warm-up and measured submissions share the numbering. */
    private AtomicReferenceArray<Submission> submissions;
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    /** One histogram per client thread (no shared counters on the hot path), of measured submissions only. */
    private final List<Histogram> latencies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<Histogram> latency = ThreadLocal.withInitial(() -> {
        Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
        latencies.add(h);
        return h;
    });
    /** From sending a submission to its acknowledgement (stored in the log), measured submissions only. */
    private final Histogram acknowledgements = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private final java.util.concurrent.atomic.LongAdder frames = new java.util.concurrent.atomic.LongAdder();
    private long numbered;
    private volatile boolean closing;
    private URI base;

    private record Session(int index, long id, String code, long ideas, long poll, List<Participant> members) {
    }

    private record Submission(long sentNanos, Participant sender, boolean measured, AtomicInteger deliveries,
                              AtomicInteger acknowledged, AtomicInteger refusals) {
    }

    static {
        // the load generator's own costs: Netty's leak detector samples buffers with a stack trace each
        System.setProperty("io.netty.leakDetection.level", "disabled");
    }

    private WorkshopBenchmark() {
    }

    /** Where the load goes: one server, or two nodes behind HAProxy. */
    private record Target(URI base, List<Long> pids, java.util.function.Function<String, WebClient> signedIn) {
    }

    private record Result(int participants, long submissions, double p50, double p99, long lost, long heapMb) {
    }

    /**
     * One node; with {@code BENCH_NODES=2} (issue 21) then the same load on two nodes behind HAProxy in the same
     * run, since on one machine only the ratio of the two says what crossing the broker costs.
     */
    static void run(Duration duration) throws Exception {
        Map<String, String> env = Map.of("SAMRAD_WORKSHOP_JOINS_PER_MINUTE", "100000000",
                "SAMRAD_WORKSHOP_SUBMISSIONS_PER_MINUTE", "100000");
        int nodes = Integer.parseInt(System.getenv().getOrDefault("BENCH_NODES", "1").trim());
        Result one;
        try (BenchServer server = BenchServer.start("workshop", "1g", env)) {
            one = new WorkshopBenchmark().measure(duration, new Target(server.base(), List.of(server.pid()),
                    email -> server.signedIn(1, email).get(0)));
        }
        if (nodes < 2) {
            System.out.printf("BENCH workshop participants=%d submissions=%d p50_ms=%.1f p99_ms=%.1f lost=%d heap_mb=%d%n",
                    one.participants(), one.submissions(), one.p50(), one.p99(), one.lost(), one.heapMb());
            return;
        }
        System.out.printf("bench: one node: p50_ms=%.1f p99_ms=%.1f lost=%d; now two nodes%n", one.p50(), one.p99(),
                one.lost());
        Result two;
        try (BenchCluster cluster = BenchCluster.start("workshop", "1g", env)) {
            two = new WorkshopBenchmark().measure(duration, new Target(cluster.base(), cluster.pids(),
                    email -> cluster.signedIn(1, email).get(0)));
        }
        System.out.printf("BENCH workshop nodes=2 participants=%d submissions=%d p99_ms=%.1f single_p99_ms=%.1f lost=%d%n",
                two.participants(), two.submissions(), two.p99(), one.p99(), one.lost() + two.lost());
    }

    private Result measure(Duration duration, Target server) throws Exception {
        try {
            base = server.base();
            Duration warmUp = Bench.warmUp(Duration.ofSeconds(30));
            submissions = new AtomicReferenceArray<>(
                    (int) ((long) rate * (warmUp.toSeconds() + duration.toSeconds() + 2)) + 1000);
            WebClient facilitator = server.signedIn().apply(FACILITATOR);
            sessions.add(session(facilitator, 0, big));
            for (int r = 1; r <= rooms; r++) {
                sessions.add(session(facilitator, r, roomSize));
            }
            System.out.printf("bench: %d sessions, %d participants joined%n", sessions.size(), everyone.size());
            connectAll();
            System.out.printf("bench: %d WebSocket connections open%n", everyone.size());

            long[] peakHeap = {0};
            Thread heap = Thread.ofPlatform().daemon().start(() -> sampleHeap(server.pids().get(0), peakHeap));
            load(warmUp, false);
            long serverCpu = serverCpuNanos(server.pids());
            long clientCpu = clientCpuNanos();
            frames.reset();
            long sent = load(duration, true);
            drain(Duration.ofSeconds(15));
            serverCpu = serverCpuNanos(server.pids()) - serverCpu;
            clientCpu = clientCpuNanos() - clientCpu;
            closing = true;
            heap.interrupt();

            long expected = 0;
            long delivered = 0;
            long lost = 0;
            long measuredAcked = 0;
            for (int i = 0; i < numbered; i++) {
                Submission s = submissions.get(i);
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
            Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
            for (Histogram each : latencies) {
                synchronized (each) {
                    h.add(each);
                }
            }
            System.out.printf("bench: submitted=%d acknowledged=%d refused=%d send_errors=%d reconnects=%d"
                            + " duplicates=%d gaps=%d%n", sent, measuredAcked, refused.get(), sendErrors.get(),
                    reconnects.get(), duplicates.get(), gaps.get());
            System.out.printf("bench: deliveries expected=%d delivered=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                    expected, delivered, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    h.getMaxValue() / 1e6);
            synchronized (acknowledgements) {
                System.out.printf("bench: acknowledgement p50_ms=%.1f p99_ms=%.1f%n",
                        acknowledgements.getValueAtPercentile(50) / 1e6, acknowledgements.getValueAtPercentile(99) / 1e6);
            }
            // CPU time says what the work costs even when other programs share the cores (latency does not)
            System.out.printf("bench: cpu during load and drain: server_s=%.1f client_s=%.1f"
                            + " (server %.2f us, load generator %.2f us per delivery); frames=%d%n", serverCpu / 1e9,
                    clientCpu / 1e9, serverCpu / 1e3 / Math.max(1, delivered), clientCpu / 1e3 / Math.max(1, delivered),
                    frames.sum());
            for (Participant p : everyone) {
                p.close();
            }
            return new Result(everyone.size(), measuredAcked, h.getValueAtPercentile(50) / 1e6,
                    h.getValueAtPercentile(99) / 1e6, lost, peakHeap[0] / 1024);
        } finally {
            closing = true;
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
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
            if (numbered >= submissions.length()) {
                break;
            }
            int number = (int) numbered++;
            String clientId = "b" + number;
            Session s = p.session();
            String message = count % 2 == 0
                    ? "{\"clientId\":\"" + clientId + "\",\"type\":\"IDEA\",\"activity\":" + s.ideas()
                    + ",\"data\":{\"text\":\"Idé nummer " + count + " om samverkan\"}}"
                    : "{\"clientId\":\"" + clientId + "\",\"type\":\"VOTE\",\"activity\":" + s.poll()
                    + ",\"data\":{\"options\":[" + (count % 3) + "]}}";
            submissions.set(number, new Submission(System.nanoTime(), p, measured, new AtomicInteger(),
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
            boolean done = true;
            for (int i = 0; i < numbered && done; i++) {
                Submission s = submissions.get(i);
                done = !s.measured() || s.refusals().get() > 0 || (s.acknowledged().get() > 0
                        && s.deliveries().get() >= s.sender().session().members().size() - 1);
            }
            if (done) {
                return;
            }
            Thread.sleep(200);
        }
    }

    /** The CPU time the server processes (one per node) have used. */
    private static long serverCpuNanos(List<Long> pids) {
        return pids.stream().mapToLong(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos).orElse(0L)).sum();
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The server's used heap, read every 200 ms over JMX from the management agent started in it through the
     * attach API (once, before the load). Starting {@code jcmd} for each sample, as this did before, cost the
     * shared cores a JVM start-up (0.15-0.2 s of CPU) every second, which the server's tail paid for.
     */
    private void sampleHeap(long pid, long[] peakKb) {
        try {
            com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(String.valueOf(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            try (javax.management.remote.JMXConnector jmx = javax.management.remote.JMXConnectorFactory.connect(
                    new javax.management.remote.JMXServiceURL(address))) {
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                        jmx.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME,
                        MemoryMXBean.class);
                while (!closing) {
                    peakKb[0] = Math.max(peakKb[0], memory.getHeapMemoryUsage().getUsed() / 1024);
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!closing) {
                System.out.println("bench: the server's heap could not be read: " + e);
            }
        }
    }

    // ---- one participant's WebSocket: a plain Netty client, so 3,000 of them cost the shared cores little

    private final class Participant extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        final Session session;
        final int index;
        final String token;
        /** The last event's sequence number; read and written on this participant's event loop only. */
        private volatile long lastSeq;
        private volatile Channel channel;
        private volatile boolean ready;
        private final CompletableFuture<Void> firstReady = new CompletableFuture<>();

        Participant(Session session, int index, String token) {
            this.session = session;
            this.index = index;
            this.token = token;
        }

        Session session() {
            return session;
        }

        /** Opens the socket; completes once the server first said it is ready to hear inputs. */
        CompletableFuture<Void> connect() {
            URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/w/" + session.code() + "/ws?after="
                    + lastSeq);
            WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                    .webSocketUri(uri)
                    .customHeaders(new DefaultHttpHeaders().add(HttpHeaderNames.COOKIE, "samrad_workshop=" + token))
                    .maxFramePayloadLength(64 * 1024 * 1024)
                    .withUTF8Validator(false)
                    .handshakeTimeoutMillis(30_000)
                    .build();
            Participant self = this;
            new Bootstrap().group(loops).channel(NioSocketChannel.class)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
                                    new WebSocketClientProtocolHandler(config),
                                    new WebSocketFrameAggregator(64 * 1024 * 1024), self);
                        }
                    })
                    .connect(uri.getHost(), uri.getPort())
                    .addListener((ChannelFutureListener) f -> {
                        if (f.isSuccess()) {
                            channel = f.channel();
                        } else {
                            retry();
                        }
                    });
            return firstReady;
        }

        private void retry() {
            ready = false;
            channel = null;
            if (!closing) {
                reconnects.incrementAndGet();
                loops.schedule(this::connect, 200, TimeUnit.MILLISECONDS);
            }
        }

        void send(String message) {
            Channel ch = channel;
            if (ch == null || !ready) {
                sendErrors.incrementAndGet();
                return;
            }
            ch.writeAndFlush(new TextWebSocketFrame(message)).addListener(f -> {
                if (!f.isSuccess()) {
                    sendErrors.incrementAndGet();
                }
            });
        }

        @Override
        public boolean isSharable() {
            return true;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            long now = System.nanoTime();
            frames.increment();
            ByteBuf content = frame.content();
            byte[] bytes;
            int from;
            if (content.hasArray()) {
                bytes = content.array();
                from = content.arrayOffset() + content.readerIndex();
            } else {
                bytes = ByteBufUtil.getBytes(content);
                from = 0;
            }
            for (Part part : parsed.get().parts(bytes, from, from + content.readableBytes())) {
                apply(part, now);
            }
        }

        /** One object of a frame (ready, an acknowledgement, a refusal or an event) as this participant sees it. */
        private void apply(Part part, long now) {
            Submission s = part.submission();
            switch (part.kind()) {
                case READY -> {
                    ready = true;
                    firstReady.complete(null);
                }
                case ACKNOWLEDGED -> {
                    if (s != null) {
                        s.acknowledged().incrementAndGet();
                        if (s.measured()) {
                            synchronized (acknowledgements) {
                                acknowledgements.recordValue(Math.min(acknowledgements.getHighestTrackableValue(),
                                        Math.max(0, now - s.sentNanos())));
                            }
                        }
                    }
                }
                case REFUSED -> {
                    if (s != null) {
                        s.refusals().incrementAndGet();
                    }
                    refused.incrementAndGet();
                }
                case EVENT -> {
                    long seq = part.seq();
                    if (seq <= lastSeq) {
                        duplicates.incrementAndGet();
                        return;
                    }
                    if (seq > lastSeq + 1) {
                        gaps.addAndGet(seq - lastSeq - 1);
                    }
                    lastSeq = seq;
                    if (s != null && s.sender() != this) {
                        s.deliveries().incrementAndGet();
                        if (s.measured()) {
                            Histogram h = latency.get();
                            synchronized (h) {
                                h.recordValue(Math.min(h.getHighestTrackableValue(), Math.max(0, now - s.sentNanos())));
                            }
                        }
                    }
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            retry();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }

        void close() {
            Channel ch = channel;
            if (ch != null) {
                ch.close();
            }
        }
    }

    private enum Kind { READY, ACKNOWLEDGED, REFUSED, EVENT }

    /** An object of a frame as the benchmark reads it; {@code submission} is null when not one of ours. */
    private record Part(Kind kind, long seq, Submission submission) {
    }

    /** Each client thread's frames parsed last. */
    private final ThreadLocal<Parsed> parsed = ThreadLocal.withInitial(Parsed::new);

    /**
     * The frames a client thread parsed last, by their bytes. The server writes a batch's frame, the same bytes,
     * to every follower of the workshop, so a thread reads each batch hundreds of times: parsing it once and
     * only comparing the bytes of the others (far cheaper) keeps the load generator's share of the cores it
     * shares with the server small. What each participant makes of the parts (its own sequence numbers,
     * duplicates and gaps, deliveries, latencies) is still worked out per participant.
     */
    private final class Parsed {
        private record Entry(byte[] content, List<Part> parts) {
        }

        private final Entry[] entries = new Entry[32];
        private int next;

        List<Part> parts(byte[] b, int from, int to) {
            int length = to - from;
            for (int k = 1; k <= entries.length; k++) {
                Entry e = entries[(next - k + entries.length) % entries.length];
                if (e != null && e.content().length == length
                        && java.util.Arrays.equals(e.content(), 0, length, b, from, to)) {
                    return e.parts();
                }
            }
            List<Part> found = parse(b, from, to);
            entries[next] = new Entry(java.util.Arrays.copyOfRange(b, from, to), found);
            next = (next + 1) % entries.length;
            return found;
        }
    }

    /** Each object of the frame's JSON array: an event, an acknowledgement, a refusal or ready. */
    private List<Part> parse(byte[] b, int from, int to) {
        List<Part> found = new ArrayList<>(4);
        int depth = 0;
        boolean inString = false;
        int objectStart = -1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                if (depth++ == 0) {
                    objectStart = i;
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    Part part = part(b, objectStart, i + 1);
                    if (part != null) {
                        found.add(part);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private Part part(byte[] b, int from, int to) {
        if (startsWith(b, from, to, READY_FIELD)) {
            return new Part(Kind.READY, -1, null);
        } else if (startsWith(b, from, to, ACK)) {
            return new Part(Kind.ACKNOWLEDGED, -1, submission(b, from + ACK.length, to));
        } else if (startsWith(b, from, to, NACK)) {
            return new Part(Kind.REFUSED, -1, submission(b, from + NACK.length, to));
        }
        int at = indexOf(b, from, to, SEQ_FIELD);
        if (at < 0) {
            return null;
        }
        long seq = 0;
        for (int i = at + SEQ_FIELD.length; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            seq = seq * 10 + (b[i] - '0');
        }
        int id = indexOf(b, at, to, CLIENT_ID);
        return new Part(Kind.EVENT, seq, id < 0 ? null : submission(b, id + CLIENT_ID.length, to));
    }

    private static final byte[] READY_FIELD = "{\"ready\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACK = "{\"ack\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NACK = "{\"nack\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQ_FIELD = "\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT_ID = "\"clientId\":\"".getBytes(StandardCharsets.US_ASCII);

    /** The submission whose client id ({@code b<number>}) starts at {@code from}, if it is one of ours. */
    private Submission submission(byte[] b, int from, int to) {
        if (from >= to || b[from] != 'b') {
            return null;
        }
        long n = 0;
        int i = from + 1;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            n = n * 10 + (b[i] - '0');
        }
        if (i == from + 1 || i >= to || b[i] != '"' || n >= submissions.length()) {
            return null;
        }
        return submissions.get((int) n);
    }

    private static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
