package se.samrad.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import se.samrad.platform.web.ClientAddresses;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token-bucket rate limits per key (usually a client address, as {@link ClientAddresses} resolves it, IPv6 by
 * its /64) for public endpoints. Buckets live in memory; the map is cleared when it grows past a bound so that a flood of
 * addresses cannot exhaust memory.
 */
@Singleton
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ClientAddresses addresses;

    public RateLimiter(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    /**
     * Takes one token from the bucket of the request's client address (behind a trusted proxy, the address it
     * forwarded), allowing {@code perMinute} requests a minute.
     */
    public boolean tryAcquire(String name, HttpRequest<?> request, int perMinute) {
        return tryAcquire(name, addresses.limitKey(request), perMinute);
    }

    /** As {@link #tryAcquire(String, HttpRequest, int)}, refusing the request with 429 when the bucket is empty. */
    public void require(String name, HttpRequest<?> request, int perMinute) {
        if (!tryAcquire(name, request, perMinute)) {
            throw new TooManyRequestsException();
        }
    }

    /** Takes one token from the bucket {@code name:key}, allowing {@code perMinute} requests a minute. */
    public boolean tryAcquire(String name, String key, int perMinute) {
        return bucket(name, key, perMinute, MINUTE).tryConsume(1);
    }

    /**
     * Whether the request's client address still has a token in the bucket {@code name}, without taking one: for
     * limits on outcomes (failed sign-ins) that are counted with {@link #consume} only once they happened.
     */
    public boolean hasToken(String name, HttpRequest<?> request, int capacity, Duration period) {
        return bucket(name, addresses.limitKey(request), capacity, period).getAvailableTokens() > 0;
    }

    /** Takes a token from the request's client address's bucket {@code name}, if one is left. */
    public void consume(String name, HttpRequest<?> request, int capacity, Duration period) {
        bucket(name, addresses.limitKey(request), capacity, period).tryConsume(1);
    }

    private Bucket bucket(String name, String key, int capacity, Duration period) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(name + ':' + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build());
    }
}
