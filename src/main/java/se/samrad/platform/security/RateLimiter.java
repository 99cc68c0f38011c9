package se.samrad.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import se.samrad.platform.web.ClientAddresses;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * Token-bucket rate limits per key (usually a client address, as {@link ClientAddresses} resolves it, IPv6 by
 * its /64) for public endpoints. Buckets live in memory, bounded: a flood of new addresses cannot exhaust memory,
 * and it cannot empty the buckets of the addresses being limited either (Caffeine admits a new key in place of
 * one that is used more often only rarely, where clearing the map when full gave every address a fresh bucket).
 * A bucket left alone for longer than the longest period is full again anyway, so it is dropped then.
 */
@Singleton
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PERIOD = Duration.ofHours(1);
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS)
            .expireAfterAccess(LONGEST_PERIOD).build();
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

    /**
     * As {@link #tryAcquire(String, HttpRequest, int)}, refusing the request with 429 when the bucket is empty,
     * saying when the next token comes (the answer's {@code Retry-After}).
     */
    public void require(String name, HttpRequest<?> request, int perMinute) {
        require(name, addresses.limitKey(request), perMinute);
    }

    /** As {@link #tryAcquire(String, String, int)}, refusing with 429 and when to retry if the bucket is empty. */
    public void require(String name, String key, int perMinute) {
        ConsumptionProbe probe = bucket(name, key, perMinute, MINUTE).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(seconds(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * Whole seconds until the request's client address has a token again in the bucket {@code name} (of
     * {@code capacity} per {@code period}), at least 1: what a 429 answer's {@code Retry-After} says.
     */
    public long secondsUntilToken(String name, HttpRequest<?> request, int capacity, Duration period) {
        return seconds(bucket(name, addresses.limitKey(request), capacity, period).estimateAbilityToConsume(1)
                .getNanosToWaitForRefill());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
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
        return buckets.get(name + ':' + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build());
    }
}
