package se.samrad.platform.db;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A few seconds' memory of something read from the database on nearly every request (who a session is, which
 * networks an organisation is in). Whoever changes the rows calls {@link #invalidateAll} through
 * {@link AfterCommit}; a value loaded while an invalidation happened is never served, because each entry
 * carries the generation it was loaded in. The time limit only bounds changes made outside this server.
 * Storage, the size bound (least recently and frequently used go first) and one load per key are Caffeine's.
 */
public final class ShortCache<K, V> {

    private record Entry<V>(V value, long generation, Instant until) {
    }

    private final Cache<K, Entry<V>> entries;
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final Duration ttl;

    public ShortCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        // Caffeine measures time with the application's clock, so a test's clock moves expiry too.
        Ticker ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).ticker(ticker)
                .expireAfter(Expiry.<K, Entry<V>>creating((key, entry) -> remaining(entry)))
                .build();
    }

    private Duration remaining(Entry<V> entry) {
        Duration left = Duration.between(clock.instant(), entry.until());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The value cached for the key, if it was loaded since the last invalidation and has not run out. */
    public Optional<V> find(K key) {
        Entry<V> entry = entries.getIfPresent(key);
        if (entry == null || entry.generation() != generation.get() || !clock.instant().isBefore(entry.until())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** The generation to pass to {@link #put}: read it before reading the database. */
    public long generation() {
        return generation.get();
    }

    /** Remembers a value read in {@code loadedIn}, for the time limit or until {@code notAfter}, whichever is first. */
    public void put(K key, V value, long loadedIn, Instant notAfter) {
        if (loadedIn != generation.get()) {
            return;
        }
        entries.put(key, new Entry<>(value, loadedIn, until(notAfter)));
    }

    private Instant until(Instant notAfter) {
        Instant until = clock.instant().plus(ttl);
        return notAfter != null && notAfter.isBefore(until) ? notAfter : until;
    }

    /**
     * The cached value, else what {@code load} reads (remembered for the time limit). Requests for the same key
     * that arrive while it is being read wait for that one read instead of each reading the database.
     */
    public V get(K key, Supplier<V> load) {
        long loadedIn = generation.get();
        boolean[] readHere = {false};
        Entry<V> entry = entries.get(key, k -> {
            readHere[0] = true;
            return new Entry<>(load.get(), loadedIn, until(null));
        });
        if (readHere[0] || (entry.generation() == generation.get() && clock.instant().isBefore(entry.until()))) {
            // A value this call read is good for this request even if an invalidation came meanwhile (the request
            // began before the change); the generation check keeps it from being served again.
            return entry.value();
        }
        // Left from before an invalidation by a read that was under way across it.
        V value = load.get();
        put(key, value, loadedIn, null);
        return value;
    }

    /** Forgets everything (and whatever is being loaded right now). */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
