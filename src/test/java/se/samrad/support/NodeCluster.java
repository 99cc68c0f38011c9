package se.samrad.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several server nodes in the test's JVM as an operator runs them (issue 21): each an embedded server on a free port,
 * all on the test database, without demo content, and a NATS server with JetStream of the test's own between them.
 * Closing stops every node still running, then the NATS server.
 */
public final class NodeCluster implements AutoCloseable {

    private final PrivateNatsServer nats;
    private final List<EmbeddedServer> nodes = new ArrayList<>();

    private NodeCluster(PrivateNatsServer nats) {
        this.nats = nats;
    }

    /** Starts the NATS server; nodes start with {@link #node}. */
    public static NodeCluster start() throws IOException {
        return new NodeCluster(PrivateNatsServer.start());
    }

    /** Starts one more node, with {@code settings} added to the common ones. */
    public EmbeddedServer node(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("samrad.demo.enabled", "false");
        properties.put("micronaut.server.port", -1);
        properties.put("samrad.nats.url", nats.url());
        properties.putAll(settings);
        EmbeddedServer node = ApplicationContext.run(EmbeddedServer.class, properties);
        nodes.add(node);
        return node;
    }

    public EmbeddedServer node() {
        return node(Map.of());
    }

    public PrivateNatsServer nats() {
        return nats;
    }

    @Override
    public void close() throws InterruptedException {
        for (EmbeddedServer node : nodes) {
            if (node.isRunning()) {
                node.stop();
            }
        }
        nats.close();
    }
}
