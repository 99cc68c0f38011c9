package se.samrad.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * One load phase of the workshop benchmark against a {@link WorkshopTarget}: opens the sessions, connects every
 * participant ({@link WorkshopParticipant}, two Netty event-loop threads for all), then sends ideas and votes from
 * participants picked at random at a fixed rate, first unmeasured (warm-up), then measured, and waits for the
 * measured ones to reach everyone. Its figures: each submission's time to reach every other participant of its
 * session and to its acknowledgement, deliveries that never arrived, and the CPU time of the server and of the
 * load generator per delivery ({@link WorkshopReport} prints them).
 */
final class WorkshopLoad {

    /** A submission: when it was sent, by whom, whether measured, and how many reached, acknowledged or refused it. */
    record Submission(long sentNanos, WorkshopParticipant sender, boolean measured, AtomicInteger deliveries,
                      AtomicInteger acknowledged, AtomicInteger refusals) {
    }

    private final WorkshopTarget target;
    private final int rate;
    private final List<WorkshopParticipant> everyone = new ArrayList<>();
    /** By the number in the client id {@code b<n>}; warm-up and measured submissions share the numbering. */
    private AtomicReferenceArray<Submission> submissions;
    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final WorkshopFrames frameReader = new WorkshopFrames();
    /** One histogram per client thread (no shared counters on the hot path), of measured submissions only. */
    private final List<Histogram> latencies = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Histogram> latency = ThreadLocal.withInitial(() -> {
        Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
        latencies.add(h);
        return h;
    });
    /** From sending a submission to its acknowledgement (stored in the log), measured submissions only. */
    private final Histogram acknowledgements = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
    final AtomicLong refused = new AtomicLong();
    final AtomicLong sendErrors = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong gaps = new AtomicLong();
    final LongAdder frames = new LongAdder();
    private long numbered;
    private volatile boolean closing;

    static {
        // the load generator's own costs: Netty's leak detector samples buffers with a stack trace each
        System.setProperty("io.netty.leakDetection.level", "disabled");
    }

    WorkshopLoad(WorkshopTarget target, int rate) {
        this.target = target;
        this.rate = rate;
    }

    /**
     * Opens sessions of {@code sizes} participants, connects them all, warms up for {@code warmUp} and measures for
     * {@code duration} (then up to 15 s for the last deliveries); {@code heap} samples the server's heap meanwhile
     * (a JVM only). Closes every connection before it returns.
     */
    WorkshopReport measure(List<Integer> sizes, Duration warmUp, Duration duration, boolean heap) throws Exception {
        HeapSampler sampler = null;
        try {
            submissions = new AtomicReferenceArray<>(
                    (int) ((long) rate * (warmUp.toSeconds() + duration.toSeconds() + 2)) + 1000);
            List<WorkshopTarget.Session> sessions = target.open(sizes);
            for (WorkshopTarget.Session session : sessions) {
                for (String token : session.tokens()) {
                    everyone.add(new WorkshopParticipant(this, session, token));
                }
            }
            System.out.printf("bench: %d sessions, %d participants joined%n", sessions.size(), everyone.size());
            connectAll();
            System.out.printf("bench: %d WebSocket connections open%n", everyone.size());

            sampler = heap ? HeapSampler.start(target.pids().get(0)) : null;
            load(warmUp, false);
            long serverCpu = serverCpuNanos(target.pids());
            long clientCpu = clientCpuNanos();
            frames.reset();
            long sent = load(duration, true);
            drain(Duration.ofSeconds(15));
            serverCpu = serverCpuNanos(target.pids()) - serverCpu;
            clientCpu = clientCpuNanos() - clientCpu;
            closing = true;
            long heapKb = sampler == null ? -1 : sampler.stop();
            WorkshopReport report = WorkshopReport.of(this, sent, serverCpu, clientCpu, heapKb);
            for (WorkshopParticipant p : everyone) {
                p.close();
            }
            return report;
        } finally {
            closing = true;
            if (sampler != null) {
                sampler.stop();
            }
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    private void connectAll() throws Exception {
        Semaphore opening = new Semaphore(64);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (WorkshopParticipant p : everyone) {
            opening.acquire();
            all.add(p.connect().whenComplete((ok, e) -> opening.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    /** Submissions at a fixed rate from participants picked at random; how many were sent. */
    private long load(Duration duration, boolean measured) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long next = start;
        long count = 0;
        while (next < end) {
            LockSupport.parkNanos(next - System.nanoTime());
            WorkshopParticipant p = everyone.get(ThreadLocalRandom.current().nextInt(everyone.size()));
            if (numbered >= submissions.length()) {
                break;
            }
            int number = (int) numbered++;
            String message = target.input(p.session(), "b" + number, count);
            submissions.set(number, new Submission(System.nanoTime(), p, measured, new AtomicInteger(),
                    new AtomicInteger(), new AtomicInteger()));
            p.send(message);
            count++;
            next += interval;
        }
        return count;
    }

    /** Waits until every measured submission reached everyone else (and was acknowledged, where the server does). */
    private void drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean acknowledges = target.acknowledges();
        while (System.nanoTime() < deadline) {
            boolean done = true;
            for (int i = 0; i < numbered && done; i++) {
                Submission s = submissions.get(i);
                done = !s.measured() || s.refusals().get() > 0 || ((!acknowledges || s.acknowledged().get() > 0)
                        && s.deliveries().get() >= s.sender().session().size() - 1);
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

    // ---- what the participants record, and what the report reads

    WorkshopTarget target() {
        return target;
    }

    EventLoopGroup loops() {
        return loops;
    }

    WorkshopFrames frameReader() {
        return frameReader;
    }

    boolean closing() {
        return closing;
    }

    int participants() {
        return everyone.size();
    }

    /** Submission {@code number}, or null when it is not one of this load's. */
    Submission submission(long number) {
        return number < 0 || number >= submissions.length() ? null : submissions.get((int) number);
    }

    /** The submissions numbered so far, warm-up and measured, in order. */
    List<Submission> submitted() {
        List<Submission> all = new ArrayList<>((int) numbered);
        for (int i = 0; i < numbered; i++) {
            all.add(submissions.get(i));
        }
        return all;
    }

    void delivered(long nanos) {
        Histogram h = latency.get();
        synchronized (h) {
            h.recordValue(Math.min(h.getHighestTrackableValue(), Math.max(0, nanos)));
        }
    }

    void acknowledged(long nanos) {
        synchronized (acknowledgements) {
            acknowledgements.recordValue(Math.min(acknowledgements.getHighestTrackableValue(), Math.max(0, nanos)));
        }
    }

    /** The delivery latencies of measured submissions, all client threads' together. */
    Histogram deliveryLatency() {
        Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
        for (Histogram each : latencies) {
            synchronized (each) {
                h.add(each);
            }
        }
        return h;
    }

    /** A copy of the acknowledgement latencies of measured submissions. */
    Histogram acknowledgementLatency() {
        synchronized (acknowledgements) {
            return acknowledgements.copy();
        }
    }
}
