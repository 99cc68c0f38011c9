package se.samrad.platform.db;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortCacheTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void aValueIsServedUntilItsTimeRunsOutOrItsOwnLimit() {
        ShortCache<String, String> cache = new ShortCache<>(clock, Duration.ofSeconds(10), 100);
        cache.put("a", "A", cache.generation(), null);
        cache.put("b", "B", cache.generation(), clock.instant().plusSeconds(3));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Optional.of("A"), cache.find("a"));
        assertEquals(Optional.empty(), cache.find("b"), "the entry's own limit (a session's expiry) comes first");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), cache.find("a"));
        AtomicInteger loads = new AtomicInteger();
        assertEquals("A2", cache.get("a", () -> "A" + (loads.incrementAndGet() + 1)));
        assertEquals("A2", cache.get("a", () -> "never"));
        assertEquals(1, loads.get());
    }

    @Test
    void aValueReadAcrossAnInvalidationIsNeverServedAgain() {
        ShortCache<String, String> cache = new ShortCache<>(clock, Duration.ofSeconds(10), 100);
        long before = cache.generation();
        cache.invalidateAll();
        cache.put("a", "old", before, null);
        assertEquals(Optional.empty(), cache.find("a"));

        String read = cache.get("b", () -> {
            cache.invalidateAll(); // a change commits while the rows are being read
            return "old";
        });
        assertEquals("old", read, "the request that read it still gets what it read");
        assertEquals(Optional.empty(), cache.find("b"));
        assertEquals("new", cache.get("b", () -> "new"));
        assertEquals(Optional.of("new"), cache.find("b"));
    }

    @Test
    void concurrentRequestsForOneKeyReadTheDatabaseOnce() throws Exception {
        ShortCache<String, String> cache = new ShortCache<>(clock, Duration.ofSeconds(10), 100);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = pool.submit(() -> cache.get("k", () -> {
                loads.incrementAndGet();
                started.countDown();
                await(release);
                return "v";
            }));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            java.util.List<Future<String>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get("k", () -> {
                    loads.incrementAndGet();
                    return "v";
                })));
            }
            Thread.sleep(100);
            release.countDown();
            assertEquals("v", first.get(5, TimeUnit.SECONDS));
            for (Future<String> other : others) {
                assertEquals("v", other.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSizeBoundKeepsMostEntriesInsteadOfDroppingAll() {
        ShortCache<Integer, Integer> cache = new ShortCache<>(clock, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 150; i++) {
            cache.put(i, i, cache.generation(), null);
        }
        long kept = java.util.stream.IntStream.range(0, 150).filter(i -> cache.find(i).isPresent()).count();
        assertTrue(kept > 50 && kept <= 150, "kept " + kept);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
