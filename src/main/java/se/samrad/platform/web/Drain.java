package se.samrad.platform.web;

import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A node that is stopping (SIGTERM, with {@code micronaut.lifecycle.graceful-shutdown.enabled}) drains: its
 * {@code /health} answers 503 DRAINING so a load balancer sends nothing new to it, and whoever holds long-lived
 * connections (the live workshops' sockets) closes them with "going away", so that clients reconnect through the
 * load balancer to another node and resume from their last sequence number. Requests under way finish (Micronaut's
 * server waits for them within the grace period).
 */
@Singleton
public class Drain implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);
    private final List<Runnable> onDrain = new CopyOnWriteArrayList<>();
    private volatile boolean draining;

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
        LOG.info("Draining: /health answers 503 and live connections are closed so that clients move to another node");
        for (Runnable close : onDrain) {
            try {
                close.run();
            } catch (RuntimeException e) {
                LOG.error("Closing connections while draining failed", e);
            }
        }
        return CompletableFuture.completedFuture(null);
    }
}
