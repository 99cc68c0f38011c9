package se.samrad.platform.cluster;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Options;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The node's one connection to NATS, made when {@code samrad.nats.url} ({@code SAMRAD_NATS_URL}) is set. It
 * reconnects for ever; listeners registered with {@link #onReconnect(Runnable)} run after each reconnection, so
 * a capability can fill from MariaDB whatever it missed while the broker was out of reach. A node never
 * receives its own messages (no echo): everything it receives was stored by another node.
 */
@Singleton
@Requires(property = "samrad.nats.url")
public class Nats {

    private static final Logger LOG = LoggerFactory.getLogger(Nats.class);
    private final List<Runnable> reconnected = new CopyOnWriteArrayList<>();
    private final Connection connection;
    private final String namespace;

    Nats(@Value("${samrad.nats.url}") String url, @Value("${samrad.nats.namespace:samrad}") String namespace) {
        if (!namespace.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("samrad.nats.namespace must be letters, digits, - or _: " + namespace);
        }
        this.namespace = namespace;
        Options options = new Options.Builder()
                .server(url)
                .connectionName("samrad")
                .noEcho()
                .maxReconnects(-1)
                .reconnectWait(Duration.ofMillis(250))
                .connectionTimeout(Duration.ofSeconds(5))
                .connectionListener(this::changed)
                .build();
        try {
            connection = io.nats.client.Nats.connect(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach NATS at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to NATS", e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /**
     * The subject for {@code topic} in this installation's namespace ({@code samrad.nats.namespace}, "samrad"
     * unless set), so that installations (or test runs) sharing one NATS server never hear each other.
     */
    public String subject(String topic) {
        return namespace + "." + topic;
    }

    /** The name of this installation's stream for {@code topic}. */
    public String streamName(String topic) {
        return (namespace + "_" + topic).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /**
     * Makes sure a JetStream stream holds {@code subjects}, keeping messages for {@code maxAge} and dropping a
     * message published again with the same message id within {@code duplicateWindow}.
     */
    public void stream(String name, String subjects, Duration maxAge, Duration duplicateWindow) {
        try {
            JetStreamManagement management = connection.jetStreamManagement();
            StreamConfiguration config = StreamConfiguration.builder().name(name).subjects(subjects)
                    .storageType(StorageType.File).maxAge(maxAge).duplicateWindow(duplicateWindow).build();
            try {
                management.getStreamInfo(name);
                management.updateStream(config);
            } catch (JetStreamApiException missing) {
                management.addStream(config);
            }
        } catch (IOException | JetStreamApiException e) {
            throw new IllegalStateException("cannot set up the JetStream stream " + name + ": " + e.getMessage(), e);
        }
    }

    private void changed(Connection source, ConnectionListener.Events event) {
        LOG.info("NATS connection: {}", event);
        if (event == ConnectionListener.Events.RESUBSCRIBED) {
            reconnected.forEach(Runnable::run);
        }
    }

    /** Runs {@code listener} each time the connection comes back after an interruption. */
    public void onReconnect(Runnable listener) {
        reconnected.add(listener);
    }

    @PreDestroy
    void close() throws InterruptedException {
        connection.close();
    }
}
