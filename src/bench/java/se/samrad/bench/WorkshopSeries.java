package se.samrad.bench;

import java.time.Duration;
import java.util.List;

/**
 * {@code bench/run workshop --series} (issue 23): the big session at 250, 500, 1,000, 2,000 and 4,000 participants
 * (beside the same 20 rooms of 50 and the same 200 submissions a second), each point a shorter load phase
 * (BENCH_SECONDS, default 20, after BENCH_WARMUP, default 10) on one server, through {@link Series}: p50 and p99 of
 * the deliveries and the server's CPU per delivery. {@code -Dbench.series.sizes=20,40} (in MAVEN_OPTS) picks other
 * sizes, e.g. tiny ones to check that it works. The server gets 2 GB of heap, since 4,000 followers of one
 * session is twice the single benchmark's.
 */
final class WorkshopSeries {

    private static final List<Long> SIZES = List.of(250L, 500L, 1000L, 2000L, 4000L);

    private WorkshopSeries() {
    }

    static void run(Duration perPoint) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(10));
        Series series = new Series("workshop", "participants", "delivery");
        try (BenchServer server = BenchServer.start("workshop", "2g", WorkshopBenchmark.ENVIRONMENT)) {
            for (long size : Series.sizes(SIZES)) {
                System.out.printf("bench: series point: the big session at %d participants%n", size);
                WorkshopReport point = new WorkshopLoad(WorkshopBenchmark.samrad(server), WorkshopBenchmark.RATE)
                        .measure(WorkshopBenchmark.sizes(Math.toIntExact(size)), warmUp, perPoint, false);
                series.add(size, point.p50(), point.p99(), point.cpuUsPerDelivery() / 1000);
            }
        }
        series.finish();
    }
}
