package se.samrad.bench;

import java.time.Duration;

/**
 * Entry point of {@code bench/run <capability>}: runs that capability's benchmark against the real server
 * and prints its figures, ending with one {@code BENCH <capability> key=value ...} line.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        String seconds = System.getProperty("bench.seconds", "").strip();
        Duration duration = Duration.ofSeconds(seconds.isEmpty() ? 20 : Long.parseLong(seconds));
        if (Series.enabled()) {
            series(name, duration);
            System.exit(0);
        }
        switch (name) {
            case "platform" -> PlatformBenchmark.run(duration);
            case "goals" -> GoalsBenchmark.run(duration);
            case "dialogue" -> DialogueBenchmark.run(duration);
            case "library" -> LibraryBenchmark.run(duration);
            case "workshop" -> WorkshopBenchmark.run(seconds.isEmpty() ? Duration.ofSeconds(60) : duration);
            case "indicators" -> IndicatorBenchmark.run(duration);
            case "stakeholders" -> StakeholdersBenchmark.run(duration);
            case "relevance" -> RelevanceBenchmark.run(duration);
            case "consequence" -> ConsequenceBenchmark.run(duration);
            default -> {
                System.err.println("usage: bench/run <benchmark>   benchmarks: platform, goals, dialogue, library, workshop, indicators, stakeholders, relevance, consequence");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    /** {@code bench/run <name> --series}: the benchmark's scaling series (issue 23), each point through {@link Series}. */
    private static void series(String name, Duration perPoint) throws Exception {
        switch (name) {
            case "workshop" -> WorkshopSeries.run(perPoint);
            case "dialogue" -> DialogueSeries.run();
            case "library" -> LibrarySeries.run(perPoint);
            default -> {
                System.err.println("bench/run " + name + " --series: no scaling series for " + name
                        + " yet (workshop, dialogue and library have one)");
                System.exit(2);
            }
        }
    }

    /**
     * The unmeasured warm-up before a measured phase: {@code fallback}, or BENCH_WARMUP seconds
     * ({@code bench.warmup}). The heavy benchmarks warm up for 30 s: on two cores the JIT compilers were still
     * taking a fifth to half of the server's CPU 20-60 s after start, so a short warm-up measured compilation
     * rather than the server a municipality runs for weeks.
     */
    static Duration warmUp(Duration fallback) {
        String seconds = System.getProperty("bench.warmup", "").strip();
        return seconds.isEmpty() ? fallback : Duration.ofSeconds(Long.parseLong(seconds));
    }
}
