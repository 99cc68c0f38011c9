package se.samrad.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token-bucket rate limits per key (usually a client address) for public endpoints. Buckets live in memory;
 * the map is cleared when it grows past a bound so that a flood of addresses cannot exhaust memory.
 */
@Singleton
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token from the bucket {@code name:key}, allowing {@code perMinute} requests a minute. */
    public boolean tryAcquire(String name, String key, int perMinute) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(name + ':' + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        return bucket.tryConsume(1);
    }
}
