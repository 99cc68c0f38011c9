package se.samrad.bench;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

import se.samrad.support.WebClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code clients} virtual threads each repeat one request as fast as answers come back,
 * for a fixed time, after a warm-up whose figures are thrown away. Latencies go into an HdrHistogram.
 */
final class Load {

    /**
     * One request of one client; returns normally when the answer was right, throws otherwise (an exception,
     * or the AssertionError of the tests' WebClient), which counts as an error.
     */
    @FunctionalInterface
    interface Request {
        void run(int client) throws Exception;
    }

    record Result(String name, long requests, long errors, double perSecond, double p50Ms, double p99Ms,
                  double maxMs) {
        @Override
        public String toString() {
            return "%-28s requests=%d errors=%d per_s=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f"
                    .formatted(name, requests, errors, perSecond, p50Ms, p99Ms, maxMs);
        }
    }

    private Load() {
    }

    /** Counts a response with another status than {@code status} as an error of the request. */
    static void expect(WebClient.Response response, int status) throws IOException {
        expect(response.status(), status);
    }

    static void expect(int answered, int status) throws IOException {
        if (answered != status) {
            throw new IOException("answered " + answered + " instead of " + status);
        }
    }

    static Result run(String name, int clients, Duration warmUp, Duration duration, Request request)
            throws InterruptedException {
        return run(name, clients, warmUp, duration, request, () -> { });
    }

    /** As above; {@code measuring} runs between the warm-up and the measured phase (to reset figures of its own). */
    static Result run(String name, int clients, Duration warmUp, Duration duration, Request request,
                      Runnable measuring) throws InterruptedException {
        runFor(clients, warmUp, request, new Recorder(3), new AtomicLong());
        measuring.run();
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        runFor(clients, duration, request, recorder, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        return new Result(name, histogram.getTotalCount(), errors.get(), histogram.getTotalCount() / seconds,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                histogram.getMaxValue() / 1e6);
    }

    /** Runs {@code total} requests spread over {@code clients}, unmeasured (to fill a database). */
    static void runCount(int clients, long total, Request request) throws InterruptedException {
        AtomicLong left = new AtomicLong(total);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                executor.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        try {
                            request.run(client);
                        } catch (Exception | AssertionError e) {
                            // counted by the caller's own check of what was stored
                        }
                    }
                    return null;
                });
            }
        }
    }

    private static void runFor(int clients, Duration duration, Request request, Recorder recorder, AtomicLong errors)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            request.run(client);
                            recorder.recordValue(System.nanoTime() - start);
                        } catch (Exception | AssertionError e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }
}
