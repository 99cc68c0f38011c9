package se.samrad.bench;

import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run library --series} (issue 23): the library's search at 10,000, 100,000 and 1,000,000 generated
 * examples (plus the judged sets' examples), each point on a fresh server and database: the corpus written and
 * indexed as {@link LibraryBenchmark} does, then the same 4 signed-in clients and search mix for BENCH_SECONDS
 * (default 20) after BENCH_WARMUP (default 5), through {@link Series}: p50 and p99 of a search and the server's
 * CPU per search (warm-up included, as the benchmark counts it). Quality and the peers are the benchmark's, not the
 * series'. {@code -Dbench.series.sizes=2000,5000} (in MAVEN_OPTS) picks other sizes.
 */
final class LibrarySeries {

    private static final List<Long> SIZES = List.of(10_000L, 100_000L, 1_000_000L);

    private LibrarySeries() {
    }

    static void run(Duration perPoint) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        Series series = new Series("library", "examples", "search");
        List<JudgedSet> sets = LibraryBenchmark.judgedSets();
        List<String> mix = LibraryBenchmark.queryMix(LibraryBenchmark.queryTexts(sets.get(0)));
        for (long size : Series.sizes(SIZES)) {
            System.out.printf("bench: series point: %d generated examples%n", size);
            try (BenchServer server = BenchServer.start("library", "1500m",
                    Map.of("SAMRAD_RATE_LIMIT_PUBLIC_API_PER_MINUTE", "100000000"))) {
                LibraryBenchmark.corpus(server, sets, Math.toIntExact(size));
                List<WebClient> staff = server.signedIn(LibraryBenchmark.CLIENTS, LibraryBenchmark.ADMIN);
                Random random = new Random(7);
                AtomicLong searches = new AtomicLong();
                double cpu = Series.cpuMillis(server.pid());
                Load.Result load = Load.run("search at " + size + " examples", LibraryBenchmark.CLIENTS, warmUp,
                        perPoint, c -> {
                            String path;
                            synchronized (random) {
                                path = mix.get(random.nextInt(mix.size()));
                            }
                            searches.incrementAndGet();
                            Load.expect(staff.get(c).getJson(path), 200);
                        });
                System.out.println(load);
                series.add(size, load.p50Ms(), load.p99Ms(),
                        (Series.cpuMillis(server.pid()) - cpu) / Math.max(1, searches.get()));
            }
        }
        series.finish();
    }
}
