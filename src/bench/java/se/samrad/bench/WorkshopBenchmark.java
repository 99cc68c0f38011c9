package se.samrad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Live workshops under load (issue 5): 2,000 participants on WebSocket in one session plus 20 sessions of 50,
 * submitting ideas and votes at a combined 200 per second; each submission's time to reach every other
 * participant of its session, deliveries that never arrived, and the server's peak heap. Participants that
 * the server drops for falling behind reconnect with the last sequence number they saw and catch up.
 *
 * <p>Then, in the same run (issue 23), the same load generator with the same connections and rate against a plain
 * in-memory broadcast server on Node's {@code ws} ({@link WorkshopPeer}), which stores nothing and acknowledges
 * nothing: on a machine whose speed varies from day to day, the ratio of the two p99s holds where the absolute
 * figures do not. The pieces: {@link WorkshopLoad} (the load phase), {@link WorkshopParticipant} (the client),
 * {@link WorkshopFrames} (reading frames), {@link SamradWorkshops} and {@link WorkshopPeer} (the two targets),
 * {@link WorkshopReport} (the figures) and {@link WorkshopSeries} (the scaling series).
 */
final class WorkshopBenchmark {

    /** Rate limits raised so that the load generator is not throttled. */
    static final Map<String, String> ENVIRONMENT = Map.of("SAMRAD_WORKSHOP_JOINS_PER_MINUTE", "100000000",
            "SAMRAD_WORKSHOP_SUBMISSIONS_PER_MINUTE", "100000");
    static final int BIG = Integer.getInteger("bench.workshop.big", 2000);
    static final int ROOMS = Integer.getInteger("bench.workshop.rooms", 20);
    static final int ROOM_SIZE = Integer.getInteger("bench.workshop.room-size", 50);
    static final int RATE = Integer.getInteger("bench.workshop.rate", 200);

    private WorkshopBenchmark() {
    }

    /** The sessions' sizes: the big session of {@code big} first, then the rooms. */
    static List<Integer> sizes(int big) {
        List<Integer> sizes = new ArrayList<>(List.of(big));
        sizes.addAll(Collections.nCopies(ROOMS, ROOM_SIZE));
        return sizes;
    }

    /** Samråd behind one server. */
    static SamradWorkshops samrad(BenchServer server) {
        return new SamradWorkshops(server.base(), List.of(server.pid()), email -> server.signedIn(1, email).get(0));
    }

    /**
     * One node; with {@code BENCH_NODES=2} (issue 21) then the same load on two nodes behind HAProxy in the same
     * run, since on one machine only the ratio of the two says what crossing the broker costs; then the peer.
     */
    static void run(Duration duration) throws Exception {
        int nodes = Integer.parseInt(System.getenv().getOrDefault("BENCH_NODES", "1").trim());
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(30));
        WorkshopReport one;
        try (BenchServer server = BenchServer.start("workshop", "1g", ENVIRONMENT)) {
            one = new WorkshopLoad(samrad(server), RATE).measure(sizes(BIG), warmUp, duration, true);
        }
        WorkshopReport two = null;
        if (nodes >= 2) {
            System.out.printf("bench: one node: p50_ms=%.1f p99_ms=%.1f lost=%d; now two nodes%n", one.p50(), one.p99(),
                    one.lost());
            try (BenchCluster cluster = BenchCluster.start("workshop", "1g", ENVIRONMENT)) {
                boolean direct = "1".equals(System.getenv("BENCH_NODES_DIRECT"));
                if (direct) {
                    System.out.println("bench: BENCH_NODES_DIRECT=1: the sockets go to the nodes in turn, past HAProxy");
                }
                SamradWorkshops target = new SamradWorkshops(cluster.base(),
                        direct ? cluster.nodes() : List.of(cluster.base()), cluster.pids(),
                        email -> cluster.signedIn(1, email).get(0));
                two = new WorkshopLoad(target, RATE).measure(sizes(BIG), warmUp, duration, true);
            }
        }
        WorkshopReport peer = peer(warmUp, duration);
        String peerKeys = String.format(java.util.Locale.ROOT,
                "peer_p99_ms=%.1f peer_p50_ms=%.1f peer_cpu_us_per_delivery=%.2f peer_lost=%s",
                peer == null ? Double.NaN : peer.p99(), peer == null ? Double.NaN : peer.p50(),
                peer == null ? Double.NaN : peer.cpuUsPerDelivery(), peer == null ? "NaN" : peer.lost());
        WorkshopReport measured = two == null ? one : two;
        if (peer != null) {
            System.out.printf("bench: Samråd's p99 (%s) is %.2f× the in-memory peer's (goal ≤ 1.5×); server CPU per"
                            + " delivery %.2f× the peer's%n", two == null ? "one node" : "two nodes",
                    measured.p99() / peer.p99(),
                    measured.cpuUsPerDelivery() / peer.cpuUsPerDelivery());
            if (peer.lost() > 0) {
                // a peer that falls behind drops nothing on purpose, but what had not arrived by the end of the drain
                // is missing from its latency figures: its p99 is then better than what its participants saw
                System.out.printf("bench: the peer had not delivered %d of the expected deliveries by the end; its"
                        + " p50/p99 count only those that arrived%n", peer.lost());
            }
        }
        if (two == null) {
            System.out.printf("BENCH workshop participants=%d submissions=%d p50_ms=%.1f p99_ms=%.1f lost=%d heap_mb=%d"
                            + " cpu_us_per_delivery=%.2f %s%n", one.participants(), one.submissions(), one.p50(),
                    one.p99(), one.lost(), one.heapMb(), one.cpuUsPerDelivery(), peerKeys);
        } else {
            System.out.printf("BENCH workshop nodes=2 participants=%d submissions=%d p99_ms=%.1f single_p99_ms=%.1f lost=%d"
                            + " cpu_us_per_delivery=%.2f %s%n", two.participants(), two.submissions(), two.p99(),
                    one.p99(), one.lost() + two.lost(), two.cpuUsPerDelivery(), peerKeys);
        }
    }

    /** The same load against the ws peer, or null (with a message saying why) where it cannot run. */
    private static WorkshopReport peer(Duration warmUp, Duration duration) throws Exception {
        WorkshopPeer peer = WorkshopPeer.start();
        if (peer == null) {
            return null;
        }
        try (peer) {
            System.out.println("bench: now the in-memory ws peer, the same load");
            return new WorkshopLoad(peer, RATE).measure(sizes(BIG), warmUp, duration, false);
        }
    }
}
