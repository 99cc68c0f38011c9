package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A node that is stopping (SIGTERM, with {@code micronaut.lifecycle.graceful-shutdown.enabled}) drains: its
 * {@code /health} answers 503 DRAINING so a load balancer sends nothing new to it, and whoever holds long-lived
 * connections (the live workshops' sockets) closes them with "going away", so that clients reconnect through the
 * load balancer to another node and resume from their last sequence number. The connections are closed only after
 * {@code samrad.drain.notice} (4 s), the time the balancer takes to see the 503 (infra/haproxy/haproxy.cfg checks
 * every 2 s, then every 0.5 s, and takes a node out after three failures): closed at once, they would reconnect
 * through a balancer that still sends them here. Requests under way finish (Micronaut's server waits for them
 * within the grace period, which must be longer than the notice).
 */
@Singleton
public class Drain implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);
    private final List<Runnable> onDrain = new CopyOnWriteArrayList<>();
    private final Duration notice;
    private volatile boolean draining;

    @Inject
    public Drain(@Value("${samrad.drain.notice:4s}") Duration notice) {
        this.notice = notice;
    }

    /** A drain that closes connections at once (tests). */
    public Drain() {
        this(Duration.ZERO);
    }

    public boolean draining() {
        return draining;
    }

    /** Runs {@code closeConnections} when the node starts to drain. */
    public void onDrain(Runnable closeConnections) {
        onDrain.add(closeConnections);
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        draining = true;
        LOG.info("Draining: /health answers 503; live connections close in {} ms so that clients move to another node",
                notice.toMillis());
        if (notice.isZero()) {
            closeConnections();
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(this::closeConnections,
                CompletableFuture.delayedExecutor(notice.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void closeConnections() {
        for (Runnable close : onDrain) {
            try {
                close.run();
            } catch (RuntimeException e) {
                LOG.error("Closing connections while draining failed", e);
            }
        }
    }
}
