package se.samrad.platform.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A few seconds' memory of something read from the database on nearly every request (who a session is, which
 * networks an organisation is in). Whoever changes the rows calls {@link #invalidateAll} through
 * {@link AfterCommit}; a value loaded while an invalidation happened is never served, because each entry
 * carries the generation it was loaded in. The time limit only bounds changes made outside this server.
 */
public final class ShortCache<K, V> {

    private record Entry<V>(V value, long generation, Instant until) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;

    public ShortCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** The value cached for the key, if it was loaded since the last invalidation and has not run out. */
    public Optional<V> find(K key) {
        Entry<V> entry = entries.get(key);
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
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        Instant until = clock.instant().plus(ttl);
        entries.put(key, new Entry<>(value, loadedIn, notAfter != null && notAfter.isBefore(until) ? notAfter : until));
    }

    /** The cached value, else what {@code load} reads (remembered for the time limit). */
    public V get(K key, Supplier<V> load) {
        Optional<V> cached = find(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        long loadedIn = generation();
        V value = load.get();
        put(key, value, loadedIn, null);
        return value;
    }

    /** Forgets everything (and whatever is being loaded right now). */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
