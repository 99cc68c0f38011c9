package se.samrad.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
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
    private final HttpClientAddressResolver addresses;

    public RateLimiter(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    /**
     * Takes one token from the bucket of the request's client address (behind a proxy, the address in the
     * configured header), allowing {@code perMinute} requests a minute.
     */
    public boolean tryAcquire(String name, HttpRequest<?> request, int perMinute) {
        return tryAcquire(name, addresses.resolve(request), perMinute);
    }

    /** As {@link #tryAcquire(String, HttpRequest, int)}, refusing the request with 429 when the bucket is empty. */
    public void require(String name, HttpRequest<?> request, int perMinute) {
        if (!tryAcquire(name, request, perMinute)) {
            throw new TooManyRequestsException();
        }
    }

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
