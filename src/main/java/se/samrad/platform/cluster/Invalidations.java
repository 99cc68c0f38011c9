package se.samrad.platform.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tells every node that something cached in memory changed. Each cache registers under a name with what
 * forgetting a key means for it; {@link #invalidate} forgets it here and, when several nodes share a NATS server,
 * on every other node too (core NATS, subject {@code <namespace>.invalidate.<cache>}, the key as the body, empty
 * for everything). Core NATS may drop a message while a node is cut off from the broker, so a node forgets every
 * registered cache when its connection comes back; while it is cut off the caches' own short time limits bound
 * how stale a value can be. On one node this is only the local call.
 */
@Singleton
public class Invalidations {

    private static final Logger LOG = LoggerFactory.getLogger(Invalidations.class);
    private static final String EVERYTHING = "";
    private final Map<String, Consumer<String>> caches = new ConcurrentHashMap<>();
    private final Optional<Nats> nats;

    Invalidations(Optional<Nats> nats) {
        this.nats = nats;
        nats.ifPresent(n -> {
            Dispatcher dispatcher = n.connection().createDispatcher(this::received);
            dispatcher.subscribe(n.subject("invalidate.>"));
            n.onReconnect(this::forgetEverything);
        });
    }

    /**
     * Registers a cache: {@code forget} receives a key to drop, or the empty string for everything. Names are
     * letters, digits and dashes, unique per node.
     */
    public void register(String cache, Consumer<String> forget) {
        if (!cache.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("cache names are lower-case letters, digits and dashes: " + cache);
        }
        if (caches.putIfAbsent(cache, forget) != null) {
            throw new IllegalStateException("a cache named " + cache + " is already registered");
        }
    }

    /**
     * Registers a Caffeine cache keyed by a number (an organisation's or a case's id): a key forgets that entry, the
     * empty key everything.
     */
    public void registerNumbered(String cache, Cache<Long, ?> entries) {
        register(cache, key -> {
            if (everything(key)) {
                entries.invalidateAll();
            } else {
                entries.invalidate(Long.parseLong(key));
            }
        });
    }

    /** Forgets {@code key} in {@code cache} on this node only. */
    public void forgetHere(String cache, String key) {
        Consumer<String> forget = caches.get(cache);
        if (forget == null) {
            throw new IllegalArgumentException("no cache named " + cache);
        }
        forget.accept(key);
    }

    /** Forgets everything in {@code cache} here and on every other node. */
    public void invalidateAll(String cache) {
        invalidate(cache, EVERYTHING);
    }

    /** Forgets {@code key} in {@code cache} here and on every other node. */
    public void invalidate(String cache, String key) {
        forgetHere(cache, key);
        nats.ifPresent(n -> n.connection().publish(n.subject("invalidate." + cache),
                key.getBytes(StandardCharsets.UTF_8)));
    }

    private void received(Message message) {
        String cache = message.getSubject().substring(message.getSubject().lastIndexOf('.') + 1);
        Consumer<String> forget = caches.get(cache);
        if (forget == null) {
            LOG.debug("invalidation for a cache this node does not have: {}", cache);
            return;
        }
        forget.accept(new String(message.getData(), StandardCharsets.UTF_8));
    }

    private void forgetEverything() {
        caches.values().forEach(forget -> forget.accept(EVERYTHING));
    }

    /** Whether {@code key}, as received, means the whole cache. */
    public static boolean everything(String key) {
        return key.isEmpty();
    }
}
